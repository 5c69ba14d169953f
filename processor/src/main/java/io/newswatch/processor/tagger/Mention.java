package io.newswatch.processor.tagger;

/**
 * A place named in a sentence, with the role the words around it give it.
 *
 * @param index      first token
 * @param end        token after the name
 * @param place      the place
 * @param role       how it is introduced: {@link #NONE}, {@link #IN}, {@link #TO} or {@link #FROM}
 * @param possessive followed by 's ("Britain's troops")
 * @param border     named as a border ("on Ukraine's border", "the border with Ukraine")
 */
record Mention(int index, int end, Place place, int role, boolean possessive, boolean border) {
    static final int NONE = 0;
    static final int IN = 1;
    static final int TO = 2;
    static final int FROM = 3;

    /** Whether this mention can be a troop host: a host place, or any country named as a border. */
    boolean hostable() {
        return place.canHost() || border;
    }

    boolean locative() {
        return role != NONE || border;
    }

    /** "U.S.", "UK", "UAE": initials, which are used as adjectives ("in U.S. law"). */
    private static boolean isInitials(Tokens t, int k) {
        if (t.end[k] - t.start[k] > 6) {
            return false;
        }
        for (int c = t.start[k]; c < t.end[k]; c++) {
            char ch = t.chars[c];
            if (!(Character.isUpperCase(ch) || ch == '.')) {
                return false;
            }
        }
        return true;
    }

    /** "SEOUL -- ...", "TOKYO (Kyodo) ...", "SEOUL: ...": a dateline names where the story is. */
    private static boolean isDateline(Tokens t, int k, int end) {
        for (int c = t.start[k]; c < t.end[end - 1]; c++) {
            if (Character.isLowerCase(t.chars[c])) {
                return false;
            }
        }
        byte next = t.type[end];
        return next == Tokens.DASH || next == Tokens.OPEN || next == Tokens.CLAUSE || next == Tokens.COMMA;
    }

    /** "U.S.-led" ending at k: a leader's name before an area word ("the U.S.-led invasion of Iraq"). */
    private static boolean ledBy(Tokens t, int k) {
        return k - 2 >= 0 && (t.isKey(k, "led") || t.isKey(k, "backed")) && t.type[k - 1] == Tokens.DASH
                && t.place(k - 2) != null;
    }

