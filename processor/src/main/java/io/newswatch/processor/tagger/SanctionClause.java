package io.newswatch.processor.tagger;

/**
 * The clause around a sanctions mention: what in it overrides the plain reading of the action word
 * (a denial denied, a condition, a third party's compliance, a verb that describes the noun).
 */
final class SanctionClause {

    private final Tokens t;

    SanctionClause(Tokens t) {
        this.t = t;
    }

    /** "warned that he would put more sanctions on ...": a warning whose clause carries a modal. */
    boolean warningOfAction(int b, int i) {
        if (!t.phraseBack[b].is(Cue.S_THREATEN)) {
            return false;
        }
        for (int k = b + 2; k < i; k++) {
            if (t.isKey(k, "would") || t.isKey(k, "will") || t.isKey(k, "could") || t.isKey(k, "'d")
                    || t.isKey(k, "'ll")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the sanctions already in force against Russia", "sanctions in place since 2018": a state named right after the
     * noun with no verb of its own describes the sanctions, and is no news of keeping them.
     */
    boolean stateAfter(int trEnd, int r) {
        if (r + 1 >= t.size || !(t.isKey(r, "in") && (t.isKey(r + 1, "force") || t.isKey(r + 1, "place") || t.isKey(r + 1, "effect")))) {
            return false;
        }
        for (int k = trEnd; k < r; k++) {
            if (t.type[k] != Tokens.WORD || !(t.isKey(k, "already") || t.isKey(k, "still") || t.isKey(k, "currently")
                    || t.isKey(k, "now"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "to mirror the sanctions", "to match its sanctions": an infinitive verb that is no action word, right before
     * the noun (a determiner between), governs it, so no action word further back does.
     */
    boolean infinitiveObject(int b, int i, int s) {
        if (b - 1 < s || !t.isKey(b - 1, "to") || t.type[b] != Tokens.WORD || t.place(b) != null
                || t.is(b, Cue.S_ACTION | Cue.S_NEG | Cue.DENY | Cue.SANCTION)) {
            return false;
        }
        for (int k = b + 1; k < i; k++) {
            if (!(t.isKey(k, "the") || t.isKey(k, "its") || t.isKey(k, "their") || t.isKey(k, "those")
                    || t.isKey(k, "these"))) {
                return false;
            }
        }
        return b + 1 < i;
    }

    /**
     * "imposed travel bans on 100 Russian officials, its first sanctions under a new law": sanctions named in an
     * appositive ("its", "their" or "the", a few modifiers) rename what the clause before did. Returns that clause's
     * action word (its last token), or -1.
     */
    int renamedAction(int i, int s) {
        int c = i - 1;
        while (c > s && i - c <= 5 && t.type[c] == Tokens.WORD && !t.is(c, Cue.S_ACTION)
                && !(t.isKey(c, "of") && !(t.isKey(c - 1, "set") || t.isKey(c - 1, "round") || t.isKey(c - 1, "package")
                || t.isKey(c - 1, "wave") || t.isKey(c - 1, "batch"))) && !t.isKey(c, "to") && !t.isKey(c, "against")) {
            c--;
        }
        if (c <= s || t.type[c] != Tokens.COMMA || !(t.isKey(c + 1, "its") || t.isKey(c + 1, "their")
                || t.isKey(c + 1, "the"))) {
            return -1;
        }
        for (int k = c - 1; k >= Math.max(s, c - 14); k--) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.wordIs(k, Cue.CLAUSE_WORD)) {
                return -1;
            }
            if (t.type[k] == Tokens.WORD && t.phraseBack[k] != null && !t.is(k, Cue.SANCTION)
                    && t.phraseBack[k].is(Cue.S_IMPOSE | Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT | Cue.S_MAINTAIN)
                    && !SanctionReader.LEFT_ONLY.contains(t.phraseBack[k].key)) {
                return k;
            }
        }
        return -1;
    }

    /** "until March 2027 its sanctions", "since 2014 the sanctions": a clause word opening only a date before the noun. */
    boolean dateBefore(int b, int i) {
        if (!(t.isKey(b, "until") || t.isKey(b, "since") || t.isKey(b, "before") || t.isKey(b, "after")
                || t.isKey(b, "till"))) {
            return false;
        }
        int k = b + 1;
        while (k < i && (t.type[k] == Tokens.NUMBER || t.wordIs(k, Cue.MONTH) && !t.isKey(k, "may"))) {
            k++;
        }
        return k > b + 1 && k < i && (t.isKey(k, "its") || t.isKey(k, "their") || t.isKey(k, "the"));
    }

    /**
     * "it was premature for the Security Council to consider ...", "unlikely to ...": a judgement that rules the
     * infinitive after it out, just before the window read for negations at {@code from}.
     */
    boolean prematureBefore(int from, int to, int s) {
        boolean infinitive = false;
        for (int k = to - 1; k >= Math.max(s + 1, from - 8); k--) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.wordIs(k, Cue.CLAUSE_WORD)) {
                return false;
            }
            infinitive |= t.isKey(k, "to");
            if (k < from && (t.isKey(k, "premature") || t.isKey(k, "unlikely")
                    || t.isKey(k, "early") && t.isKey(k - 1, "too"))) {
                return infinitive;
            }
        }
        return false;
    }

    /**
     * "extended its sanctions on Belarus to include potash", "extends Russia sanctions to cover LNG": an extension
     * in scope rather than in time, which tightens them.
     */
    boolean scopeWidened(int cue, int i, int trEnd, int e) {
        if (cue < 0 || cue > i || t.word[cue] == null || !t.word[cue].key.startsWith("extend")) {
            return false;
        }
        for (int k = trEnd; k + 1 < Math.min(e, trEnd + 8); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.COMMA) {
                return false;
            }
            if (t.isKey(k, "to") && (t.isKey(k + 1, "include") || t.isKey(k + 1, "cover") || t.isKey(k + 1, "target")
                    || t.isKey(k + 1, "encompass") || t.isKey(k + 1, "capture"))) {
                return true;
            }
        }
        return false;
    }

    /** "has not ruled out", "refused to rule out" before the action: a denial denied. */
    boolean notRuledOut(int k0, int s) {
        for (int k = k0 - 1; k >= Math.max(s + 1, k0 - 6); k--) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END || t.wordIs(k, Cue.CLAUSE_WORD)) {
                return false;
            }
            boolean exclude = t.isKey(k, "exclude") || t.isKey(k, "excluded") || t.isKey(k, "excluding");
            if ((t.is(k, Cue.DENY) || exclude) && (t.wordIs(k - 1, Cue.NEG | Cue.S_NEG)
                    || k - 2 >= s && t.wordIs(k - 2, Cue.NEG | Cue.S_NEG) && t.wordIs(k - 1, Cue.AUX))) {
                return true;
            }
        }
        return false;
    }

    /** "as long as" or "so long as" opening the sanctions' clause. */
    boolean condition(int i, int s) {
        for (int k = i - 1; k >= Math.max(s + 2, i - 5) && t.type[k] == Tokens.WORD; k--) {
            if (t.isKey(k, "as") && t.isKey(k - 1, "long") && (t.isKey(k - 2, "as") || t.isKey(k - 2, "so"))) {
                return true;
            }
        }
        return false;
    }

    /** "against designated individuals", "on listed entities": a past participle right after a preposition. */
    boolean attributive(int r) {
        return r > 0 && t.word[r] != null && t.word[r].key.endsWith("ed")
                && (t.isKey(r - 1, "against") || t.isKey(r - 1, "on") || t.isKey(r - 1, "for") || t.isKey(r - 1, "of"));
    }

    /** A relative pronoun between the sanctions and a verb after them. */
    boolean relativeBefore(int from, int r) {
        for (int k = from; k < r; k++) {
            if (t.isKey(k, "that") || t.isKey(k, "which")) {
                return true;
            }
        }
        return false;
    }

    /** ", tightening the squeeze on Tehran": a participle clause after the sanctions carrying a change, or -1. */
    int participleAfter(int trEnd, int e) {
        int c = trEnd;
        while (c < e && c < trEnd + 8 && t.type[c] != Tokens.COMMA) {
            if (t.type[c] == Tokens.END || t.type[c] == Tokens.CLAUSE) {
                return -1;
            }
            c++;
        }
        int p = c + 1;
        if (p >= e || t.type[c] != Tokens.COMMA || t.word[p] == null || !t.word[p].key.endsWith("ing")) {
            return -1;
        }
        return t.is(p, Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT) ? p : -1;
    }

    /** "considering", "weighing", "mulling": an action word that only weighs the sanctions. */
    boolean considers(int cue) {
        return cue >= 0 && (t.isKey(cue, "considering") || t.isKey(cue, "consider") || t.isKey(cue, "considers")
                || t.isKey(cue, "weighing") || t.isKey(cue, "weighs") || t.isKey(cue, "mulling") || t.isKey(cue, "mulls"));
    }

    /** "would not hesitate to impose sanctions": a negated hesitation, which affirms. */
    boolean litotes(int k) {
        return t.isKey(k + 1, "hesitate") || t.isKey(k + 1, "hesitating") || t.isKey(k + 1, "shy")
                && t.isKey(k + 2, "away");
    }

    /**
     * "the relief would be reversed", "the relief will be revoked": relief from sanctions undone, so that they
     * are back. Returns the undoing verb, or -1.
     */
    int reliefUndone(int i, int e) {
        if (!t.isKey(i, "relief") || i == 0 || !(t.isKey(i - 1, "the") || t.isKey(i - 1, "this") || t.isKey(i - 1, "that"))) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(e, i + 6) && t.type[k] == Tokens.WORD; k++) {
            if (t.isKey(k, "reversed") || t.isKey(k, "revoked") || t.isKey(k, "rescinded") || t.isKey(k, "withdrawn")
                    || t.isKey(k, "rolled") && t.isKey(k + 1, "back") || t.isKey(k, "snapped") && t.isKey(k + 1, "back")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "added 20 Russian entities to its sanctions list": a listing verb before "to ... sanctions list", which
     * imposes sanctions on those listed. Returns the verb, or -1.
     */
    int listed(int i, int trEnd, int s) {
        if (trEnd >= t.size || !(t.isKey(trEnd, "list") || t.isKey(trEnd, "lists") || t.isKey(trEnd, "blacklist"))) {
            return -1;
        }
        int k = i - 1;
        while (k > s && (t.isKey(k, "its") || t.isKey(k, "their") || t.isKey(k, "the") || t.wordIs(k, Cue.MODIFIER))) {
            k--;
        }
        if (k < s || !t.isKey(k, "to")) {
            return -1;
        }
        for (int v = k - 1; v >= Math.max(s, k - 10); v--) {
            if (t.type[v] == Tokens.END || t.type[v] == Tokens.CLAUSE) {
                return -1;
            }
            if (t.isKey(v, "added") || t.isKey(v, "adds") || t.isKey(v, "add") || t.isKey(v, "adding")
                    || t.isKey(v, "put") || t.isKey(v, "placed") || t.isKey(v, "places")) {
                return v;
            }
        }
        return -1;
    }

    /** A licence, waiver or exemption easing sanctions, then left to expire or revoked. */
    boolean reliefExpires(int cue, int trEnd, int e) {
        int h = cue - 1;
        if (h < 0 || t.word[cue] == null || !t.word[cue].key.endsWith("ing") || !(t.isKey(h, "license")
                || t.isKey(h, "licence") || t.isKey(h, "waiver") || t.isKey(h, "exemption") || t.isKey(h, "waivers")
                || t.isKey(h, "licenses") || t.isKey(h, "licences") || t.isKey(h, "exemptions"))) {
            return false;
        }
        for (int k = trEnd; k < Math.min(e, trEnd + 8); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return false;
            }
            if (t.isKey(k, "expire") || t.isKey(k, "expired") || t.isKey(k, "lapse") || t.isKey(k, "lapsed")
                    || t.isKey(k, "revoked") || t.isKey(k, "expires") || t.isKey(k, "lapses")) {
                return true;
            }
        }
        return false;
    }

    boolean watches(int v) {
        return t.isKey(v, "monitor") || t.isKey(v, "monitors") || t.isKey(v, "monitored") || t.isKey(v, "monitoring")
                || t.isKey(v, "oversee") || t.isKey(v, "oversees") || t.isKey(v, "oversaw") || t.isKey(v, "overseeing")
                || t.isKey(v, "track") || t.isKey(v, "tracks") || t.isKey(v, "tracked") || t.isKey(v, "tracking");
    }

    /**
     * "comply with the new sanctions", "follow through on the U.N. sanctions": a third party's compliance
     * between the sanctions and a cue that is only an adjective or lies before it.
     */
    boolean complies(int i, int s, int left, Word leftWord) {
        for (int k = i - 1; k >= Math.max(s + 1, i - 7) && t.type[k] == Tokens.WORD; k--) {
            boolean compliance = (t.isKey(k, "with") && (t.isKey(k - 1, "comply") || t.isKey(k - 1, "complied")
                    || t.isKey(k - 1, "complies") || t.isKey(k - 1, "complying")))
                    || (t.isKey(k, "by") && (t.isKey(k - 1, "abide") || t.isKey(k - 1, "abides") || t.isKey(k - 1, "abiding")))
                    || (t.isKey(k, "to") && (t.isKey(k - 1, "adhere") || t.isKey(k - 1, "adheres") || t.isKey(k - 1, "adhering")))
                    || (t.isKey(k, "on") && t.isKey(k - 1, "through") && k - 2 >= s && (t.isKey(k - 2, "follow")
                    || t.isKey(k - 2, "follows") || t.isKey(k - 2, "followed") || t.isKey(k - 2, "following")))
                    || obeys(k);
            if (compliance) {
                return left < k || leftWord != null && SanctionReader.LEFT_ONLY.contains(leftWord.key);
            }
        }
        return false;
    }

    /** "follow the new sanctions", "obeys UN sanctions", "respect the sanctions": a verb of obeying them. */
    private boolean obeys(int k) {
        return t.isKey(k, "follow") || t.isKey(k, "follows") || t.isKey(k, "obey") || t.isKey(k, "obeys")
                || t.isKey(k, "obeyed") || t.isKey(k, "obeying") || t.isKey(k, "respect") || t.isKey(k, "respects")
                || t.isKey(k, "heed") || t.isKey(k, "heeds") || t.isKey(k, "observe") || t.isKey(k, "observes");
    }

    /**
     * "if China does not follow them, we will put more sanctions on ...": a modal right before the action word
     * at {@code from}, after a condition clause that opens the sentence's part before it. Returns the modal, or -1.
     */
    int conditionBefore(int from, int s) {
        int modal = -1;
        for (int k = from - 1; k >= Math.max(s, from - 3) && t.type[k] == Tokens.WORD; k--) {
            if (t.isKey(k, "will") || t.isKey(k, "would") || t.isKey(k, "'ll") || t.isKey(k, "could")) {
                modal = k;
                break;
            }
        }
        boolean closed = false;
        for (int k = modal - 1; modal >= 0 && k >= s; k--) {
            if (t.type[k] == Tokens.END) {
                return -1;
            }
            closed |= t.type[k] == Tokens.COMMA;
            boolean concession = k > s && (t.isKey(k - 1, "even") || t.isKey(k - 1, "as"));
            if (closed && (t.isKey(k, "if") && !concession || t.isKey(k, "unless"))) {
                return modal;
            }
        }
        return -1;
    }

    /**
     * "would impose sanctions on ... if Moscow does not agree", "was ready to impose sanctions ... if",
     * "threatened Russia with tariffs and sanctions ... unless": an action made conditional on the target's
     * conduct, announced with a modal or a threat, is a threat. Returns the threat or modal word, or -1.
     * For a bare mention ({@code threatWordOnly}) only a threat word in the clause counts.
     */
    int conditionalThreat(int i, int trEnd, int cue, int s, int e, boolean threatWordOnly) {
        boolean condition = false;
        for (int k = Math.max(trEnd, cue + 1); k < Math.min(e, trEnd + 14) && t.type[k] != Tokens.END; k++) {
            if (t.isKey(k, "if") && !t.isKey(k - 1, "even") && !t.isKey(k - 1, "as") || t.isKey(k, "unless")
                    || t.isKey(k, "until") && considers(cue)) {
                condition = true; // "even if Europe objects" concedes, and does not condition
                break;
            }
        }
        int from = cue >= 0 && cue < i ? cue : i;
        if (!condition) {
            return threatWordOnly ? -1 : conditionBefore(from, s);
        }
        if (!threatWordOnly && considers(cue)) {
            return cue; // "considering sanctions on Russia until a ceasefire is agreed": leverage, a threat
        }
        for (int k = i + 1; !threatWordOnly && k < cue && t.type[k] == Tokens.WORD; k++) {
            if (t.isKey(k, "would") || t.isKey(k, "will") || t.isKey(k, "could")) {
                return k; // "the sanctions would be reimposed if ...": the modal after the noun
            }
        }
        for (int k = from - 1, n = 0; k >= s && n < 20; k--, n++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return -1;
            }
            if (t.type[k] == Tokens.WORD && t.phraseBack[k] != null && t.phraseBack[k].is(Cue.S_THREATEN)
                    && !t.isKey(k, "possible") && !t.isKey(k, "potential")) {
                return t.phraseBackStart[k];
            }
            if (t.isKey(k, "vowed") || t.isKey(k, "vows") || t.isKey(k, "pledged") || t.isKey(k, "pledges")
                    || t.isKey(k, "promised") || t.isKey(k, "promises")) {
                return k; // "promised to make Russia pay a heavy price with sanctions if it invades": a pledge on a condition
            }
            if (!threatWordOnly && from - k <= 4 && (t.isKey(k, "would") || t.isKey(k, "will") || t.isKey(k, "'ll")
                    || t.isKey(k, "could") || t.isKey(k, "vowed") || t.isKey(k, "vows") || t.isKey(k, "pledged")
                    || t.isKey(k, "promised") || t.isKey(k, "hesitate")
                    || t.isKey(k, "ready") || t.isKey(k, "prepared") || t.isKey(k, "willing"))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "ending an exemption from U.S. sanctions", "revoked the waivers on Iran sanctions": a relief noun at
     * {@code cue} that a lifting verb (or a renewal denied) right before it takes back, so the sanctions bite harder.
     */
    boolean reliefEnded(int cue, int s) {
        if (cue < 0 || !(t.isKey(cue, "waiver") || t.isKey(cue, "waivers") || t.isKey(cue, "exemption")
                || t.isKey(cue, "exemptions") || t.isKey(cue, "relief") || t.isKey(cue, "suspension")
                || t.isKey(cue, "carve-out") || t.isKey(cue, "carve-outs"))) {
            return false;
        }
        int v = cue - 1;
        while (v >= s && (t.isKey(v, "a") || t.isKey(v, "an") || t.isKey(v, "the") || t.isKey(v, "its")
                || t.isKey(v, "their") || t.isKey(v, "this") || t.isKey(v, "that"))) {
            v--;
        }
        if (v < s || t.type[v] != Tokens.WORD) {
            return false;
        }
        boolean renewDenied = (t.isKey(v, "renew") || t.isKey(v, "extend")) && v - 1 >= s
                && t.wordIs(v - 1, Cue.NEG | Cue.S_NEG);
        return renewDenied || t.phraseBack[v] != null && t.phraseBack[v].is(Cue.S_LIFT) && !t.is(v, Cue.S_EASE);
    }

    /**
     * "would not renew the waiver that allowed Iraq to pay Iran", "revoked the licence": a relief from sanctions
     * taken back earlier in the sentence, so the sanctions bite harder.
     */
    boolean reliefWithdrawn(int s, int i) {
        for (int k = s; k < i; k++) {
            if (!(t.isKey(k, "waiver") || t.isKey(k, "waivers") || t.isKey(k, "exemption") || t.isKey(k, "exemptions")
                    || t.isKey(k, "license") || t.isKey(k, "licence") || t.isKey(k, "licenses") || t.isKey(k, "licences"))) {
                continue;
            }
            for (int v = k - 1; v >= Math.max(s, k - 4); v--) {
                boolean renew = t.isKey(v, "renew") || t.isKey(v, "extend");
                boolean ended = t.isKey(v, "revoke") || t.isKey(v, "revoked") || t.isKey(v, "rescind")
                        || t.isKey(v, "rescinded") || t.isKey(v, "cancel") || t.isKey(v, "cancelled")
                        || t.isKey(v, "canceled") || t.isKey(v, "scrapped") || t.isKey(v, "ended");
                if (ended || renew && v - 1 >= s && (t.wordIs(v - 1, Cue.NEG | Cue.S_NEG)
                        || v - 2 >= s && t.wordIs(v - 2, Cue.NEG | Cue.S_NEG) && t.wordIs(v - 1, Cue.AUX))) {
                    return true;
                }
            }
        }
        return false;
    }
}