    /** A region named in an appositive (", the only base in Africa,") right after a country named as a place. */
    private static boolean inAppositionToCountry(Tokens t, int s, int k, int after, int e,
                                                 java.util.List<Mention> before) {
        if (after >= e || t.type[after] != Tokens.COMMA || before.isEmpty()) {
            return false;
        }
        for (int c = k - 1; c >= Math.max(s, k - 10); c--) {
            if (t.type[c] == Tokens.COMMA) {
                for (Mention m : before) {
                    if (m.end() == c && m.role() != NONE && m.place().type() == Place.Type.COUNTRY) {
                        return true;
                    }
                }
                return false;
            }
            if (t.type[c] != Tokens.WORD) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAreaWord(Tokens t, int k) {
        return t.type[k] == Tokens.WORD && t.wordIs(k, Cue.AREA);
    }

    static java.util.List<Mention> find(Tokens t, int s, int e) {
        java.util.List<Mention> out = new java.util.ArrayList<>();
        for (int k = s; k < e; ) {
            Place p = t.place(k);
            if (p == null) {
                k++;
                continue;
            }
            int next = Math.max(k + 1, Math.min(e, t.phraseEnd[k]));
            int end = Math.min(e, t.phraseEnd[k]);
            if (p.type() == Place.Type.ADJECTIVE && end < e && landWord(t, end)) {
                // "from the Japanese island", "on Polish soil": the nation's land, a host
                p = new Place(p.name(), Place.Type.COUNTRY);
                end++;
                next = Math.max(next, end);
            }
            int role = NONE;
            boolean border = false;
            int b = k - 1;
            int steps = 0;
            while (b >= s && steps < 3 && t.type[b] == Tokens.WORD && t.phraseBack[b] != null
                    && t.phraseBack[b].is(Cue.GEO_ADJ) && !t.phraseBack[b].is(Cue.PREP_IN | Cue.PREP_FROM)) {
                b = t.phraseBackStart[b] - 1;
                steps++;
            }
            if (b - 1 >= s && (t.isKey(b, "both") || t.isKey(b, "either"))) {
                b--; // "in both Iraq and Afghanistan"
            }
            if (b - 1 >= s && t.isKey(b, "of") && isAreaWord(t, b - 1)) {
                b -= 2;
                for (int n = 0; b >= s && n < 5 && (ledBy(t, b) || (t.type[b] == Tokens.WORD && t.wordIs(b, Cue.GEO_ADJ)
                        && !t.wordIs(b, Cue.PREP_IN | Cue.PREP_FROM))); n++) {
                    b = ledBy(t, b) ? b - 3 : b - 1;
                }
            }
            if (b >= s && t.type[b] == Tokens.WORD && (t.phraseBack[b] != null || t.word[b] != null)) {
                Word w = t.word[b] != null && t.word[b].is(Cue.PREP_IN | Cue.PREP_TO | Cue.PREP_FROM | Cue.BORDER)
                        ? t.word[b] : t.phraseBack[b];
                if (w == null) {
                    w = t.word[b];
                }
                if (t.isKey(b, "to") && b - 1 >= s && (t.isKey(b - 1, "according") || t.isKey(b - 1, "thanks")
                        || t.isKey(b - 1, "close") || t.isKey(b - 1, "next"))) {
                    w = t.word[b - 1];
                }
                if (w == null) {
                    role = NONE;
                } else if (w.is(Cue.PREP_FROM)) {
                    role = FROM;
                } else if ((w.is(Cue.PREP_TO) && !t.isKey(b, "in") && !t.isKey(b, "on") && !t.isKey(b, "for"))
                        || (t.isKey(b, "for") && b - 1 >= s && t.wordIs(b - 1, Cue.CHANGE))) {
                    role = TO;
                } else if ((w.is(Cue.PREP_IN) || w.is(Cue.PREP_TO)) && (!t.isKey(b, "for") || (b - 1 >= s
                        && (t.isKey(b - 1, "fighting") || t.isKey(b - 1, "fight") || t.isKey(b - 1, "fought")
                        || t.isKey(b - 1, "serving") || t.isKey(b - 1, "serve") || t.isKey(b - 1, "served"))))) {
                    role = IN;
                }
                boolean verb = t.isKey(b, "borders") && b - 1 >= s && (t.isKey(b - 1, "which") || t.isKey(b - 1, "that")
                        || t.isKey(b - 1, "it") || t.place(b - 1) != null);
                if (!verb && (w.is(Cue.BORDER) || (t.isKey(b, "with") && b - 1 >= s && t.wordIs(b - 1, Cue.BORDER)))) {
                    border = true;
                    role = IN;
                }
            }
            if (p.type() == Place.Type.COUNTRY && b >= s && (t.isKey(b, "near") || t.isKey(b, "along")
                    || t.isKey(b, "encircling") || t.isKey(b, "surrounding"))
                    && p.name().equalsIgnoreCase(t.text.substring(t.start[k], t.end[end - 1]))) {
                border = true;
                role = role == NONE ? IN : role; // "troops encircling Ukraine"
            }
            if (role == IN && b - 1 >= s && t.isKey(b, "in") && eventNoun(t, b - 1)) {
                role = NONE; // "pledged at the 1999 OSCE summit in Istanbul": where a meeting was, not a host
            }
            boolean possessive = end < e && t.type[end] == Tokens.WORD && t.wordIs(end, Cue.POSSESSIVE);
            int after = possessive ? end + 1 : end;
            if (after < e && t.wordIs(after, Cue.BORDER)) {
                border = true;
            }
            if (role != NONE && p.type() == Place.Type.COUNTRY && after < e && end == k + 1 && isInitials(t, k)
                    && t.type[after] == Tokens.WORD && Character.isLowerCase(t.firstChar(after))
                    && !t.wordIs(after, Cue.PREP_IN | Cue.PREP_TO | Cue.PREP_FROM | Cue.AUX | Cue.SAID | Cue.CLAUSE_WORD)
                    && !t.isKey(after, "and") && !t.isKey(after, "or") && !t.wordIs(after, Cue.BORDER)) {
                role = NONE; // ("to the U.S. border" stays a place)
            }
            boolean named = after < e && t.isKey(after, "force") && k - 2 >= s && t.isKey(k - 1, "the") && t.wordIs(k - 2, Cue.PREP_IN);
            if (role != NONE && p.type() == Place.Type.COUNTRY && !possessive && after < e && !border && !named
                    && (t.wordIs(after, Cue.TROOP) || (t.wordIs(after, Cue.UNIT) && !t.wordIs(after, Cue.NOT_FORCE)))) {
                role = NONE;
            }
            if (role == NONE && p.type() == Place.Type.COUNTRY && !possessive && after < e
                    && (t.isKey(after, "mission") || t.isKey(after, "operation") || t.isKey(after, "deployment")
                    || !isInitials(t, k) && (t.isKey(after, "force") || t.isKey(after, "garrison")
                    || t.isKey(after, "presence") || t.isKey(after, "contingent") || t.isKey(after, "drawdown")))) {
                role = IN; // "US to cut Iraq force to 3,000", "the Korea garrison": the force there
            }
            if (after < e && p.type() == Place.Type.COUNTRY && !possessive && eventNoun(t, after)) {
                k = next; // "at the Madrid summit", "the Minsk agreements": where a meeting was, not a host or a force;
                // "to the U.S. territory": the territory itself hosts, named elsewhere
                continue;
            }
            if (p.type() == Place.Type.ANAPHOR && role == NONE) {
                k = next;
                continue;
            }
            if (role == NONE && k == s && (p.type() == Place.Type.COUNTRY || p.type() == Place.Type.REGION
                    && !Gazetteer.spansCountries(p.name())) && end < e && isDateline(t, k, end)) {
                role = IN;
            }
            if (role == NONE && (p.type() == Place.Type.COUNTRY || p.type() == Place.Type.REGION
                    && !Gazetteer.spansCountries(p.name())) && k >= s + 2 && k <= s + 4 && end < e
                    && t.type[k - 1] == Tokens.COMMA && (t.type[end] == Tokens.OPEN || t.type[end] == Tokens.DASH)
                    && isDateline(t, s, k - 1)) {
                role = IN; // "ARBIL, Iraq (Yonhap) —": the dateline's country
            }
            if (role == NONE && k - 1 >= s && (t.isKey(k - 1, "and") || t.type[k - 1] == Tokens.COMMA) && !out.isEmpty()
                    && out.get(out.size() - 1).end() == k - 1 && p.canHost()) {
                role = out.get(out.size() - 1).role();
            }
            if (p.type() == Place.Type.ACTOR) {
                role = NONE;
                border = false;
            }
            if (p.type() == Place.Type.ADJECTIVE && !border) {
                role = NONE;
            }
            if (role != NONE && p.type() == Place.Type.REGION && inAppositionToCountry(t, s, k, after, e, out)) {
                role = NONE; // "Camp Lemonnier in Djibouti, the only U.S. base in Africa, is home to ...": Djibouti hosts
            }
            out.add(new Mention(k, end, p, role, possessive, border));
            k = next;
        }
        return out;
    }

    private static boolean landWord(Tokens t, int k) {
        return t.isKey(k, "island") || t.isKey(k, "islands") || t.isKey(k, "soil") || t.isKey(k, "mainland")
                || t.isKey(k, "archipelago");
    }

    private static boolean eventNoun(Tokens t, int k) {
        return t.isKey(k, "summit") || t.isKey(k, "summits") || t.isKey(k, "talks") || t.isKey(k, "meeting")
                || t.isKey(k, "conference") || t.isKey(k, "declaration") || t.isKey(k, "accord") || t.isKey(k, "accords")
                || t.isKey(k, "agreement") || t.isKey(k, "agreements") || t.isKey(k, "format") || t.isKey(k, "process")
                || t.isKey(k, "communique") || t.isKey(k, "forum") || t.isKey(k, "dialogue") || t.isKey(k, "negotiations")
                || t.isKey(k, "territory") || t.isKey(k, "territories"); // "Guam, a U.S. territory": the territory hosts
    }
}
