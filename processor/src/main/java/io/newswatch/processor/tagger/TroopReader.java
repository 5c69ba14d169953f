package io.newswatch.processor.tagger;

import io.newswatch.processor.tagger.NumberReader.Quantity;
import io.newswatch.processor.tagger.TroopTag.Kind;
import io.newswatch.processor.tagger.TroopTag.Qualifier;
import io.newswatch.processor.tagger.TroopTag.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the troop figures of one sentence: finds each quantity, decides from the words around it
 * whether it counts military personnel, and reads its kind, hedge, stance, force and host. All
 * look-arounds are bounded windows, so a sentence is read in time linear in its length.
 */
final class TroopReader {

    /** A troop figure before article context is applied: location null means "inherit". */
    static final class Draft {
        /** Null for a change with no number ("withdrawal of U.S. troops ... is not on the table"). */
        Long quantity;
        Kind kind;
        Qualifier qualifier;
        String force;
        String location;
        String borderWith;
        Stance stance;
        Integer eventYear;
        int token;
        /** A move to somewhere with no origin named ("relocating troops to Guam"): away from the article's host. */
        boolean relocation;
        /** A figure given for a force in a list ("Germany (1,000 troops)") whose host the sentence does not name. */
        boolean hostless;
        /** The nationality of a source ("U.S. officials said ..."): the force when nothing better is known. */
        String sourceForce;
        /**
         * The location came from a place the sentence does not present as where troops are (a country
         * named as actor, contributor or antecedent): the article's host, when it has another, wins.
         */
        boolean weakHost;
    }

    private static final int WINDOW = 20;
    /** The force when the sentence names several ("Germany, the Netherlands and Norway will ..."): none, not inherited. */
    private static final Set<String> NUMBERED_NAMES = Set.of("base", "camp", "tower", "route", "highway",
            "resolution", "gate", "hill", "outpost", "site", "station", "post", "sector", "zone", "flight", "building",
            "road", "checkpoint", "point", "block", "lot", "area", "annex", "pier", "berth", "runway", "hangar");

    private static final Set<String> PREPOSITIONS = Set.of("under", "across", "since", "during", "for", "with",
            "without", "over", "through", "near", "along", "after", "before", "amid", "against", "by", "of", "at",
            "in", "on", "to", "from", "into", "between", "among", "as", "until", "till", "via", "despite", "including");

    /** Whether the sentence had a figure spread over several hosts (then no unnumbered tag stands for it). */
    private boolean spreadOut;

    /** A location standing for "the region" around the article's host, resolved once the host is known. */
    static final String REGION = "the region";

    static final String SEVERAL = "";
    private static final long CHANGE_OR_LEAVE = Cue.CHANGE | Cue.LEAVE;

    private final Tokens t;
    private final boolean korea;
    private boolean[] partitive = new boolean[0];
    /** Whether the text names the United States as an actor: read once, on first need. */
    private Boolean namesUs;
    /** Set by impliedHost: the host it returned was not named as where troops are. */
    private boolean impliedWeak;
    /** The change behind the previous figure when it was a level it leads to, and where that figure ended. */
    private int previousLevel = -1;
    private int previousEnd = -1;
    /** For the upper figure of "between A and B": the token of "between", else -1. */
    private int[] between = new int[0];
    /** Where the figure being read is governed from: "between" for a range's upper figure, else the figure. */
    private int governedFrom;
    /** The nationality of the last source passed over while looking for a force. */
    private String lastSource;
    /** Where the clause of an earlier figure begins, for the figure whose host is being chosen. */
    private int owned;
    /** The force of the figure read before in the same sentence, or null. */
    private String previousForce;
    /** Whether the sentence before the one being read named troops ("... troops. About 6,400 of them ..."). */
    boolean troopsBefore;

    TroopReader(Tokens t, boolean koreaContext) {
        this.t = t;
        this.korea = koreaContext;
    }

    List<Draft> read(int s, int e) {
        spreadOut = false;
        previousLevel = -1;
        previousEnd = -1;
        List<Quantity> qs = new ArrayList<>();
        for (int i = s; i < e; ) {
            if (t.type[i] == Tokens.WORD && t.place(i) != null && t.phraseEnd[i] > i + 1) {
                // "the Group of Seven": a number inside a name is no quantity
                i = t.phraseEnd[i];
            } else if (NumberReader.startsQuantity(t, i, e)) {
                Quantity q = NumberReader.read(t, i, e);
                if (q.valid()) {
                    qs.add(q);
                }
                i = Math.max(i + 1, q.last());
            } else {
                i++;
            }
        }
        List<Mention> mentions = Mention.find(t, s, e);
        if (qs.isEmpty()) {
            Draft d = unnumbered(s, e, mentions);
            return d == null ? List.of() : List.of(d);
        }
        int n = qs.size();
        int[] head = new int[n];
        int[] headEnd = new int[n];
        boolean[] upper = new boolean[n];
        partitive = new boolean[n];
        between = new int[n];
        java.util.Arrays.fill(between, -1);
        for (int qi = n - 1; qi >= 0; qi--) {
            findHead(qs, qi, s, e, head, headEnd, upper);
        }
        int respectively = -1;
        for (int k = s; k < e; k++) {
            if (t.wordIs(k, Cue.RESPECTIVELY)) {
                respectively = k;
                break;
            }
        }
        List<Integer> accepted = new ArrayList<>();
        for (int qi = 0; qi < n; qi++) {
            if (head[qi] >= -1 && head[qi] != Integer.MIN_VALUE && !casualty(qs.get(qi), head[qi], headEnd[qi], s, e)) {
                accepted.add(qi);
            }
        }
        List<Draft> out = new ArrayList<>();
        List<Mention> respectiveHosts = respectively >= 0 ? respectiveHosts(mentions, qs, accepted) : List.of();
        List<String> respectiveForces = respectively >= 0 ? respectiveForces(mentions, qs, accepted) : List.of();
        for (int a = 0; a < accepted.size(); a++) {
            int qi = accepted.get(a);
            Quantity q = qs.get(qi);
            // "pull 4,000 of its 28,500 troops from South Korea": the whole inside the part's phrase is no boundary
            int next = nextFigure(qs, partitive[qi] && qi + 1 < n ? qi + 1 : qi, e);
            previousForce = out.isEmpty() ? null : out.get(out.size() - 1).force;
            governedFrom = between[qi] >= 0 ? between[qi] : q.first();
            read(q, head[qi], headEnd[qi], upper[qi], partitive[qi], next, s, e, mentions,
                    respectiveHosts.size() == accepted.size() && accepted.size() > 1 ? respectiveHosts.get(a) : null,
                    respectiveForces.size() == accepted.size() && accepted.size() > 1 ? respectiveForces.get(a) : null,
                    out);
        }
        if (out.isEmpty() && !spreadOut) {
            Draft d = unnumbered(s, e, mentions);
            if (d != null) {
                out.add(d);
            }
        }
        return dedupe(out);
    }

    private static final java.util.Set<String> WEAK_CHANGE = java.util.Set.of("more", "new", "additional", "extra",
            "up", "land", "ship", "fly", "flying", "grow", "growing", "rise", "rising", "lower", "decline", "fall",
            "drop", "home", "cut", "cuts", "station", "move", "moves", "moving", "expand", "expanding", "raise",
            "arrival", "arrive", "left", "leave", "leaving", "leaves", "remove", "pull", "pulling", "pulled");

    /**
     * A change with no number: a troop noun next to a change word ("withdrawal of U.S. troops
     * from South Korea is not on the table", "Russia is sending troops to Belarus").
     */
    private Draft unnumbered(int s, int e, List<Mention> mentions) {
        for (int k = s; k < e; k++) {
            if (!t.wordIs(k, Cue.TROOP) || t.isKey(k, "fighters") || t.isKey(k, "forces") && !forceModified(k)) {
                continue;
            }
            int trigger = -1;
            for (int d = 1; d <= 4 && trigger < 0; d++) {
                for (int c : new int[] {k - d, k + d}) {
                    if (c < s || c >= e || t.type[c] != Tokens.WORD) {
                        continue;
                    }
                    if (t.phraseBack[c] != null && t.phraseBackStart[c] < c && t.phraseBack[c].is(Cue.CHANGE)) {
                        trigger = t.phraseBackStart[c];
                        break;
                    }
                    if (t.is(c, Cue.CHANGE) && !WEAK_CHANGE.contains(t.phrase[c].key)
                            && !(c > k && t.phrase[c].is(Cue.LEVEL_AFTER))) {
                        trigger = c;
                        break;
                    }
                }
            }
            if (trigger < 0 || casualtyNear(k, s, e)) {
                continue;
            }
            Kind kind = changeKind(trigger, mentions);
            Mention host = chooseHost(kind, Math.min(k, trigger), Math.max(k, trigger) + 1, e, s, e, mentions);
            Draft d = new Draft();
            d.quantity = null;
            d.kind = kind;
            d.qualifier = Qualifier.EXACT;
            d.location = host == null ? null : host.border() ? null : hostName(host, mentions);
            d.borderWith = host != null && host.border() ? host.place().name() : null;
            Mention before = null;
            for (Mention m : mentions) {
                if (m.end() == k && m.place().canAct()) {
                    before = m;
                }
            }
            d.force = before != null ? before.place().force()
                    : subjectForce(new Quantity(0, k, k), k, s, mentions, d.location);
            d.stance = stance(trigger, trigger > k, k, k + 1, s, e);
            d.relocation = isRelocation(trigger, kind);
            if (d.stance == Stance.COMPLETED && trigger < k && t.phraseEnd[trigger] >= k - 1) {
                d.stance = Stance.REPORTED;
            }
            d.token = k;
            return d;
        }
        return null;
    }

    private boolean isRelocation(int trigger, Kind kind) {
        return trigger >= 0 && kind == Kind.INCREASE && t.phrase[trigger] != null && t.phrase[trigger].is(Cue.RELOCATE)
                && !t.phrase[trigger].is(Cue.INCREASE);
    }

    private boolean forceModified(int k) {
        return k > 0 && t.place(t.phraseBackStart[k - 1]) != null;
    }

    private boolean casualtyNear(int k, int s, int e) {
        for (int c = Math.max(s, k - 4); c < Math.min(e, k + 5); c++) {
            if (t.wordIs(c, Cue.CASUALTY)) {
                return true;
            }
        }
        return false;
    }

    /** Where the next figure starts, passing over one in brackets: "4,000 troops (including 1,500 Americans) are in". */
    private int nextFigure(List<Quantity> qs, int qi, int e) {
        for (int n = qi + 1; n < qs.size(); n++) {
            int first = qs.get(n).first();
            boolean open = false;
            for (int k = qs.get(qi).last(); k < first; k++) {
                if (t.type[k] == Tokens.OPEN) {
                    open = true;
                } else if (t.type[k] == Tokens.CLOSE) {
                    open = false;
                }
            }
            if (!open) {
                return first;
            }
        }
        return e;
    }

    // ---------------------------------------------------------------- head: is it a troop count?

    /** head[qi]: token of the troop noun, -1 for a bare or unit-introduced figure, MIN_VALUE when not troops. */
    private void findHead(List<Quantity> qs, int qi, int s, int e, int[] head, int[] headEnd, boolean[] upper) {
        Quantity q = qs.get(qi);
        head[qi] = Integer.MIN_VALUE;
        if (!q.valid() || q.value() < 2) {
            return;
        }
        int f = q.first();
        int j = q.last();
        if (f - 1 >= s && (t.type[f - 1] == Tokens.CURRENCY || isMonth(f - 1) || numberedName(f - 1))) {
            return;
        }
        if (j < e && (t.type[j] == Tokens.PERCENT || t.type[j] == Tokens.CURRENCY)) {
            return;
        }
        boolean yearLike = t.isYear(f) && j == f + 1;
        if (j + 1 < e && t.type[j] == Tokens.DASH && !t.spaceBefore(j) && !t.spaceBefore(j + 1)
                && t.type[j + 1] == Tokens.WORD) {
            if (t.wordIs(j + 1, Cue.SUFFIX_HEAD)) {
                if (t.wordIs(j + 1, Cue.TROOP) || militaryNounFollows(j + 2, e)) {
                    head[qi] = j + 1;
                    headEnd[qi] = j + 2;
                }
                return;
            }
            if (!t.isKey(j + 1, "odd") && !t.isKey(j + 1, "plus")) {
                return;
            }
            j += 2;
        }
        if (j < e && (t.isKey(j, "strong") || t.isKey(j, "member")) && militaryNounFollows(j + 1, e)) {
            // "The 4,800 strong military contingent"
            head[qi] = j;
            headEnd[qi] = j + 1;
            return;
        }
        if (j + 1 < e && t.isKey(j, "of") && (t.isKey(j + 1, "them") || t.isKey(j + 1, "those")
                || t.isKey(j + 1, "these") || t.isKey(j + 1, "whom")) && (troopBefore(s, f) || troopsBefore)) {
            head[qi] = j + 1;
            headEnd[qi] = j + 2;
            return;
        }
        if (qi + 1 < qs.size() && j + 1 < e && qs.get(qi + 1).first() == j + 1 && head[qi + 1] == -1
                && ((t.isKey(j, "and") && f - 1 >= s && t.isKey(f - 1, "between"))
                || (t.type[j] == Tokens.DASH && !t.spaceBefore(j) && !t.spaceBefore(j + 1)))) {
            // "between 2,500 and 3,000", "to 2,500-3,000 by 2023": a range, read at its upper bound
            upper[qi + 1] = true;
            between[qi + 1] = t.isKey(j, "and") ? f - 1 : f;
            return;
        }
        if (qi + 1 < qs.size() && j < e && qs.get(qi + 1).first() == j + 1 && head[qi + 1] >= 0) {
            boolean range = t.isKey(j, "to") || t.type[j] == Tokens.DASH
                    || (t.isKey(j, "and") && f - 1 >= s && t.isKey(f - 1, "between"));
            boolean list = t.isKey(j, "and") || t.isKey(j, "or") || t.type[j] == Tokens.COMMA;
            int before = preceding(f, s);
            if (range && t.isKey(j, "and")) {
                // "between 3,000 and 5,000 more troops": read as the upper figure, the lower one more than it
                upper[qi + 1] = true;
                between[qi + 1] = f - 1;
                return;
            }
            if (range && !(before >= s && t.isKey(before, "from"))) {
                // "2,500-3,000 sailors", "2,500 to 3,000": a range like "between", both bounds tagged
                upper[qi + 1] = true;
                between[qi + 1] = f;
                return;
            }
            if (range || list) {
                head[qi] = head[qi + 1];
                headEnd[qi] = headEnd[qi + 1];
                return;
            }
        }
        int k = j;
        if (k + 1 < e && t.type[k] == Tokens.QUOTE && t.type[k + 1] == Tokens.WORD) {
            k++; // 'keep "around 3,000" soldiers'
        }
        int noun = translatedTroopNoun(k, e);
        if (noun >= 0) {
            head[qi] = noun;
            headEnd[qi] = noun + 1;
            return;
        }
        int steps = 0;
        while (k < e && steps < 7) {
            if (membersOf(k, e)) {
                head[qi] = k;
                headEnd[qi] = k + 1;
                return;
            }
            if (k == j && t.type[k] == Tokens.WORD && t.word[k] != null && (t.isKey(k, "cut") || t.isKey(k, "reduction")
                    || t.isKey(k, "drawdown") || t.isKey(k, "withdrawal")) && troopBefore(s, f)) {
                // "the troop level ..., reports of 4,500 cut untrue": a cut of the troops just named
                head[qi] = k;
                headEnd[qi] = k;
                return;
            }
            boolean troopLevel = t.type[k] == Tokens.WORD && t.phrase[k] != null && t.phrase[k].is(Cue.UNIT)
                    && t.phrase[k].key.startsWith("troop ");
            if (troopLevel || t.is(k, Cue.TROOP) && !(t.is(k, Cue.BLOCK_HEAD) && t.isKey(k, "fighters"))
                    || militaryRole(k)) {
                // "the 28,500 US troop level": the level's figure
                if (yearLike && k != j) {
                    return;
                }
                head[qi] = k;
                headEnd[qi] = Math.min(e, t.phraseEnd[k]);
                while (headEnd[qi] < e && t.type[headEnd[qi]] == Tokens.WORD && t.is(headEnd[qi], Cue.TROOP)
                        && !t.is(headEnd[qi], Cue.BLOCK_HEAD)) {
                    headEnd[qi] = Math.max(headEnd[qi] + 1, Math.min(e, t.phraseEnd[headEnd[qi]])); // "special forces soldiers"
                }
                return;
            }
            Place p = t.place(k);
            if ((t.is(k, Cue.BLOCK_HEAD) || t.wordIs(k, Cue.BLOCK_HEAD) || t.type[k] == Tokens.PERCENT)
                    && !(p != null && p.canAct() && t.phraseEnd[k] > k + 1)) {
                // ("People's Liberation Army troops": a name that starts with a blocking word)
                return;
            }
            if (t.wordIs(k, Cue.DEMONYM) && troopBefore(s, f)) {
                head[qi] = k;
                headEnd[qi] = Math.min(e, t.phraseEnd[k]);
                return;
            }
            if (t.isKey(k, "non") && k + 2 < e && t.type[k + 1] == Tokens.DASH && !t.spaceBefore(k + 1)) {
                k += 2; // "their roughly 7,000 non-U.S. troops"
                continue;
            }
            if (k > j && t.isKey(k, "number") && k + 1 < e && t.isKey(k + 1, "of") && t.isKey(k - 1, "the")) {
                k += 2; // "bring to about 14,000 the number of additional U.S. troops sent to the region"
                continue;
            }
            if (k > j && t.type[k] == Tokens.NUMBER && t.isKey(k - 1, "and") && qi + 1 < qs.size()
                    && qs.get(qi + 1).first() == k && head[qi + 1] >= 0 && k - 1 > j && t.place(k - 2) != null) {
                // "some 9,000 American and 5,000 Filipino troops": the second figure's noun
                head[qi] = head[qi + 1];
                headEnd[qi] = headEnd[qi + 1];
                return;
            }
            if (t.type[k] == Tokens.COMMA && k > j && k + 1 < e && t.place(k - 1) != null && t.place(k + 1) != null
                    && t.place(k - 1).canAct() && t.place(k + 1).canAct()) {
                k++; // "Some 14,000 Filipino, US troops"
                continue;
            }
            if (t.isKey(k, "and") && k + 1 < e && (wholeDeterminer(k + 1) || t.isKey(k + 1, "a"))) {
                break; // "its troop ceiling at 17,000 and its police component at 2,101": another noun phrase
            }
            if (t.type[k] == Tokens.NUMBER && k > j && (t.isKey(k - 1, "of") || wholeDeterminer(k - 1)
                    || t.phraseBack[k - 1] != null && t.phraseBack[k - 1].is(Cue.APPROX) && k - 2 > j
                    && (wholeDeterminer(k - 2) || t.isKey(k - 2, "of")))) {
                // "about 9,000 of the roughly 19,000 U.S. Marines"
                partitive[qi] = true;
                k++;
            } else if (p != null && p.canAct()) {
                k = Math.max(k + 1, t.phraseEnd[k]);
            } else if (t.type[k] == Tokens.WORD && t.is(k, Cue.MODIFIER)) {
                k = Math.max(k + 1, t.phraseEnd[k]);
            } else if (t.type[k] == Tokens.WORD && k + 1 < e && !t.wordIs(k, Cue.BLOCK_HEAD)
                    && (t.word[k] == null || t.word[k].cues == 0) && (t.is(k + 1, Cue.TROOP)
                    || k + 2 < e && t.type[k + 1] == Tokens.WORD && (t.word[k + 1] == null || t.word[k + 1].cues == 0)
                    && t.is(k + 2, Cue.TROOP) && Character.isLowerCase(t.firstChar(k)))) {
                k++; // "28,000 U.S. imperialist aggression troops": words of their own before the noun
            } else if ((t.type[k] == Tokens.WORD && t.wordIs(k, Cue.MODIFIER))
                    || (t.type[k] == Tokens.DASH && !t.spaceBefore(k))
                    || (t.type[k] == Tokens.QUOTE && k + 1 < e && t.type[k + 1] == Tokens.WORD)) {
                // a troop noun in scare quotes: "1,135 military 'instructors'"
                k++;
            } else {
                break;
            }
            steps++;
        }
        if (yearLike) {
            return;
        }
        int pre = preceding(f, s);
        if (pre - 1 >= s && t.isKey(pre, "of") && t.phraseBack[pre - 1] != null
                && t.phraseBack[pre - 1].is(Cue.UNIT) && !(t.capitalized(pre - 1) && q.value() < 100)) {
            // ("the Group of 20" is a name)
            head[qi] = -1;
            headEnd[qi] = j;
            return;
        }
        if (q.value() < 100 && !(q.value() >= 10 && listContinues(f, s) && (j >= e || bareFollower(j)))) {
            return;
        }
        boolean governed = pre >= s && (((t.isKey(pre, "to") || t.isKey(pre, "at") || t.isKey(pre, "from"))
                && findBack(pre - 1, s, 12, CHANGE_OR_LEAVE | Cue.LEVEL_NOW) >= 0) || t.wordIs(pre, Cue.LEVEL_NOW)
                || multipleOf(pre, s));
        // "The first 200 arrived in April" after a sentence about troops
        boolean moved = (troopsBefore || addedFigure(f, s)) && j < e && t.wordIs(j, Cue.CHANGE) && !t.wordIs(j, Cue.MODIFIER);
        if ((j >= e || bareFollower(j) || governed || moved) && (troopBefore(s, f) || (troopsBefore && j < e
                && t.wordIs(j, Cue.AUX | Cue.CHANGE | Cue.LEAVE | Cue.LEVEL_AFTER)))) {
            head[qi] = -1;
            headEnd[qi] = j;
        }
    }

    /** "Air Base 201", "Tower 22", "Resolution 2231": a capitalized name a number belongs to. */
    private boolean numberedName(int k) {
        return t.type[k] == Tokens.WORD && Character.isUpperCase(t.firstChar(k)) && NUMBERED_NAMES.contains(t.word[k] == null
                ? "" : t.word[k].key);
    }

    /** "troops to be cut from Germany", "troops slated to be withdrawn": the change verb after the head, or -1. */
    private int changedAfter(int hEnd, int e) {
        int k = hEnd;
        for (int n = 0; k < e && n < 4 && (t.isKey(k, "to") || t.isKey(k, "be") || t.isKey(k, "slated")
                || t.isKey(k, "set") || t.isKey(k, "due") || t.isKey(k, "scheduled") || t.isKey(k, "earmarked")); n++) {
            k++;
        }
        if (k > hEnd + 1 && k < e && t.isKey(k - 1, "to") && !t.isKey(k - 2, "be")
                && (t.wordIs(k, Cue.REDUCE | Cue.RELOCATE) || t.isKey(k, "leave") || t.isKey(k, "depart"))) {
            return k; // "the roughly 9,000 Marines slated to leave the island", "due to withdraw"
        }
        return k > hEnd && k < e && t.isKey(k - 1, "be") && t.wordIs(k, Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE) ? k : -1;
    }

    /** "4,000 of the 28,500", "4,000 of its 28,500": the word before the whole a part is taken from. */
    private boolean wholeDeterminer(int k) {
        return t.isKey(k, "the") || t.isKey(k, "its") || t.isKey(k, "their") || t.isKey(k, "our")
                || t.isKey(k, "those") || t.isKey(k, "these");
    }

    /** "members of the Chinese People's Liberation Army", "personnel of the 3rd Division". */
    private boolean membersOf(int k, int e) {
        if (!(t.isKey(k, "members") || t.isKey(k, "staff")) || k + 1 >= e || !t.isKey(k + 1, "of")) {
            return false;
        }
        for (int c = k + 2; c < Math.min(e, k + 9); c++) {
            Place p = t.place(c);
            if (t.wordIs(c, Cue.UNIT) || t.isKey(c, "military") || (p != null && p.type() == Place.Type.ACTOR
                    && !t.isKey(c, "un") && t.string(c).length() > 3)) {
                return true;
            }
        }
        return false;
    }

    /** After "36,000-strong": a military noun ("force", "U.S. garrison", "British contingent"), not "crowd". */
    /** "the last of the 2,000", "the last of its roughly 1,100", "the last of Japan's 350". */
    private boolean lastOf(int f, int s) {
        int k = f - 1;
        for (int n = 0; k >= s && n < 6 && !t.isKey(k, "of"); n++) {
            if (!(wholeDeterminer(k) || t.wordIs(k, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO | Cue.POSSESSIVE)
                    || t.place(k) != null)) {
                return false;
            }
            k = t.place(k) != null ? t.phraseBackStart[k] - 1 : k - 1;
        }
        return k - 1 >= s && t.isKey(k, "of") && (t.isKey(k - 1, "last") || t.isKey(k - 1, "remainder"));
    }

    /** The verb of moving later in the clause ("... have left", "returned from", "landed"), or -1. */
    private int departureAfter(int from, int e) {
        for (int k = from; k < Math.min(e, from + 16); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return -1;
            }
            // ("the last of them landed at home": whatever the verb, the last of a force moving ends its presence)
            if (t.type[k] == Tokens.WORD && t.phrase[k] != null && t.phrase[k].is(Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE)
                    && !t.phrase[k].is(Cue.MODIFIER) && !t.wordIs(k, Cue.LEVEL_AFTER)) {
                return k;
            }
        }
        return -1;
    }

    /** A sized unit inside "troops of ...": "the first troops of South Korea's 3,600-man division". */
    private boolean sizedUnitOf(int f, int s) {
        int k = f - 1;
        for (int n = 0; k >= s && n < 5 && !t.isKey(k, "of"); n++) {
            if (!(t.isKey(k, "the") || t.isKey(k, "a") || t.wordIs(k, Cue.POSSESSIVE) || t.place(k) != null
                    || t.type[k] == Tokens.QUOTE)) {
                return false;
            }
            k = t.place(k) != null ? t.phraseBackStart[k] - 1 : k - 1;
        }
        return k - 1 >= s && t.isKey(k, "of") && (t.wordIs(k - 1, Cue.TROOP) || t.is(k - 1, Cue.TROOP));
    }

    /** "more than double the 900 it had acknowledged": a figure compared as a multiple. */
    private boolean multipleOf(int pre, int s) {
        int m = pre >= s && t.isKey(pre, "the") ? pre - 1 : pre;
        return m >= s && (t.isKey(m, "double") || t.isKey(m, "twice") || t.isKey(m, "triple") || t.isKey(m, "half")
                || t.isKey(m, "thrice"));
    }

    /**
     * Wire copy translated from Spanish or Chinese: "some 650 military" (the noun of EFE's "militares"),
     * "410 officers and soldiers", "700 officers and men": the troop noun, or -1.
     */
    private int translatedTroopNoun(int k, int e) {
        if (k >= e || t.type[k] != Tokens.WORD) {
            return -1;
        }
        if (t.isKey(k, "military") && (k + 1 >= e || t.type[k + 1] != Tokens.WORD || !t.is(k + 1, Cue.TROOP | Cue.UNIT)
                && (t.wordIs(k + 1, Cue.LEVEL_AFTER | Cue.AUX | Cue.PREP_IN | Cue.PREP_TO | Cue.SAID)
                || t.isKey(k + 1, "and")))) {
            return k;
        }
        if (k + 2 < e && (t.isKey(k, "officers") || t.isKey(k, "officer")) && t.isKey(k + 1, "and")
                && (t.is(k + 2, Cue.TROOP) || t.isKey(k + 2, "men"))) {
            return k + 2;
        }
        return -1;
    }

    /** "two Ground Self-Defense Force officers", "350 GSDF engineers", "200 Army operators": a role in a force. */
    private boolean militaryRole(int k) {
        if (k < 1 || t.type[k] != Tokens.WORD || !(t.isKey(k, "officers") || t.isKey(k, "engineers")
                || t.isKey(k, "operators") || t.isKey(k, "medics") || t.isKey(k, "technicians") || t.isKey(k, "pilots"))) {
            return false;
        }
        Place p = t.place(k - 1);
        return t.isKey(k - 1, "force") || t.isKey(k - 1, "army") || t.isKey(k - 1, "military") || t.isKey(k - 1, "combat")
                || t.isKey(k - 1, "navy") || t.isKey(k - 1, "marine") || (p != null && p.type() == Place.Type.ACTOR);
    }

    private boolean isOrdinal(int k) {
        return t.type[k] == Tokens.NUMBER && (t.numFlags[k] & Tokens.NUM_ORDINAL) != 0;
    }

    /** A capitalised word early in a unit's name ("Dongmyeong Unit", "Stryker squadron", "7th Infantry Division"). */
    private boolean unitName(int k, int n) {
        return t.type[k] == Tokens.WORD && n < 4 && Character.isUpperCase(t.firstChar(k)) && !t.is(k, Cue.AUX | Cue.CHANGE);
    }

    private boolean militaryNounFollows(int k, int e) {
        int unknown = 0;
        for (int n = 0; k < e && n < 6; n++) {
            if (t.type[k] == Tokens.WORD && (t.word[k] == null || t.word[k].cues == 0) && t.place(k) == null
                    && Character.isLowerCase(t.firstChar(k)) && ++unknown <= 2 && k + 1 < e
                    && (t.type[k + 1] == Tokens.DASH && !t.spaceBefore(k + 1) || t.wordIs(k + 1, Cue.UNIT))) {
                k++; // "France's 5,100-strong counter-terrorism force", "a 1,000-strong stabilisation force"
                continue;
            }
            if (t.type[k] == Tokens.DASH && !t.spaceBefore(k) && n > 0) {
                // "2,000-strong French-led NATO battlegroup"
                k++;
                continue;
            }
            Place p = t.place(k);
            if (t.is(k, Cue.UNIT | Cue.TROOP) || t.wordIs(k, Cue.UNIT | Cue.TROOP)
                    || (p != null && p.type() == Place.Type.ACTOR && p.host() != null)) {
                return true;
            }
            if (!isOrdinal(k) && !unitName(k, n) && (t.type[k] != Tokens.WORD || !(t.wordIs(k, Cue.MODIFIER) || p != null
                    || t.wordIs(k, Cue.POSSESSIVE) || t.isKey(k, "standby")))) {
                return false; // ("the 280-strong Dongmyeong Unit", "the 20,000-strong 7th Infantry Division": names)
            }
            k = Math.max(k + 1, t.phraseEnd[k]);
        }
        return false;
    }

    /** "100 soldiers to Lithuania and 50 to Latvia": a figure continuing a list after a troop noun. */
    private boolean listContinues(int f, int s) {
        if (f - 1 < s || !t.isKey(f - 1, "and")) {
            return false;
        }
        boolean troop = false;
        boolean figure = false;
        for (int k = f - 2; k >= Math.max(s, f - 14); k--) {
            troop |= t.is(k, Cue.TROOP) || t.wordIs(k, Cue.TROOP);
            figure |= t.type[k] == Tokens.NUMBER;
        }
        return troop && figure;
    }

    private boolean isMonth(int k) {
        return t.phraseBack[k] != null && t.phraseBack[k].is(Cue.MONTH);
    }

    private boolean bareFollower(int j) {
        byte ty = t.type[j];
        if (ty != Tokens.WORD) {
            return ty == Tokens.END || ty == Tokens.COMMA || ty == Tokens.CLAUSE || ty == Tokens.CLOSE
                    || ty == Tokens.QUOTE || ty == Tokens.DASH;
        }
        return t.is(j, Cue.PREP_IN | Cue.PREP_TO | Cue.PREP_FROM | Cue.AUX | Cue.LEVEL_AFTER | Cue.LEVEL_NOW | Cue.EACH
                | Cue.RESPECTIVELY | Cue.SAID | Cue.LEAVE) || t.isKey(j, "and") || t.isKey(j, "or")
                || t.isKey(j, "more") || t.isKey(j, "by") || t.isKey(j, "as") || t.isKey(j, "under")
                || t.wordIs(j, Cue.CLAUSE_WORD | Cue.PROPOSE_AFTER) || t.isKey(j, "last") || t.isKey(j, "this")
                || t.isKey(j, "next") || t.isKey(j, "belong") || t.isKey(j, "serve")
                || t.isKey(j, "a") || t.isKey(j, "from") || t.isKey(j, "over")
                || t.isKey(j, "earlier") || t.isKey(j, "ago") || t.isKey(j, "through") || t.isKey(j, "with")
                || t.phrase[j] != null && t.phrase[j].key.startsWith("head") && t.phrase[j].is(Cue.INCREASE)
                || goingTo(j)
                || objectRelative(j) && j + 1 < t.size && t.phrase[j + 1] != null
                && t.phrase[j + 1].is(Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE);
    }

    /** "going to Guam": motion to a place, not "going to" before a verb. */
    private boolean goingTo(int j) {
        return t.isKey(j, "going") && j + 2 < t.size && t.isKey(j + 1, "to") && t.place(j + 2) != null;
    }

    private boolean troopBefore(int s, int f) {
        // the nearest decides: troops, or people who are not troops ("the number of North Korean defectors ...
        // rose to 236")
        for (int k = f - 1; k >= Math.max(s, f - 40); k--) {
            if (t.is(k, Cue.TROOP | Cue.UNIT) || t.wordIs(k, Cue.TROOP) || translatedTroopNoun(k, f) == k) {
                return true;
            }
            if (t.type[k] == Tokens.WORD && t.word[k] != null && NOT_TROOPS.contains(t.word[k].key)) {
                return false;
            }
        }
        return false;
    }

    private boolean casualty(Quantity q, int head, int headEnd, int s, int e) {
        if (head == Integer.MIN_VALUE) {
            return true;
        }
        int f = q.first();
        boolean sized = head >= 0 && head == q.last() + 1 && t.type[q.last()] == Tokens.DASH;
        for (int k = Math.max(s, f - 4); k < f && !sized; k++) {
            if ((t.isKey(k, "houses") || t.isKey(k, "housed")) && head >= 0 && !(k - 1 >= s
                    && (t.isKey(k - 1, "can") || t.isKey(k - 1, "could") || t.isKey(k - 1, "would")
                    || t.isKey(k - 1, "will") || t.isKey(k - 1, "to")))) {
                continue; // "a base in Jordan that houses about 350 troops": who is there, not room for them
            }
            if (reportedToHouse(k, s) || (t.isKey(k, "house") && Character.isUpperCase(t.firstChar(k)))) {
                continue; // "told the House that 350 Royal Marines would deploy": the chamber, not housing
            }
            if (t.wordIs(k, Cue.CASUALTY | Cue.CAPACITY | Cue.NOT_TROOP_CONTEXT)
                    || (t.phraseBack[k] != null && t.phraseBack[k].is(Cue.CASUALTY | Cue.CAPACITY))) {
                return true;
            }
        }
        if (tallyOfLosses(f, s) || includedInCasualties(f, s) || policeUnit(f, s) || casualtyAside(f, s, e)
                || sanctionedPeople(q, f, s)) {
            return true;
        }
        int from = head >= 0 ? headEnd : q.last();
        int reach = from + 5;
        for (int k = from; k < Math.min(e, reach); k++) {
            if (k == from && (t.isKey(k, "and") || t.isKey(k, "or")) && !(k + 1 < e && t.type[k + 1] == Tokens.NUMBER)) {
                // "Two U.S. soldiers and a civilian interpreter were killed"
                reach += 3;
            }
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                break;
            }
            int aside = k == from && t.type[k] == Tokens.DASH && t.spaceBefore(k) ? closingDash(k, e) : -1;
            if (aside > k) {
                // "Thirty KFOR soldiers — 11 Italians and 19 Hungarians — were injured"
                reach += aside - k + 1;
                k = aside;
                from = aside + 1;
                continue;
            }
            if (t.is(k, Cue.CASUALTY) && !t.is(k, Cue.CAPACITY) && !t.wordIs(k, Cue.CAPACITY)
                    && !(t.isKey(k, "remains") && !t.isKey(k - 1, "the") && !t.wordIs(k - 1, Cue.POSSESSIVE)
                    && t.type[k - 1] != Tokens.QUOTE
                    && !(k + 1 < e && t.isKey(k + 1, "of")))) {
                // "the 28,500-strong force remains ready": the verb, not a soldier's remains
                return true;
            }
            if (t.wordIs(k, Cue.NOT_TROOP_CONTEXT) && k < from + 2) {
                return true;
            }
        }
        return false;
    }

    /** "... and in Iraq from": a second conjunct whose change is named in the first. */
    private boolean andBefore(int from, int s) {
        for (int k = from - 1; k >= Math.max(s, from - 5); k--) {
            if (t.isKey(k, "and")) {
                return true;
            }
        }
        return false;
    }

    /** "its KFOR peacekeeping force", "their battlegroup": a unit named with a possessive a few words before. */
    private boolean ownedUnit(int unit, int s) {
        for (int k = unit - 1; k >= Math.max(s, unit - 4); k--) {
            if (t.isKey(k, "its") || t.isKey(k, "their") || t.isKey(k, "our")) {
                // "deploying its brigade of 5,000" moves the unit; "reinforcing its force of 3,800" sizes it
                return !(k - 1 >= s && t.wordIs(k - 1, Cue.CHANGE)) || resizes(k - 1) || reinforces(k - 1);
            }
            if (t.type[k] != Tokens.WORD || t.wordIs(k, Cue.CHANGE) && !t.wordIs(k, Cue.MODIFIER)) {
                return false;
            }
        }
        return false;
    }

    private boolean agentParticiple(int k) {
        return t.isKey(k, "led") || t.isKey(k, "backed") || t.isKey(k, "supported") || t.isKey(k, "commanded")
                || t.isKey(k, "headed");
    }

    /** "4,000 of them", "some of those": the figure is a part of troops named before. */
    private boolean partOfThem(int head) {
        return head >= 1 && (t.isKey(head, "them") || t.isKey(head, "those")) && t.isKey(head - 1, "of");
    }

    /** A change verb at k after up to three auxiliaries ("is pulling", "had sent"), or -1. */
    private int verbAfterAux(int k, int e) {
        for (int n = 0; k < e && n < 3 && t.type[k] == Tokens.WORD && t.wordIs(k, Cue.AUX); n++) {
            k++;
        }
        return k < e && t.type[k] == Tokens.WORD && t.phrase[k] != null
                && t.phrase[k].is(Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE) ? k : -1;
    }

    /** A subject pronoun opening a relative clause after a figure ("the 11,000 it sent"). */
    private boolean objectRelative(int k) {
        return t.isKey(k, "it") || t.isKey(k, "they") || t.isKey(k, "we") || t.isKey(k, "he") || t.isKey(k, "she");
    }

    /** A manner adverb ("quietly", "gradually"): a word ending in -ly that the vocabulary gives no other role. */
    private boolean adverb(int k) {
        return t.type[k] == Tokens.WORD && (t.word[k] == null || t.word[k].cues == 0) && t.end[k] - t.start[k] > 4
                && t.chars[t.end[k] - 1] == 'y' && t.chars[t.end[k] - 2] == 'l';
    }

    /** The dash closing an aside opened by the dash at {@code open}, or -1. */
    private int closingDash(int open, int e) {
        for (int k = open + 1; k < Math.min(e, open + 14); k++) {
            if (t.type[k] == Tokens.DASH && t.spaceBefore(k)) {
                return k;
            }
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return -1;
            }
        }
        return -1;
    }

    /** The token before a figure and its hedges ("... and about 900": the "and"), or s - 1. */
    private int beforeHedges(int f, int s) {
        int k = f - 1;
        while (k >= s && t.type[k] == Tokens.WORD && (t.wordIs(k, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO)
                || t.phraseBack[k] != null && t.phraseBack[k].is(Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO))) {
            k = t.phraseBackStart[k] - 1;
        }
        return k;
    }

    /** "Russian losses over the past day amounted to 1,230 personnel, ... bringing the total to about 680,000". */
    private boolean tallyOfLosses(int f, int s) {
        int k = beforeHedges(f, s);
        boolean tallyNoun = k >= s && tallyNoun(k);
        if (k < s || !(tallyNoun || t.isKey(k, "to") || t.isKey(k, "at") || t.isKey(k, "reached") || t.isKey(k, "hit")
                || t.isKey(k, "totalled") || t.isKey(k, "totaled") || t.isKey(k, "surpassed") || t.isKey(k, "exceeded"))) {
            return false;
        }
        boolean running = false;
        for (int b = tallyNoun ? k : k - 1; b >= Math.max(s, k - 40) && t.type[b] != Tokens.END; b--) {
            if (b >= k - 24 && (t.isKey(b, "losses") || t.isKey(b, "casualties") || t.isKey(b, "toll")
                    || t.isKey(b, "casualty"))) {
                return true;
            }
            if (tallyNoun(b) && b >= k - 6 && tallied(b, s)) {
                running = true; // "..., bringing its running tally above 160,000"
            } else if (running && t.wordIs(b, Cue.CASUALTY) && !t.wordIs(b, Cue.CAPACITY)) {
                return true; // "... 1,250 Russian soldiers were killed in the past 24 hours, bringing its ..."
            }
        }
        return false;
    }

    /** "a troop ceiling of 17,000 and a police ceiling of 2,101", "its police component at up to 2,101". */
    private boolean policeUnit(int f, int s) {
        int k = beforeHedges(f, s);
        if (k >= s && (t.isKey(k, "of") || t.isKey(k, "at"))) {
            k--;
        }
        return k - 1 >= s && (t.wordIs(k, Cue.UNIT) || t.isKey(k, "component")) && t.isKey(k - 1, "police");
    }

    /** The sentence's previous figure, when it moves troops the same way to a named place, or null. */
    private Draft sameMove(Kind kind, int s, List<Draft> out) {
        if (kind != Kind.INCREASE || out.isEmpty()) {
            return null;
        }
        Draft last = out.get(out.size() - 1);
        return last.token >= s && last.kind == Kind.INCREASE && last.location != null && !last.weakHost ? last : null;
    }

    /** "India and China each have about 50,000 troops along their disputed border": one tag per side, if so. */
    private boolean addBorderSides(Quantity q, Kind kind, Qualifier qualifier, Stance stance, Integer year, int hEnd,
                                   int s, int e, List<Mention> mentions, List<Draft> out) {
        List<Mention> sides = eachSideOfBorder(q.first(), hEnd, s, e, mentions);
        for (int i = 0; i < sides.size(); i++) {
            Draft d = new Draft();
            d.quantity = q.value();
            d.kind = kind;
            d.qualifier = qualifier;
            d.force = sides.get(i).place().force();
            d.borderWith = sides.get(1 - i).place().name();
            d.stance = stance;
            d.eventYear = year;
            d.token = q.first();
            out.add(d);
        }
        return !sides.isEmpty();
    }

    /** A level's stance, corrected by what surrounds the figure: a goal, a size due later, a done change, "at present". */
    private Stance levelStance(Stance stance, int f, int last, int hEnd, int s, int e) {
        for (int g = Math.max(s, f - 6); g < f && stance == Stance.REPORTED; g++) {
            if (t.isKey(g, "toward") || t.isKey(g, "towards")) {
                // "a first step toward a permanent 4,800-strong brigade there": a goal
                stance = Stance.PROPOSED;
            }
        }
        if (stance == Stance.REPORTED && dueAfter(hEnd, e)) {
            // "the full 4,800-strong force due by 2027": a size still to come
            stance = Stance.PROPOSED;
        }
        if (stance == Stance.REPORTED && afterChange(hEnd, e)) {
            // "Fewer than 1,000 American troops remain in Syria after the drawdown": what a done change left
            stance = Stance.COMPLETED;
        }
        if (stance != Stance.REPORTED && presentLevel(last, e)) {
            // "will rise to 10,000, from about 4,500 at present"
            stance = Stance.REPORTED;
        }
        return stance;
    }

    /** "grew into a 5,100-man force", "expanded into": a change of size whose result follows. */
    private boolean grewInto(int k) {
        return t.isKey(k, "grew") || t.isKey(k, "grown") || t.isKey(k, "grow") || t.isKey(k, "expanded")
                || t.isKey(k, "swelled") || t.isKey(k, "turned");
    }

    /** "At the height of the surge, ...", "at its peak, ...": a figure opened by a time of peak strength. */
    private boolean atPeak(int f, int s) {
        boolean comma = false;
        for (int k = f - 1; k >= Math.max(s, f - 10); k--) {
            comma |= t.type[k] == Tokens.COMMA;
            if (comma && (t.isKey(k, "height") || t.isKey(k, "peak")) && k - 2 >= s && (t.isKey(k - 1, "the")
                    || t.isKey(k - 1, "its")) && t.isKey(k - 2, "at")) {
                return true;
            }
        }
        return false;
    }

    /** "the number of additional U.S. troops sent": a figure counting troops sent, after "number of". */
    private boolean numberSent(int from, int head, int hEnd, int e) {
        boolean numberOf = false;
        for (int k = from; k < head; k++) {
            numberOf |= t.isKey(k, "number") && t.isKey(k + 1, "of");
        }
        return numberOf && hEnd < e && (t.isKey(hEnd, "sent") || t.isKey(hEnd, "deployed")
                || t.isKey(hEnd, "dispatched") || t.isKey(hEnd, "added"));
    }

    /** The change a figure after "including" is a part of ("expel all foreign forces, including 5,200"), or -1. */
    private int includedInChange(int pre, int s) {
        if (pre < s || !t.isKey(pre, "including")) {
            return -1;
        }
        int tr = findBack(pre - 1, s, 10, Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE);
        if (tr < 0 || t.phraseBack[tr].is(Cue.LEAVE)) {
            return -1;
        }
        for (int k = tr + 1; k < pre; k++) {
            if (t.type[k] == Tokens.NUMBER) {
                return -1; // "has grown to roughly 10,000 troops, including about 2,200 Marines": a part of a level
            }
        }
        return t.phraseBackStart[tr];
    }

    /**
     * The change a figure's own clause names after its noun: a subject relative ("750 paratroopers who deployed
     * to Kuwait"), or the verb after a dashed aside sizing a unit ("the regiment — roughly 4,500 soldiers — will
     * return home"); -1 when none.
     */
    private int ownClauseChange(int f, int hEnd, int s, int e) {
        int relative = relativeChange(hEnd, e);
        int open = beforeHedges(f, s);
        if (relative < 0 && hEnd < e && t.type[hEnd] == Tokens.DASH && t.spaceBefore(hEnd)
                && open >= s && t.type[open] == Tokens.DASH) {
            relative = verbAfterAux(hEnd + 1, e);
            int after = relative >= 0 ? Math.max(relative + 1, t.phraseEnd[relative]) : e;
            if (relative >= 0 && !t.phrase[relative].is(Cue.REDUCE | Cue.RELOCATE)
                    && !(after < e && (t.isKey(after, "to") || t.isKey(after, "into")))) {
                relative = -1; // "the footprint — roughly 40,000 troops — has grown": a size, not a move
            }
        }
        return relative;
    }

    /** "paratroopers who deployed to Kuwait", "troops that were sent": the change in a subject relative, or -1. */
    private int relativeChange(int hEnd, int e) {
        if (hEnd + 1 >= e || !(t.isKey(hEnd, "who") || t.isKey(hEnd, "that"))) {
            return -1;
        }
        int k = hEnd + 1;
        for (int n = 0; k < e && n < 3 && t.type[k] == Tokens.WORD && t.wordIs(k, Cue.AUX) && !t.wordIs(k, Cue.PROPOSE); n++) {
            k = Math.max(k + 1, t.phraseEnd[k]);
        }
        int after = k < e ? Math.max(k + 1, t.phraseEnd[k]) : e;
        return after < e && t.type[k] == Tokens.WORD && t.phrase[k] != null && t.phrase[k].is(Cue.INCREASE | Cue.REDUCE)
                && !t.phrase[k].is(Cue.LEAVE) && (t.isKey(after, "to") || t.isKey(after, "into")
                || t.wordIs(after, Cue.PREP_FROM)) ? k : -1;
    }

    /** A change inside a sentence-opening condition: "Should the brigade be pulled out, ...", "If Washington cuts". */
    private boolean conditional(int s, int tr) {
        if (!(t.isKey(s, "should") || t.isKey(s, "if") || t.isKey(s, "were") || t.isKey(s, "unless"))) {
            return false;
        }
        for (int k = s + 1; k < tr; k++) {
            if (t.type[k] == Tokens.COMMA || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END) {
                return false;
            }
        }
        return true;
    }

    /** "non-U.S. troops": a force named only to be excluded. */
    private boolean negatedName(Mention m) {
        int k = m.index();
        return k >= 2 && t.type[k - 1] == Tokens.DASH && !t.spaceBefore(k) && t.isKey(k - 2, "non");
    }

    /** "Thirteen U.S. service members — 11 Marines, a Navy corpsman and an Army soldier — were killed". */
    private boolean casualtyAside(int f, int s, int e) {
        int open = -1;
        for (int k = f - 1; k >= Math.max(s, f - 3); k--) {
            if (t.type[k] == Tokens.DASH && t.spaceBefore(k)) {
                open = k;
                break;
            }
        }
        int close = open >= 0 ? closingDash(open, e) : -1;
        if (close < 0) {
            return false;
        }
        for (int k = close + 1; k < Math.min(e, close + 5); k++) {
            if (t.wordIs(k, Cue.CASUALTY) && !t.wordIs(k, Cue.CAPACITY)) {
                return true;
            }
        }
        return false;
    }

    /** "imposed sanctions on the defence minister and two senior officers": people sanctioned, not a force. */
    private boolean sanctionedPeople(Quantity q, int f, int s) {
        if (q.value() >= 20) {
            return false;
        }
        boolean object = false;
        for (int k = f - 1; k >= Math.max(s, f - 16); k--) {
            if (t.wordIs(k, Cue.CHANGE) || t.type[k] == Tokens.CLAUSE) {
                return false; // "Despite the sanctions, Russia sent 15 military advisers": troops moved
            }
            object |= t.isKey(k, "on") || t.isKey(k, "against");
            if (t.wordIs(k, Cue.SANCTION)) {
                return object; // "imposed sanctions on the defence minister and two senior officers"
            }
        }
        return false;
    }

    private boolean tallyNoun(int k) {
        return t.isKey(k, "tally") || t.isKey(k, "total") || t.isKey(k, "toll") || t.isKey(k, "count");
    }

    /** "bringing the total", "taking its running tally": a running count carried forward. */
    private boolean tallied(int noun, int s) {
        for (int b = noun - 1; b >= Math.max(s, noun - 4); b--) {
            if (t.isKey(b, "bringing") || t.isKey(b, "brings") || t.isKey(b, "brought") || t.isKey(b, "taking")
                    || t.isKey(b, "takes") || t.isKey(b, "raising") || t.isKey(b, "raises") || t.isKey(b, "pushing")) {
                return true;
            }
        }
        return false;
    }

    /** "killed at least 14 people in Kyiv, including two servicemen": a part of the casualties named before. */
    private boolean includedInCasualties(int f, int s) {
        int k = beforeHedges(f, s);
        if (k < s || !(t.isKey(k, "including") || t.isKey(k, "among"))) {
            return false;
        }
        for (int b = k - 1; b >= Math.max(s, k - 16) && t.type[b] != Tokens.END; b--) {
            if (t.wordIs(b, Cue.CASUALTY) && !t.wordIs(b, Cue.CAPACITY)) {
                return true;
            }
        }
        return false;
    }

    /** "is believed to house up to 2,000 troops": what a base is said to hold now, not a capacity. */
    private boolean reportedToHouse(int k, int s) {
        return (t.isKey(k, "house") || t.isKey(k, "hold")) && k - 2 >= s && t.isKey(k - 1, "to")
                && (t.isKey(k - 2, "believed") || t.isKey(k - 2, "said") || t.isKey(k - 2, "thought")
                || t.isKey(k - 2, "reported") || t.isKey(k - 2, "estimated") || t.isKey(k - 2, "known"));
    }

    // ---------------------------------------------------------------- one figure

    private void read(Quantity q, int head, int headEnd, boolean upper, boolean whole, int nextQ, int s, int e,
                      List<Mention> mentions, Mention respective, String respectiveForce, List<Draft> out) {
        int f = q.first();
        owned = f;
        lastSource = null;
        int hEnd = head >= 0 ? headEnd : q.last();
        // hedge and the word governing the figure
        Qualifier qualifier = upper ? Qualifier.UP_TO : Qualifier.EXACT;
        int k = governedFrom - 1;
        int steps = 0;
        while (k >= s && steps < 5) {
            Word w = t.phraseBack[k];
            if (t.type[k] == Tokens.QUOTE || t.type[k] == Tokens.OPEN) {
                k--;
                steps++;
                continue;
            }
            if (w == null || t.type[k] != Tokens.WORD) {
                break;
            }
            if (qualifier == Qualifier.EXACT && w.is(Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO) && t.isKey(k + 1, "of")
                    && !w.key.endsWith(" of")) {
                break; // "some of the 9,500": a part of the figure, not a hedge on it
            }
            if (qualifier == Qualifier.EXACT && w.is(Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO)) {
                qualifier = w.is(Cue.UP_TO) ? Qualifier.UP_TO
                        : w.is(Cue.MORE_THAN) ? Qualifier.MORE_THAN : Qualifier.APPROXIMATE;
            } else if (!w.is(Cue.DETERMINER)) {
                break;
            }
            k = t.phraseBackStart[k] - 1;
            steps++;
        }
        if (qualifier == Qualifier.EXACT && k == f - 1) {
            qualifier = listHedge(k, s);
        }
        int pre = k;
        boolean floor = f - 1 >= s && (t.isKey(f - 1, "below") || t.isKey(f - 1, "beneath"));
        if (qualifier == Qualifier.EXACT) {
            qualifier = postQualifier(f, q.last(), e);
        }
        if (qualifier == Qualifier.EXACT && pre - 1 >= s && (t.isKey(pre, "at") || t.isKey(pre, "of") || t.isKey(pre, "to"))
                && (t.isKey(pre - 1, "ceiling") || t.isKey(pre - 1, "cap") || t.isKey(pre - 1, "limit")
                || t.isKey(pre - 1, "maximum"))) {
            // "keeping the ceiling at 1,400 soldiers"
            qualifier = Qualifier.UP_TO;
        }
        // "bars the Pentagon from reducing the number ... below 28,500": a legislated floor, proposed
        // (the qualifier stays LABELS.md's "below" = up_to)
        boolean barred = floor && barredBefore(f - 1, s);
        if (barred) {
            qualifier = Qualifier.MORE_THAN; // a floor: at least that many
        }

        Kind kind = null;
        int trigger = -1;
        boolean rightSide = false;
        if (partOf(f, s) && changedAfter(hEnd, e) < 0 && !(hEnd < e && objectRelative(hEnd) && verbAfterAux(hEnd + 1, e) >= 0)) {
            // "some of the 9,500 troops": the whole is a level, unless it is "the 9,500 troops to be cut"
            kind = Kind.LEVEL;
        }
        if (pre >= s && t.type[pre] == Tokens.NUMBER && pre + 1 < f && t.isKey(pre + 1, "of")
                && changedAfter(hEnd, e) < 0) {
            kind = Kind.LEVEL;
        }
        int relative = kind == null && head >= 0 ? ownClauseChange(f, hEnd, s, e) : -1;
        if (relative >= 0) {
            // "will join roughly 750 paratroopers who deployed to Kuwait this week": the relative clause's change
            trigger = relative;
            rightSide = true;
            kind = changeKind(relative, mentions);
        }
        if (kind == null && floor) {
            int tr = findBack(f - 2, s, 12, Cue.CHANGE);
            if (tr >= 0) {
                kind = Kind.LEVEL;
                trigger = tr;
            }
        }
        if (pre >= s && t.type[pre] == Tokens.WORD && t.wordIs(pre, Cue.UNIT) && pre - 1 >= s) {
            int to = pre - 1;
            if (to >= s && (t.isKey(to, "a") || t.isKey(to, "an") || t.isKey(to, "the"))) {
                to--;
            }
            if (to >= s && t.isKey(to, "to")) {
                pre = to;
            }
        }
        int departed = kind == null && lastOf(f, s) ? departureAfter(hEnd, e) : -1;
        if (departed >= 0) {
            // "The last of the nearly 2,000 Russian peacekeepers deployed to Nagorno-Karabakh have left"
            kind = Kind.REDUCTION;
            trigger = departed;
            rightSide = true;
        }
        if (kind == null && head >= 0 && head == q.last() + 1 && t.type[q.last()] == Tokens.DASH && sizedUnitOf(f, s)) {
            // "The first troops of South Korea's 3,600-man Zaytun Division arrived": the unit's size, not who moved
            kind = Kind.LEVEL;
        }
        int object = pre >= s && t.isKey(pre, "the") ? pre - 1 : pre;
        if (kind == null && object >= s && t.type[object] == Tokens.WORD && reinforces(object)) {
            // "reinforcing the roughly 400 UK personnel already deployed": the force reinforced is a level
            kind = Kind.LEVEL;
        }
        int ofUnit = pre >= s && t.isKey(pre, "of") ? pre - 1 : pre;
        if (kind == null && ofUnit >= s && ofUnit + 1 < f && t.isKey(ofUnit + 1, "of") && t.wordIs(ofUnit, Cue.UNIT)
                && ownedUnit(ofUnit, s)) {
            // "reinforcing its KFOR peacekeeping force of about 3,800": the size of a unit it already has
            kind = Kind.LEVEL;
        }
        if (kind == null && pre >= s && t.isKey(pre, "and") && previousLevel >= 0 && previousEnd >= pre - 6
                && previousEnd <= pre) {
            // "reduce its presence in Afghanistan to 2,500 troops and 2,500 troops in Iraq"
            kind = Kind.LEVEL;
            trigger = previousLevel;
        }
        if (kind == null && pre - 1 >= s && t.type[pre] == Tokens.WORD && t.wordIs(pre, Cue.LEVEL_BEFORE | Cue.LEVEL_NOW)
                && (t.isKey(pre - 1, "which") || t.isKey(pre - 1, "that"))) {
            int change = changeAfterClause(hEnd, e);
            if (change >= 0) {
                // "the contingent, which numbered about 1,100 soldiers, was fully withdrawn": the whole unit changed
                trigger = change;
                kind = changeKind(change, mentions);
            }
        }
        if (kind == null && pre >= s && t.type[pre] == Tokens.WORD && (t.wordIs(pre, Cue.LEVEL_NOW)
                || t.phraseBack[pre] != null && t.phraseBack[pre].is(Cue.LEVEL_NOW) && t.isKey(pre, "of")
                && verbAfterAux(hEnd, e) < 0
                || t.isKey(pre, "numbering") || t.isKey(pre, "totaling") || t.isKey(pre, "totalling"))) {
            kind = Kind.LEVEL;
        }
        int including = kind == null ? includedInChange(pre, s) : -1;
        if (including >= 0) {
            // "voted to expel all foreign forces, including some 5,200 U.S. troops": a part of what changes
            trigger = including;
            kind = changeKind(trigger, mentions);
        }
        if (kind == null && pre >= s && t.type[pre] == Tokens.WORD) {
            Word pw = t.phraseBack[pre];
            if (t.isKey(pre, "to") || t.isKey(pre, "at") || t.isKey(pre, "into") && pre - 1 >= s && grewInto(pre - 1)) {
                int tr = findBack(pre - 1, s, 12, CHANGE_OR_LEAVE | Cue.LEVEL_NOW);
                if (tr < 0 && fromPrecedes(pre, s)) {
                    // "... and in Iraq from about 3,000 to 2,500": the change the pair belongs to
                    tr = findBack(pre - 1, s, 20, CHANGE_OR_LEAVE | Cue.LEVEL_NOW);
                }
                if (tr >= 0 && (t.isKey(tr, "bringing") || t.isKey(tr, "taking") || t.isKey(tr, "pushing")
                        || t.isKey(tr, "swelling"))) {
                    // "completed its troop reduction in Syria, bringing the force down to 1,000": the change's stance
                    int change = findBack(tr - 1, s, 14, Cue.CHANGE);
                    tr = change >= 0 ? change : tr;
                }
                if (tr >= 0) {
                    kind = Kind.LEVEL;
                    trigger = t.phrase[tr] != null && t.phrase[tr].is(Cue.LEVEL_NOW) ? -1 : tr;
                }
            } else if (t.isKey(pre, "from") || peakFrom(pre, s) >= 0) {
                // "from 5,100", "from a peak of around 1,000 personnel to approximately 900"
                int from = t.isKey(pre, "from") ? pre : peakFrom(pre, s);
                int change = findBack(from - 1, s, 8, CHANGE_OR_LEAVE);
                if (change < 0 && andBefore(from, s)) {
                    // "shrink the force in Afghanistan from about 4,500 and in Iraq from about 3,000"
                    change = findBack(from - 1, s, 20, CHANGE_OR_LEAVE);
                }
                if (change < 0 && (toFollows(hEnd, e) || toFollows(q.last(), e))) {
                    // "cut troops in Afghanistan from 4,500 to 2,500 and in Iraq from 3,000 to 2,500": one change
                    change = findBack(from - 1, s, 20, CHANGE_OR_LEAVE);
                }
                if (change < 0 && toPrecedes(from, s)) {
                    // "would double its force in Norway to 700 Marines from 330": the change governs both figures
                    change = findBack(from - 1, s, 14, CHANGE_OR_LEAVE);
                }
                if (from - 1 >= s && (t.isKey(from - 1, "down") || t.isKey(from - 1, "up"))) {
                    kind = Kind.LEVEL;
                } else if (toFollows(hEnd, e) || toFollows(q.last(), e) || toPrecedes(from, s) || change >= 0) {
                    // "from 5,200 to 3,000", "reduce troops from about 4,500": where the change starts
                    kind = Kind.LEVEL;
                    trigger = change;
                }
            } else if (t.isKey(pre, "by")) {
                int tr = findBack(pre - 1, s, 8, Cue.CHANGE);
                if (tr >= 0) {
                    trigger = tr;
                    kind = changeKind(tr, mentions);
                }
            } else if (pw != null && (t.isKey(pre, "bringing") || t.isKey(pre, "bring") || t.isKey(pre, "brings")
                    || t.isKey(pre, "brought"))
                    && pw == t.word[pre]) {
                // "The Bundeswehr is bringing over 5,000 soldiers": bringing troops in
                kind = Kind.INCREASE;
                trigger = pre;
            } else if (pw != null && pw.is(Cue.LEAVE) && !pw.is(Cue.INCREASE)) {
                kind = Kind.LEVEL;
                int leave = t.phraseBackStart[pre];
                int tr = findBack(leave - 1, s, 14, Cue.CHANGE);
                // "would leave roughly 2,500": the leaving word's own modal; else the change it follows
                trigger = tr >= 0 && stance(leave, false, f, hEnd, s, e) == Stance.REPORTED ? tr : leave;
            }
        }
        if (kind == null && pre >= s && t.type[pre] == Tokens.WORD && t.phraseBack[pre] != null
                && t.phraseBack[pre].is(Cue.CHANGE) && !t.phraseBack[pre].is(Cue.LEAVE)
                && !modifiesTroops(t.phraseBackStart[pre]) && t.phraseBack[pre].is(Cue.REDUCE | Cue.RELOCATE)) {
            // "relocate about 4,500 troops currently stationed in Korea to ...": the verb before governs
            trigger = t.phraseBackStart[pre];
            kind = changeKind(trigger, mentions);
        }
        if (kind == null) {
            for (int k2 = f - 1; k2 >= Math.max(s, f - 5); k2--) {
                if (t.isKey(k2, "current") || t.isKey(k2, "present") || t.isKey(k2, "existing")
                        || (t.isKey(k2, "currently") && k2 == s)) {
                    kind = Kind.LEVEL;
                    break;
                }
                if (t.is(k2, Cue.CHANGE)) {
                    break;
                }
            }
        }
        int more = kind == null ? moreWord(pre, f, s, q.last(), head) : -1;
        if (more < -1) {
            // "there will be 2,500 fewer soldiers in the Sahel"
            kind = Kind.REDUCTION;
            trigger = -more - 2;
            more = -1;
        }
        if (kind == null) {
            int r = hEnd;
            if (head >= 0 && head == q.last() + 1 && t.type[q.last()] == Tokens.DASH) {
                for (int n = 0; r < e && n < 6 && (t.type[r] == Tokens.DASH && !t.spaceBefore(r) // "German-led"
                        || t.type[r] == Tokens.WORD && !t.is(r, Cue.AUX | Cue.CHANGE)
                        && (t.wordIs(r, Cue.MODIFIER | Cue.UNIT | Cue.TROOP) || t.place(r) != null || unitName(r, n))
                        || isOrdinal(r)); n++) {
                    r = Math.max(r + 1, t.phraseEnd[r]);
                }
            }
            boolean aux = false;
            for (int n = 0; r < e && n < 8; n++) {
                if (t.type[r] == Tokens.COMMA && n < 3) {
                    r++;
                    continue;
                }
                int relativeVerb = n == 0 && objectRelative(r) ? verbAfterAux(r + 1, e) : -1;
                if (relativeVerb >= 0) {
                    // "on top of the roughly 11,000 it dispatched last fall", "some of the 9,500 troops he is
                    // pulling out of Germany": the relative clause's verb
                    trigger = relativeVerb;
                    rightSide = true;
                    kind = changeKind(relativeVerb, mentions);
                    break;
                }
                if (r + 1 < e && adverb(r) && t.type[r + 1] == Tokens.WORD && t.wordIs(r + 1, Cue.CHANGE | Cue.AUX)) {
                    r++; // "were quietly withdrawn", "will gradually be reduced"
                    continue;
                }
                Word w = t.phrase[r];
                if (w == null || t.type[r] != Tokens.WORD) {
                    int skip = w == null && t.type[r] == Tokens.WORD && agentParticiple(r) ? skipAside(r, e) : r;
                    if (skip > r) {
                        r = skip; // "Some 800 British troops, backed by tanks, are being deployed to Estonia"
                        continue;
                    }
                    break;
                }
                if (r + 2 < e && goingTo(r)) {
                    // "with around 5,000 going to Guam": going to a place, not the future of a verb
                    trigger = r;
                    rightSide = true;
                    kind = Kind.INCREASE;
                    break;
                }
                int after = Math.max(r + 1, t.phraseEnd[r]);
                if (w.is(Cue.LEAVE) && !w.is(Cue.LEVEL_AFTER) && aux && after < e && t.place(after) != null
                        && t.place(after).canHost()) {
                    // "about 75 US special forces soldiers will leave Chad": a departure, not what stays
                    trigger = r;
                    rightSide = true;
                    kind = Kind.REDUCTION;
                    break;
                }
                if (w.is(Cue.CHANGE)) {
                    // "where it has 2,400 soldiers deployed under Operation Barkhane": what "has" holds is a level
                    boolean had = pre >= s && (t.isKey(pre, "has") || t.isKey(pre, "have") || t.isKey(pre, "had"));
                    boolean placed = t.phraseEnd[r] >= e || levelPreposition(t.phraseEnd[r])
                            || t.type[t.phraseEnd[r]] != Tokens.WORD || isStationed(r) || had;
                    int away = w.is(Cue.LEVEL_AFTER) && placed ? orderedAway(pre, s, t.phraseEnd[r], e) : -1;
                    int main = w.is(Cue.LEVEL_AFTER) && placed ? mainChangeAfter(t.phraseEnd[r], e) : -1;
                    if (main >= 0) {
                        // "All 2,500 U.S. troops remaining in Afghanistan will be withdrawn": the clause's own verb
                        trigger = main;
                        rightSide = true;
                        kind = changeKind(main, mentions);
                    } else if (away >= 0) {
                        // "ordered the 1,000 French troops based in the country to leave"
                        trigger = away;
                        rightSide = true;
                        kind = Kind.REDUCTION;
                    } else if (w.is(Cue.LEVEL_AFTER) && placed && !proposedBetween(hEnd, r)) {
                        kind = Kind.LEVEL;
                    } else if (w.is(Cue.LEVEL_AFTER) && aux && onlyPresentAux(hEnd, r)) {
                        kind = Kind.LEVEL;
                    } else if (w.is(Cue.LEVEL_AFTER) && !aux && definite(f, s) && staysLater(t.phraseEnd[r], e)) {
                        // "the 700 Dutch soldiers deployed to Lithuania last year will stay on": a known unit kept
                        kind = Kind.LEVEL;
                    } else {
                        trigger = r;
                        rightSide = true;
                        // "The 1,000-member contingent will grow to 4,800": the size it changes from is a level
                        kind = toFollows(Math.max(r + 1, t.phraseEnd[r]), e) && !t.isKey(Math.max(r + 1, t.phraseEnd[r]) - 1, "by")
                                ? Kind.LEVEL : changeKind(r, mentions);
                    }
                    break;
                }
                if (putsOnTheGround(pre, s, r)) {
                    // "to put 1,000 soldiers on the ground": where a move puts them, not a standing level
                    kind = Kind.INCREASE;
                    trigger = t.phraseBackStart[pre];
                    break;
                }
                if (w.is(Cue.LEVEL_AFTER) && !w.is(Cue.AUX) || w.is(Cue.LEAVE)) {
                    int main = definite(f, s) ? mainChangeAfter(Math.max(r + 1, t.phraseEnd[r]), e) : -1;
                    if (main >= 0) {
                        trigger = main;
                        rightSide = true;
                        kind = changeKind(main, mentions);
                    } else {
                        kind = whole ? null : Kind.LEVEL;
                    }
                    break;
                }
                if (w.is(Cue.AUX) || w.is(Cue.LEVEL_AFTER) || w.is(Cue.PROPOSE) || w.is(Cue.PERFECT)) {
                    aux |= w.is(Cue.AUX) || w.is(Cue.PROPOSE) || w.is(Cue.PERFECT);
                    r = Math.max(r + 1, t.phraseEnd[r]);
                    continue;
                }
                if (aux && r + 2 < e && t.isKey(r, "so") && t.isKey(r + 1, "far")) {
                    r += 2; // "have so far arrived": an adverb between the auxiliary and its verb
                    continue;
                }
                int skip = skipAside(r, e);
                if (skip > r) {
                    r = skip;
                    continue;
                }
                break;
            }
        }
        if (kind == null) {
            int b = pre;
            for (int n = 0; b >= s && n < 12; n++) {
                if (t.type[b] == Tokens.CLAUSE || t.type[b] == Tokens.END || t.type[b] == Tokens.QUOTE) {
                    break;
                }
                if (t.isKey(b, "with") && b - 1 >= s && t.type[b - 1] == Tokens.COMMA) {
                    // "arrived in Vilnius, with the full 4,800-strong force due by 2027": the absolute phrase's own
                    break;
                }
                Word w = t.phraseBack[b];
                if (w != null && t.type[b] == Tokens.WORD) {
                    if (w.is(Cue.CHANGE) && modifiesTroops(b) && b != pre) {
                        b = t.phraseBackStart[b] - 1;
                        continue;
                    }
                    if (w.is(Cue.CHANGE) && !(w.is(Cue.LEAVE) && !w.is(Cue.REDUCE))) {
                        trigger = t.phraseBackStart[b];
                        kind = changeKind(trigger, mentions);
                        break;
                    }
                    if (w.is(Cue.LEVEL_BEFORE) || w.is(Cue.LEAVE)) {
                        kind = Kind.LEVEL;
                        if (w.is(Cue.LEAVE)) {
                            trigger = t.phraseBackStart[b];
                        }
                        break;
                    }
                }
                b = t.phraseBackStart[b] - 1;
            }
        }
        if (kind == null) {
            for (int m = q.last(); m < Math.max(q.last(), head); m++) {
                if (t.wordIs(m, Cue.INCREASE) && t.wordIs(m, Cue.MODIFIER)) {
                    kind = Kind.INCREASE;
                    trigger = m;
                    break;
                }
            }
        }
        if (kind == Kind.INCREASE && trigger >= 0 && !rightSide && isStationed(trigger) && (since(hEnd, e)
                || trigger - 1 >= s && (t.isKey(trigger - 1, "has") || t.isKey(trigger - 1, "have")))) {
            // "has stationed about 30,000 troops in Belarus": a standing presence (A/C convention)
            kind = Kind.LEVEL;
            trigger = -1;
        }
        if (kind == Kind.INCREASE && trigger >= 0 && trigger < f - 3 && !rightSide && definite(f, s)
                && hasBeenSince(hEnd, e)) {
            // "complements the roughly 1,600-strong NATO battlegroup that has been in the country since 2017"
            kind = Kind.LEVEL;
            trigger = -1;
        }
        if ((kind == null || (kind == Kind.LEVEL && trigger < 0 && !rightSide)) && more < 0) {
            // "Poland will host an additional 3,000 US troops", "will receive a further 1,000"
            for (int m = f - 1; m >= Math.max(s, f - 2); m--) {
                if (t.isKey(m, "additional") || t.isKey(m, "further") || t.isKey(m, "extra")) {
                    more = m;
                    break;
                }
            }
        }
        if (more >= 0 && kind != Kind.INCREASE) {
            kind = Kind.INCREASE;
            if (trigger < 0) {
                trigger = more;
            }
        }
        if (kind == null) {
            kind = Kind.LEVEL;
        }
        if (!rightSide && trigger >= 0 && trigger < f && kind != Kind.LEVEL && nextQ < e && nextQ - hEnd <= 8
                && !t.isYear(nextQ)) {
            // "trim its 28,500-strong garrison in Korea by around 4,500": the figure is what the change starts from
            int b = nextQ - 1;
            while (b > hEnd && t.type[b] == Tokens.WORD && t.wordIs(b, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO)) {
                b--;
            }
            if (b >= hEnd && t.isKey(b, "by")) {
                kind = Kind.LEVEL;
                trigger = -1;
            }
        }
        if (kind != Kind.LEVEL && trigger >= 0 && head >= 0 && (t.isKey(head, "strong") || t.isKey(head, "member")
                || t.isKey(head, "man")) && resizes(trigger) && (rightSide || trigger < f)) {
            // "a plan to shrink the 40,000-strong garrison", "the 36,000-strong contingent will not shrink":
            // the size of the unit resized, not the change
            kind = Kind.LEVEL;
            trigger = -1;
        }
        Stance stance = trigger < 0 ? Stance.REPORTED : relative >= 0 && (t.isKey(hEnd, "who") || t.isKey(hEnd, "that"))
                ? stance(trigger, true, hEnd, hEnd + 1, hEnd, e)
                : stance(trigger, rightSide, f, hEnd, s, e);
        if (stance == Stance.REPORTED && trigger >= 0 && t.word[trigger] != null && t.word[trigger].key.endsWith("ing")) {
            stance = participleStance(trigger, f, hEnd, s, e, out);
        }
        boolean changeLevel = kind == Kind.LEVEL && trigger >= 0 && t.phrase[trigger] != null
                && t.phrase[trigger].is(Cue.CHANGE);
        previousLevel = changeLevel ? trigger : -1;
        previousEnd = hEnd;
        if (stance == Stance.COMPLETED && trigger >= 0 && t.phrase[trigger] != null
                && t.phrase[trigger].is(Cue.LEAVE) && !t.phrase[trigger].is(Cue.CHANGE)) {
            stance = Stance.REPORTED;
        }
        if (trigger >= 0 && qualifier == Qualifier.EXACT && kind == Kind.LEVEL && isCap(trigger)) {
            qualifier = Qualifier.UP_TO;
        }
        if (trigger < 0 && kind == Kind.LEVEL) {
            stance = standingLevelStance(stance, f, pre, s);
        }

        Draft elided = elidedFrom(head, rightSide, f, s, out);
        if (elided != null) {
            // "28,500 soldiers are stationed in South Korea and around 54,000 in Japan": the verb is shared
            kind = elided.kind;
            stance = elided.stance;
            if (qualifier == Qualifier.EXACT && elided.qualifier == Qualifier.APPROXIMATE) {
                qualifier = Qualifier.APPROXIMATE; // "about 2,500 troops in Iraq and 900 in Syria"
            }
        }
        boolean weakHost = false;
        // drafts come in text order: the last one is the latest earlier figure
        int earlierFigure = !out.isEmpty() && out.get(out.size() - 1).token >= s && out.get(out.size() - 1).token < f
                ? out.get(out.size() - 1).token : -1;
        // host(s)
        List<String> hosts = new ArrayList<>();
        String borderWith = null;
        Mention bracketed = bracketed(f, s, mentions);
        // "Spain and Italy will send 200 and 400 troops respectively to ...": the list's host comes after its last figure
        Mention chosen = respective != null ? respective
                : bracketed != null && bracketed.place().canHost() && hostInList(bracketed, mentions) ? bracketed
                : chooseHost(kind, f, hEnd, respectiveForce != null ? e : nextQ, s, e, mentions);
        chosen = refineHost(chosen, kind, f, pre, s, e, mentions);
        if (chosen != null && chosen.role() == Mention.FROM && trigger >= 0 && kind != Kind.LEVEL
                && movedWithin(chosen, trigger, e, mentions)) {
            // "the 28,500 troops have now moved from Seoul's Yongsan garrison to Camp Humphreys": still there
            kind = Kind.LEVEL;
            stance = Stance.REPORTED;
        }
        if (chosen != null && chosen.role() == Mention.FROM && isRelocation(trigger, kind)) {
            // "11,900 troops will leave Germany, and about 5,600 of them will move to other NATO countries"
            kind = Kind.REDUCTION;
        }
        List<Mention> each = eachHosts(f, hEnd, s, e, mentions);
        if (respective == null && each.size() > 1) {
            for (Mention m : each) {
                hosts.add(m.place().name());
            }
        } else if (chosen != null) {
            if (chosen.border() && chosen.place().type() != Place.Type.REGION) {
                borderWith = chosen.place().name();
                hosts.add(null);
            } else {
                // a host paired "respectively" with its own figure keeps its own name, even in a Baltic list
                hosts.add(chosen == respective && chosen.place().type() == Place.Type.COUNTRY
                        ? chosen.place().name() : hostName(chosen, mentions));
            }
        } else {
            hosts.add(null);
        }
        Mention movedTo = null;
        if (kind == Kind.INCREASE && isRelocation(trigger, kind)) {
            for (Mention m : mentions) {
                String origin = m.place().host();
                if (origin == null && m.role() == Mention.FROM && m.index() == hEnd + 1 && chosen != null
                        && chosen.index() > m.index() && m.place().type() == Place.Type.COUNTRY) {
                    // "some 200 U.S. troops from Osan Air Base were redeployed to the Middle East": moved away
                    origin = hostName(m, mentions);
                }
                if (origin == null && m.role() == Mention.IN && hEnd < e && t.wordIs(hEnd, Cue.LEVEL_AFTER)
                        && m.index() > hEnd && m.index() <= hEnd + 3 && m.index() < trigger && chosen != null
                        && chosen.index() > trigger && m.place().canHost()) {
                    // "About 100 U.S. Marines stationed in Okinawa have started moving to Guam": moved away
                    origin = hostName(m, mentions);
                    movedTo = chosen;
                }
                if (origin != null && hosts.size() == 1 && !origin.equals(hosts.get(0))) {
                    movedTo = movedTo != null ? movedTo
                            : m.role() == Mention.FROM && chosen != null && chosen.index() > m.index() ? chosen : null;
                    kind = Kind.REDUCTION;
                    hosts.set(0, origin);
                    break;
                }
            }
        }
        String force = respectiveForce != null ? respectiveForce
                : bracketed != null && bracketed != chosen && bracketed.place().canAct() ? bracketed.place().force()
                : force(q, head, hEnd, s, mentions, hosts.get(0));
        if (hosts.size() == 1 && hosts.get(0) != null && borderWith == null && force != null
                && new Place(hosts.get(0), Place.Type.COUNTRY).force().equals(force) && borderInSentence(s, e)) {
            // "Russian troops have massed across the border in Belgorod, Kyiv says": the other side is named elsewhere
            for (Mention m : mentions) {
                if (m.place().type() == Place.Type.COUNTRY && !m.place().force().equals(force)) {
                    borderWith = m.place().name();
                    hosts.set(0, null);
                    break;
                }
            }
        }
        Draft earlier = sameMove(kind, s, out);
        if (hosts.size() == 1 && hosts.get(0) == null && borderWith == null && earlier != null) {
            // "has dispatched some 1,500 troops to Russia's Far East, ... is expected to send a total of 12,000"
            hosts.set(0, earlier.location);
        }
        if (hosts.size() == 1 && hosts.get(0) == null && borderWith == null
                && (bracketed == null || !bracketed.place().canAct())) {
            impliedWeak = false;
            hosts.set(0, impliedHost(mentions, force, kind, f));
            weakHost = hosts.get(0) != null && impliedWeak;
            if (hosts.get(0) != null && force != null && borderInSentence(s, e)
                    && !new Place(hosts.get(0), Place.Type.COUNTRY).force().equals(force)) {
                // "Russian troops have been deployed along its border", said by Ukrainian officials
                borderWith = hosts.get(0);
                hosts.set(0, null);
                weakHost = false;
            }
        }
        if (force == null && borderWith != null && hosts.size() == 1 && hosts.get(0) == null) {
            // "WARSAW (PAP) — About 10,000 soldiers are now deployed on the border with Belarus": the dateline's own
            Mention line = mentions.isEmpty() ? null : mentions.get(0);
            if (line != null && line.index() == s && line.role() == Mention.IN && line.place().type() == Place.Type.COUNTRY
                    && !line.place().name().equals(borderWith)) {
                force = line.place().force();
            }
        }
        Draft added = addedTo(f, s, out);
        if (added != null && added.location != null && hosts.size() == 1) {
            // "sent about 3,000 more troops to Russia, on top of the roughly 11,000 it dispatched last fall"
            hosts.set(0, added.location);
            borderWith = added.borderWith;
            weakHost = added.weakHost;
            force = added.force != null ? added.force : force;
        }
        List<Draft> compared = comparedWith(f, s, out);
        if (!compared.isEmpty() && hosts.size() == 1) {
            // "more than 100,000 U.S. troops in Europe, up from about 80,000 before ... , told reporters in Madrid":
            // the figure a level is compared with is the same force in the same host (or hosts: "100 each in A and B")
            kind = Kind.LEVEL;
            hosts.clear();
            compared.forEach(c -> hosts.add(c.location));
            borderWith = compared.get(0).borderWith;
            weakHost = compared.get(0).weakHost;
            force = compared.get(0).force != null ? compared.get(0).force : force;
        }
        if (chosen != null && (combined(chosen, e) || spread(chosen, mentions) && !eachNear(f, hEnd, s, e) && respective == null)
                && !"Baltic states".equals(hosts.get(0)) && chosen.place().type() != Place.Type.REGION) {
            // ("600 paratroopers were deployed to Poland, Estonia, Latvia and Lithuania": spread over four, no one host)
            spreadOut = true;
            // "in Niger and Mali combined": no one host; the three Baltic states, or a region, together are one
            return;
        }
        if (barred && kind == Kind.LEVEL) {
            stance = Stance.PROPOSED;
        }
        if (kind == Kind.LEVEL) {
            stance = levelStance(stance, f, q.last(), hEnd, s, e);
        }
        if (kind == Kind.INCREASE && atPeak(f, s)) {
            kind = Kind.LEVEL; // "At the height of the 2010-11 surge, roughly 100,000 U.S. troops were in Afghanistan"
        }
        if (head >= 0 && numberSent(q.last(), head, hEnd, e)) {
            // "brings to about 14,000 the number of U.S. forces sent to the region since May": a count of arrivals
            kind = Kind.INCREASE;
            stance = Stance.COMPLETED;
        }
        Integer year = stance == Stance.COMPLETED || stance == Stance.REPORTED ? eventYear(s, e, f, hEnd) : null;
        if (respective == null && addBorderSides(q, kind, qualifier, stance, year, hEnd, s, e, mentions, out)) {
            return;
        }
        // "Britain and Canada will each deploy 1,000 soldiers to Latvia and Estonia respectively"
        List<String> forces = respective == null && respectiveForce == null && each.size() > 1
                && hosts.size() == each.size() && respectivelyAfter(hEnd, e)
                ? respectiveForces(mentions, f, hosts.size()) : List.of();
        for (int h = 0; h < hosts.size(); h++) {
            String host = hosts.get(h);
            Draft d = new Draft();
            d.quantity = q.value();
            d.kind = kind;
            d.qualifier = qualifier;
            d.force = forces.size() == hosts.size() ? forces.get(h) : force;
            d.location = host;
            d.borderWith = borderWith;
            d.stance = stance;
            d.eventYear = year;
            d.token = f;
            // "about 9,000 Marines are to leave Okinawa. Roughly 4,000 of them will go to Guam": a part of troops
            // named before, going somewhere, moves away from the article's host
            d.relocation = isRelocation(trigger, kind) || (kind == Kind.INCREASE && (partOfThem(head)
                    || (elided != null && elided.relocation)));
            d.sourceForce = lastSource;
            d.hostless = host == null && bracketed != null && bracketed.place().canAct() && bracketed != chosen;
            d.weakHost = weakHost || (chosen != null && respective == null && chosen != bracketed && !chosen.locative()
                    && chosen.place().type() != Place.Type.ANAPHOR && host != null
                    && host.equals(chosen.place().name()) && !hostVerbAfter(chosen.end(), e));
            out.add(d);
        }
        // (an origin named before an earlier figure of the sentence is that figure's: "moved 3,600 soldiers from
        // South Korea to Iraq, part of a plan to cut U.S. Forces Korea by 12,500 troops")
        Mention destination = movedTo != null && hostName(movedTo, mentions) != null
                ? movedTo : chosen != null && chosen.index() < earlierFigure || partOf(f, s) ? null
                : destination(chosen, trigger, kind, hosts, nextQ, e, mentions);
        // ("some of the 9,500 troops he is pulling out of Germany could be moved to Poland": an untold part goes)
        if (destination != null) {
            // "moving 4,500 troops from South Korea to Guam": an increase where they go as well
            out.add(arrival(q, qualifier, force, hostName(destination, mentions), stance, year));
        }
    }

    private Draft arrival(Quantity q, Qualifier qualifier, String force, String location, Stance stance, Integer year) {
        Draft d = new Draft();
        d.quantity = q.value();
        d.kind = Kind.INCREASE;
        d.qualifier = qualifier;
        d.force = force;
        d.location = location;
        d.stance = stance;
        d.eventYear = year;
        d.token = q.first();
        d.sourceForce = lastSource;
        return d;
    }

    /**
     * The one host troops relocated from {@code origin} go to ("from Germany to Poland", "From Germany,
     * Shift Them To Poland"), or null: none named, several ("to Guam and Hawaii"), or not a move.
     */
    private Mention destination(Mention origin, int trigger, Kind kind, List<String> hosts, int nextQ, int e,
                                List<Mention> mentions) {
        boolean shiftedFromIn = origin != null && origin.role() == Mention.IN && trigger >= 0 && trigger < origin.index()
                && t.phrase[trigger] != null && t.phrase[trigger].is(Cue.RELOCATE);
        if (kind != Kind.REDUCTION || origin == null || origin.role() != Mention.FROM && !shiftedFromIn
                || hosts.size() != 1 || hosts.get(0) == null) {
            // ("shift a squadron of about 1,000 troops already in Germany to Romania": where they are, then go)
            return null;
        }
        boolean moving = trigger >= 0 && t.phrase[trigger] != null && t.phrase[trigger].is(Cue.RELOCATE);
        Mention dest = null;
        int limit = nextQ > origin.end() ? Math.min(e, nextQ) : e; // (a figure before the origin bounds nothing)
        for (Mention m : mentions) {
            if (m.index() <= origin.index() || m.index() >= limit) {
                continue;
            }
            if (dest != null) {
                if (listed(dest, m) && m.place().canHost()) {
                    return null;
                }
                break;
            }
            boolean purpose = m.role() == Mention.IN && reinforceBetween(origin.end(), m.index());
            moving |= purpose;
            if ((m.role() == Mention.TO || purpose || m.role() == Mention.IN && toNameBetween(origin.end(), m.index()))
                    && m.place().canHost() && m.place().type() != Place.Type.ANAPHOR) {
                dest = m;
            }
        }
        for (Mention m : mentions) {
            if (dest == null && m.role() == Mention.TO && m.end() == origin.index() - 1 && m.place().canHost()
                    && m.place().type() != Place.Type.ANAPHOR) {
                dest = m; // "move 1,000 troops to Poland from Germany"
            }
        }
        if (dest == null) {
            return null;
        }
        for (int k = origin.end(); k < dest.index(); k++) {
            if (t.type[k] == Tokens.WORD && t.wordIs(k, Cue.PART) && !t.isKey(k, "all") && !t.isKey(k, "one")) {
                return null; // "with some of them repositioned to Poland": an untold part goes there
            }
        }
        for (int k = Math.max(0, origin.index() - 12); k < dest.index() && !moving; k++) {
            moving = t.type[k] == Tokens.WORD && t.wordIs(k, Cue.RELOCATE);
        }
        if (dest.end() < e && (t.isKey(dest.end(), "war") || t.isKey(dest.end(), "conflict")
                || t.isKey(dest.end(), "campaign"))) {
            // "shifted nearly 10,000 troops from South Korea to the Iraq war": a war, not a host
            return null;
        }
        String name = hostName(dest, mentions);
        return moving && name != null && !name.equals(hosts.get(0)) ? dest : null;
    }

    /**
     * Skips an aside between a troop noun and its verb: "in Mali", "and sailors", "from the 173rd
     * Airborne Brigade". Returns r when there is none.
     */
    private int skipAside(int r, int e) {
        if (r >= e) {
            return r;
        }
        int by = r + 1 < e && t.isKey(r + 1, "by") && agentParticiple(r) ? r + 1
                : r >= 1 && t.isKey(r, "by") && agentParticiple(r - 1) ? r : -1;
        if (by > 0) {
            // "A 7,000-man ECOWAS force led by Senegal and backed by Nigerian jets entered The Gambia"
            for (int c = by + 1; c < Math.min(e, by + 13); c++) {
                if (t.type[c] == Tokens.END || t.type[c] == Tokens.CLAUSE) {
                    break;
                }
                if (t.type[c] == Tokens.WORD && t.wordIs(c, Cue.CHANGE | Cue.AUX) && !(c + 1 < e && t.isKey(c + 1, "by"))
                        && !t.isKey(c, "and")) {
                    return c;
                }
            }
        }
        if (r > 0 && t.type[r - 1] == Tokens.COMMA) {
            // "The 2,000 Marines, part of a 7,000-strong task force, arrived in Kuwait"
            for (int c = r + 1; c < Math.min(e, r + 10); c++) {
                if (t.type[c] == Tokens.END || t.type[c] == Tokens.CLAUSE) {
                    break;
                }
                if (t.type[c] == Tokens.COMMA) {
                    if (c + 1 < e && t.type[c + 1] == Tokens.WORD && (t.is(c + 1, Cue.CHANGE) || t.wordIs(c + 1, Cue.AUX))
                            && !t.wordIs(c + 1, Cue.SAID)) {
                        return c + 1;
                    }
                    break;
                }
            }
        }
        if ((t.isKey(r, "in") || t.isKey(r, "on") || t.isKey(r, "at")) && r + 1 < e) {
            int k = r + 1;
            if (t.place(k) != null) {
                return Math.max(k + 1, t.phraseEnd[k]);
            }
            if (t.wordIs(k, Cue.GEO_ADJ) && k + 1 < e) {
                k++;
            }
            if (t.place(k) != null) {
                return Math.max(k + 1, t.phraseEnd[k]);
            }
        }
        if ((t.isKey(r, "and") || t.isKey(r, "or")) && r + 1 < e && t.is(r + 1, Cue.TROOP)) {
            return Math.max(r + 2, t.phraseEnd[r + 1]);
        }
        if (t.isKey(r, "and") && r + 2 < e && (t.isKey(r + 1, "their") || t.isKey(r + 1, "its"))
                && t.wordIs(r + 2, Cue.BLOCK_HEAD)) {
            return r + 3;
        }
        if (t.isKey(r, "from") || t.isKey(r, "of") || t.isKey(r, "with")) {
            int last = -1;
            for (int k = r + 1; k < Math.min(e, r + 14); k++) {
                if (t.type[k] != Tokens.WORD && t.type[k] != Tokens.NUMBER) {
                    break;
                }
                if (t.wordIs(k, Cue.UNIT) && !t.isKey(k, "number")) {
                    last = k;
                }
            }
            if (last > 0) {
                return last + 1;
            }
            int k = r + 1;
            if (k < e && t.isKey(k, "the")) {
                k++;
            }
            int named = k;
            while (!t.isKey(r, "with") && k < Math.min(e, r + 8)
                    && ((t.type[k] == Tokens.NUMBER && (t.numFlags[k] & Tokens.NUM_ORDINAL) != 0)
                    || (t.type[k] == Tokens.WORD && (Character.isUpperCase(t.firstChar(k)) || t.isKey(k, "'s"))))) {
                k++;
            }
            if (k > named && k < e && t.type[k] == Tokens.WORD && !Character.isUpperCase(t.firstChar(k))) {
                return k;
            }
        }
        return r;
    }

    /**
     * "ordered (asked, told) the ... troops stationed there to leave": an order whose object the
     * figure is and whose infinitive removes them. The removing word, or -1.
     */
    private int orderedAway(int pre, int s, int from, int e) {
        if (pre < s || t.type[pre] != Tokens.WORD || !(t.isKey(pre, "ordered") || t.isKey(pre, "orders")
                || t.isKey(pre, "order") || t.isKey(pre, "asked") || t.isKey(pre, "told") || t.isKey(pre, "demanded")
                || t.isKey(pre, "wants") || t.isKey(pre, "wanted"))) {
            return -1;
        }
        for (int k = from; k + 1 < Math.min(e, from + 10); k++) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END) {
                return -1;
            }
            if (t.isKey(k, "to") && t.type[k + 1] == Tokens.WORD && t.phrase[k + 1] != null
                    && t.phrase[k + 1].is(Cue.REDUCE)) {
                return k + 1;
            }
        }
        return -1;
    }

    private boolean barredBefore(int k, int s) {
        for (int b = k; b >= Math.max(s, k - 24); b--) {
            if (t.isKey(b, "bars") || t.isKey(b, "bar") || t.isKey(b, "barred") || t.isKey(b, "barring")
                    || t.isKey(b, "prohibits") || t.isKey(b, "prohibit") || t.isKey(b, "prohibited")
                    || t.isKey(b, "forbids") || t.isKey(b, "forbid") || t.isKey(b, "prevents") || t.isKey(b, "prevent")
                    || t.isKey(b, "blocks") || t.isKey(b, "block") || t.isKey(b, "banning") || t.isKey(b, "bans")) {
                return true;
            }
        }
        return false;
    }

    /** A move whose origin and destination lie in one host. */
    private boolean movedWithin(Mention origin, int trigger, int e, List<Mention> mentions) {
        if (t.phrase[trigger] == null || !t.phrase[trigger].is(Cue.RELOCATE) || t.phrase[trigger].is(Cue.REDUCE)) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.index() > origin.index() && m.index() < e && m.role() == Mention.TO) {
                return m.place().name().equals(origin.place().name()) && m.place().type() == Place.Type.COUNTRY;
            }
        }
        return false;
    }

    /** "from a peak of 1,000": the "from" before "a peak of", or -1. */
    private int peakFrom(int pre, int s) {
        int p = pre;
        if (p >= s && t.isKey(p, "of")) {
            p--;
        }
        if (p < s || !(t.isKey(p, "peak") || t.isKey(p, "high") || t.isKey(p, "total") || t.isKey(p, "level")
                || t.isKey(p, "strength"))) {
            return -1;
        }
        p--;
        if (p >= s && (t.isKey(p, "a") || t.isKey(p, "the") || t.isKey(p, "its"))) {
            p--;
        }
        return p >= s && t.isKey(p, "from") ? p : -1;
    }

    private boolean afterChange(int from, int e) {
        for (int k = from; k + 1 < Math.min(e, from + 8); k++) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END) {
                return false;
            }
            int c = k + 1 < e && t.isKey(k + 1, "the") ? k + 2 : k + 1;
            if (t.isKey(k, "after") && c < e && t.wordIs(c, Cue.REDUCE | Cue.INCREASE)) {
                // not another host's change: "remained in Chad after the withdrawal from Niger"
                return !(c + 1 < e && (t.isKey(c + 1, "from") || t.isKey(c + 1, "of") || t.isKey(c + 1, "in")));
            }
        }
        return false;
    }

    /** "4,500 at present", "4,500 currently": the figure is the standing level. */
    private boolean presentLevel(int j, int e) {
        if (j < e && (t.isKey(j, "currently") || t.isKey(j, "today") || t.isKey(j, "now") && (j + 1 >= e
                || t.type[j + 1] != Tokens.WORD || t.wordIs(j + 1, Cue.SAID)))) {
            return true; // ("to 2,200 troops from about 1,000 now, ...": the present size)
        }
        return j + 1 < e && t.isKey(j, "at") && t.isKey(j + 1, "present");
    }

    /** Headline future: "US to pull 12,000 troops", "Britain to send ...". */
    private boolean headlineFuture(int k, int s) {
        return k - 2 >= s && t.isKey(k - 1, "to") && (t.place(t.phraseBackStart[k - 2]) != null
                || t.isKey(k - 2, "is") || t.isKey(k - 2, "are"));
    }

    private boolean isCap(int k) {
        return t.isKey(k, "cap") || t.isKey(k, "caps") || t.isKey(k, "capped") || t.isKey(k, "capping")
                || t.isKey(k, "limit") || t.isKey(k, "limits") || t.isKey(k, "limited") || t.isKey(k, "limiting");
    }

    /** "forward-deployed U.S. forces", "stationed troops": a participle describing troops, not a change. */
    private boolean modifiesTroops(int b) {
        if (!(t.is(b, Cue.PAST) || t.wordIs(b, Cue.PAST) || t.wordIs(b, Cue.LEVEL_AFTER))) {
            return false;
        }
        int k = t.phraseEnd[b];
        for (int n = 0; k < t.size && n < 3; n++) {
            if (t.is(k, Cue.TROOP)) {
                return true;
            }
            if (t.place(k) == null && !t.wordIs(k, Cue.MODIFIER)) {
                return false;
            }
            k = Math.max(k + 1, t.phraseEnd[k]);
        }
        return false;
    }

    private Qualifier postQualifier(int f, int j, int e) {
        if (t.start[f] > 0 && t.chars[t.start[f] - 1] == '~') {
            return Qualifier.APPROXIMATE; // "pulling ~4.5k of the 28.5k"
        }
        if (j + 2 < e && t.type[j] == Tokens.DASH && !t.spaceBefore(j) && t.wordIs(j + 1, Cue.SUFFIX_HEAD)
                && (t.isKey(j + 2, "ceiling") || t.isKey(j + 2, "cap") || t.isKey(j + 2, "limit"))) {
            return Qualifier.UP_TO; // "a 1,400-man ceiling"
        }
        int k = j;
        if (k < e && t.type[k] == Tokens.DASH && !t.spaceBefore(k)) {
            k++;
        }
        if (k < e && t.type[k] == Tokens.WORD) {
            if (t.isKey(k, "plus") || (t.phrase[k] != null && t.phrase[k].key.equals("or more"))) {
                return Qualifier.MORE_THAN;
            }
            if (t.isKey(k, "odd") || (t.phrase[k] != null && t.phrase[k].key.equals("or so"))) {
                return Qualifier.APPROXIMATE;
            }
        }
        return Qualifier.EXACT;
    }

    /** The token before f, skipping hedges and determiners (for "from", "by", "to"). */
    private int preceding(int f, int s) {
        int k = f - 1;
        int steps = 0;
        while (k >= s && steps < 5 && t.type[k] == Tokens.WORD && t.phraseBack[k] != null
                && t.phraseBack[k].is(Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO | Cue.DETERMINER)
                && !t.isKey(k, "by") && !t.isKey(k, "of")) {
            k = t.phraseBackStart[k] - 1;
            steps++;
        }
        return k;
    }

    /** "how many of the 2,500 troops", "any of the 28,500": the figure is the whole, a level. */
    private boolean partOf(int f, int s) {
        int k = f - 1;
        while (k >= s && (t.isKey(k, "the") || t.isKey(k, "its") || t.isKey(k, "their") || t.isKey(k, "our")
                || t.type[k] == Tokens.WORD && t.wordIs(k, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO))) {
            k--; // "most of its roughly 700 troops"
        }
        return k - 1 >= s && t.isKey(k, "of") && t.type[k - 1] == Tokens.WORD
                && t.wordIs(k - 1, Cue.PART) && (k == f - 1 || !t.wordIs(f - 1, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO)
                || !(t.isKey(k - 1, "all") || t.isKey(k - 1, "any")));
    }

    /** "drop to 3,000 from 5,200": a "to" and a figure just before "from". */
    /** The change verb right after a relative clause ends: ", was fully withdrawn" → "withdrawn", else -1. */
    private int changeAfterClause(int hEnd, int e) {
        int k = hEnd;
        while (k < e && k < hEnd + 3 && t.type[k] != Tokens.COMMA) {
            k++;
        }
        if (k >= e || t.type[k] != Tokens.COMMA) {
            return -1;
        }
        for (int n = 0, c = k + 1; c < e && n < 4; n++, c++) {
            if (t.type[c] != Tokens.WORD) {
                return -1;
            }
            if (t.phrase[c] != null && t.phrase[c].is(Cue.REDUCE | Cue.INCREASE) && !t.phrase[c].is(Cue.LEAVE)
                    && !t.wordIs(c, Cue.LEVEL_AFTER)) {
                return c;
            }
            if (!t.wordIs(c, Cue.AUX) && !(t.word[c] != null && t.word[c].key.endsWith("ly"))) {
                return -1;
            }
        }
        return -1;
    }

    /** A modal verb after a participle phrase: "troops leaving Germany would be moved". */
    private boolean modalAfterParticiple(int participle, int e) {
        for (int k = participle + 1; k < Math.min(e, participle + 6); k++) {
            if (t.type[k] != Tokens.WORD) {
                return false;
            }
            if (t.wordIs(k, Cue.AUX) && t.wordIs(k, Cue.PROPOSE)) {
                return true;
            }
        }
        return false;
    }

    /** "from about 3,000 to": a figure after "from" right before this "to". */
    private boolean fromPrecedes(int to, int s) {
        for (int k = to - 1; k >= Math.max(s, to - 4); k--) {
            if (t.isKey(k, "from")) {
                return t.type[to - 1] == Tokens.NUMBER;
            }
        }
        return false;
    }

    private boolean toPrecedes(int from, int s) {
        for (int k = from - 1; k >= Math.max(s, from - 4); k--) {
            if (t.isKey(k, "to") && k + 1 < from && NumberReader.startsQuantity(t, k + 1, from)) {
                return true;
            }
        }
        return false;
    }

    private boolean toFollows(int from, int e) {
        for (int k = from; k < Math.min(e, from + 4); k++) {
            if (t.isKey(k, "to") && k + 1 < e && (NumberReader.startsQuantity(t, k + 1, e) || t.isKey(k + 1, "between"))) {
                return true;
            }
            if (t.isKey(k, "to") && k + 2 < e && t.phraseBack[k + 1] != null
                    && t.phraseBack[k + 1].is(Cue.APPROX | Cue.UP_TO | Cue.MORE_THAN)) {
                return true;
            }
        }
        return false;
    }

    private boolean levelPreposition(int k) {
        return t.isKey(k, "in") || t.isKey(k, "on") || t.isKey(k, "at") || t.isKey(k, "across")
                || t.isKey(k, "throughout") || t.isKey(k, "inside") || t.isKey(k, "there") || t.isKey(k, "here")
                || t.isKey(k, "abroad") || t.isKey(k, "overseas") || t.isKey(k, "nearby") || t.isKey(k, "near")
                || t.isKey(k, "permanently") || t.isKey(k, "along");
    }

    private boolean isStationed(int k) {
        return t.isKey(k, "stationed") || t.isKey(k, "based") || t.isKey(k, "garrisoned") || t.isKey(k, "posted")
                || t.isKey(k, "positioned") || t.isKey(k, "headquartered");
    }

    /** "has stationed 1,000 troops in Estonia since 2017": a standing presence, not a move. */
    /** "no more than 1,000 troops": a hedge, not a denial. */
    private boolean comparative(int k) {
        return k + 1 < t.size && t.isKey(k, "no") && (t.isKey(k + 1, "more") || t.isKey(k + 1, "fewer")
                || t.isKey(k + 1, "less"));
    }

    /** An increase verb or "put" right before the figure, "on the ground" right after its noun. */
    private boolean putsOnTheGround(int pre, int s, int r) {
        return pre >= s && t.type[pre] == Tokens.WORD && (t.isKey(pre, "put") || t.isKey(pre, "puts")
                || t.isKey(pre, "putting") || t.phraseBack[pre] != null && t.phraseBack[pre].is(Cue.INCREASE)
                && !t.phraseBack[pre].is(Cue.LEVEL_AFTER)) && t.phrase[r] != null && t.phrase[r].key.equals("on the ground");
    }

    /** The clause's own verb, later on, says the unit stays where it is. */
    /**
     * "an additional 1,500 troops", "2,000 more soldiers": the word that makes a figure an addition, or -1;
     * "2,500 fewer soldiers": -2 - the word's token.
     */
    private int moreWord(int pre, int f, int s, int last, int head) {
        int more = -1;
        for (int m = Math.max(s, pre + 1); m < f; m++) {
            if (t.isKey(m, "additional") || t.isKey(m, "extra") || t.isKey(m, "further") || t.isKey(m, "fresh")) {
                more = m;
            }
        }
        for (int m = last; more < 0 && m < Math.min(last + 2, Math.max(last, head)); m++) {
            if (t.isKey(m, "more") || t.isKey(m, "additional") || t.isKey(m, "extra") || t.isKey(m, "new")
                    || t.isKey(m, "fresh")) {
                return m;
            }
            if (t.isKey(m, "fewer") || t.isKey(m, "less")) {
                return -2 - m;
            }
        }
        return more;
    }

    /** "about 12,000 and 3,200 ... respectively", "roughly 1,200, 1,500 and 1,700": the list's hedge, or exact. */
    private Qualifier listHedge(int k, int s) {
        if (k - 1 < s || !(t.isKey(k, "and") || t.isKey(k, "or") || t.type[k] == Tokens.COMMA)
                || t.type[k - 1] != Tokens.NUMBER) {
            return Qualifier.EXACT;
        }
        int h = k - 1;
        // back over the list "1,200, 1,500 and": numbers, commas, and a conjunction after a number
        while (h >= s && (t.type[h] == Tokens.NUMBER || t.type[h] == Tokens.COMMA
                || (h - 1 >= s && t.type[h - 1] == Tokens.NUMBER && (t.isKey(h, "and") || t.isKey(h, "or"))))) {
            h--;
        }
        if (h >= s && t.type[h] == Tokens.WORD && t.phraseBack[h] != null) {
            Word hedge = t.phraseBack[h];
            if (hedge.is(Cue.APPROX) && !hedge.is(Cue.UP_TO | Cue.MORE_THAN)) {
                return Qualifier.APPROXIMATE;
            } else if (hedge.is(Cue.MORE_THAN) && !hedge.is(Cue.APPROX | Cue.UP_TO)) {
                return Qualifier.MORE_THAN; // "over 13,500 and 10,000 ... respectively"
            }
        }
        return Qualifier.EXACT;
    }

    /** A participle's stance from its clause: the modal after it, or the past of the change before it. */
    private Stance participleStance(int trigger, int f, int hEnd, int s, int e, List<Draft> out) {
        if (trigger == hEnd && modalAfterParticiple(trigger, e)) {
            // "1,000 of the troops leaving Germany would be moved to Poland": the clause's modal, not the participle
            return Stance.PROPOSED;
        }
        if (trigger > s && trigger < f && t.type[trigger - 1] == Tokens.COMMA && !out.isEmpty()
                && out.get(out.size() - 1).token >= s && out.get(out.size() - 1).token < trigger
                && out.get(out.size() - 1).stance == Stance.COMPLETED) {
            // "Italy added 300 soldiers in May, boosting its force there to 1,100": the participle shares the past
            return Stance.COMPLETED;
        }
        return Stance.REPORTED;
    }

    /** The stance of a standing level no change word governs: denied, planned, capped or a headline's future. */
    private Stance standingLevelStance(Stance stance, int f, int pre, int s) {
            {
                // "the Kremlin denied it had massed 100,000 soldiers near the border"
                for (int d = f - 1; d >= Math.max(s, f - 8); d--) {
                    // "ruled out withdrawing any of the 28,500 troops": the denied change is not this figure
                    if (t.type[d] == Tokens.END || t.is(d, Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE | Cue.CHANGE)) {
                        break;
                    }
                    if (t.is(d, Cue.DENY)) {
                        stance = Stance.DENIED;
                        break;
                    }
                }
            }
            if (stance == Stance.REPORTED) {
                // "the plan calls for a permanent brigade of about 4,800 soldiers"
                for (int d = f - 1; d >= Math.max(s, f - 8); d--) {
                    if (t.type[d] == Tokens.END || t.type[d] == Tokens.CLAUSE || t.type[d] == Tokens.NUMBER) {
                        break;
                    }
                    Word w = t.phraseBack[d];
                    if (w != null && (w.key.equals("calls for") || w.key.equals("call for") || w.key.equals("called for")
                            || w.key.equals("plan") || w.key.equals("proposal"))) {
                        stance = Stance.PROPOSED;
                        break;
                    }
                    d = t.phraseBackStart[d];
                }
            }
            if (pre < f - 1 && t.phraseBack[f - 1] != null
                    && t.phraseBack[f - 1].is(Cue.UP_TO) && t.wordIs(t.phraseBackStart[f - 1], Cue.LEAVE)) {
                // "will be capped at 2,500": the cap's own modal
                for (int c = pre; c >= Math.max(s, pre - 3) && t.wordIs(c, Cue.AUX); c--) {
                    if (t.wordIs(c, Cue.PROPOSE)) {
                        stance = Stance.PROPOSED;
                        break;
                    }
                }
            }
            if (pre >= s) {
                int hv = findBack(f - 1, s, 5, Cue.LEVEL_BEFORE);
                if (hv > s && headlineFuture(hv, s)) {
                    stance = Stance.PROPOSED;
                }
                for (int c = hv - 1; hv > s && c >= Math.max(s, hv - 3) && t.wordIs(c, Cue.AUX); c--) {
                    if (t.wordIs(c, Cue.PROPOSE)) {
                        stance = Stance.PROPOSED;
                        break;
                    }
                }
            }
        return stance;
    }

    /** The tag whose verb a bare figure after "and" shares ("... in South Korea and around 54,000 in Japan"), or null. */
    private Draft elidedFrom(int head, boolean rightSide, int f, int s, List<Draft> out) {
        if (head >= 0 || rightSide || out.isEmpty()) {
            return null;
        }
        Draft last = out.get(out.size() - 1);
        int k = beforeHedges(f, s);
        return k >= s && t.isKey(k, "and") && last.token >= s && last.token < k && k - last.token <= 22
                && last.quantity != null ? last : null;
    }

    /** "..., on top of some 11,000 dispatched last year": a figure named as what another was added to. */
    private boolean addedFigure(int f, int s) {
        int k = beforeHedges(f, s);
        if (k >= s && t.isKey(k, "the")) {
            k--;
        }
        return k - 2 >= s && (t.isKey(k, "of") && t.isKey(k - 1, "top") && t.isKey(k - 2, "on")
                || t.isKey(k, "to") && t.isKey(k - 1, "addition") && t.isKey(k - 2, "in"));
    }

    /** The tag a figure is added to ("on top of the 11,000", "in addition to the 2,000"), or null. */
    private Draft addedTo(int f, int s, List<Draft> out) {
        if (out.isEmpty() || out.get(out.size() - 1).token < s) {
            return null;
        }
        return addedFigure(f, s) ? out.get(out.size() - 1) : null;
    }

    /**
     * The levels of this sentence a figure is compared with ("up from the 100,000", "down from 350",
     * "compared with 600 at present"): the previous figure's tags, or none.
     */
    private List<Draft> comparedWith(int f, int s, List<Draft> out) {
        if (out.isEmpty() || out.get(out.size() - 1).token < s || out.get(out.size() - 1).kind != Kind.LEVEL
                || (out.get(out.size() - 1).location == null && out.get(out.size() - 1).borderWith == null)) {
            return List.of();
        }
        int k = f - 1;
        while (k >= s && (t.isKey(k, "the") || t.type[k] == Tokens.WORD && t.wordIs(k, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO))) {
            k--;
        }
        boolean from = k - 1 >= s && t.isKey(k, "from") && (t.isKey(k - 1, "up") || t.isKey(k - 1, "down"));
        boolean with = k - 1 >= s && (t.isKey(k, "with") || t.isKey(k, "to"))
                && (t.isKey(k - 1, "compared") || t.isKey(k - 1, "comparison"));
        boolean than = multipleOf(k, s) || k - 1 >= s && t.isKey(k, "than") && (t.isKey(k - 1, "double") || t.isKey(k - 1, "triple")
                || t.isKey(k - 1, "higher") || t.isKey(k - 1, "lower") || t.isKey(k - 1, "more") || t.isKey(k - 1, "fewer"));
        if (!(from || with || than)) {
            return List.of();
        }
        int token = out.get(out.size() - 1).token;
        List<Draft> same = new ArrayList<>();
        for (Draft d : out) {
            if (d.token == token && d.kind == Kind.LEVEL) {
                same.add(d);
            }
        }
        return same;
    }

    /** After "stationed in X" or "remaining in X": "will be withdrawn", "are being cut"; the change's token, or -1. */
    private int mainChangeAfter(int from, int e) {
        if (from >= e) {
            return -1;
        }
        int k = skipAside(from, e);
        if (k == from) {
            return -1;
        }
        boolean aux = false;
        for (int n = 0; k < e && n < 4 && t.type[k] == Tokens.WORD && t.wordIs(k, Cue.AUX); n++) {
            aux = true;
            k = Math.max(k + 1, t.phraseEnd[k]);
        }
        if (aux && k + 1 < e && (t.isKey(k, "started") || t.isKey(k, "begun") || t.isKey(k, "began"))) {
            k += t.isKey(k + 1, "to") && k + 2 < e ? 2 : 1; // "have started moving to Guam", "have begun to leave"
        }
        return aux && k < e && t.type[k] == Tokens.WORD && t.phrase[k] != null
                && t.phrase[k].is(Cue.REDUCE | Cue.INCREASE | Cue.RELOCATE) && !t.phrase[k].is(Cue.LEAVE) ? k : -1;
    }

    private boolean staysLater(int from, int e) {
        for (int k = from; k < e && k < from + 16; k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.QUOTE) {
                return false;
            }
            if (t.isKey(k, "remain") || t.isKey(k, "remains") || t.isKey(k, "remained") || t.isKey(k, "stay")
                    || t.isKey(k, "stays") || t.isKey(k, "stayed")) {
                return true;
            }
        }
        return false;
    }

    /** "reduce", "cut", "trim", "reduction": a change of a unit's size, not its removal as a whole. */
    private boolean resizes(int k) {
        String key = t.word[k] == null ? "" : t.word[k].key;
        return RESIZE_STEMS.stream().anyMatch(key::startsWith);
    }

    /** "reinforcing", "bolstering", "expanding": adding to a unit that is there. */
    private boolean reinforces(int k) {
        String key = t.word[k] == null ? "" : t.word[k].key;
        return REINFORCE_STEMS.stream().anyMatch(key::startsWith);
    }

    private static final java.util.Set<String> NOT_TROOPS = java.util.Set.of("civilians", "contractors", "dependents",
            "dependants", "refugees", "prisoners", "detainees", "hostages", "workers", "employees", "residents",
            "migrants", "defectors", "people", "students", "children", "families", "diplomats", "officials");

    private static final List<String> REINFORCE_STEMS = List.of("reinforc", "bolster", "boost", "expand", "strengthen",
            "augment", "enlarg", "beef");

    private static final List<String> RESIZE_STEMS = List.of("reduc", "cut", "trim", "shrink", "shrank", "downsiz",
            "slash", "halv", "scale", "scaling");

    /** "the roughly 1,600-strong ...": a figure the sentence takes as known. */
    private boolean definite(int f, int s) {
        for (int k = f - 1; k >= Math.max(s, f - 3); k--) {
            if (t.isKey(k, "the") || t.isKey(k, "all")) {
                return true;
            }
            if (t.type[k] != Tokens.WORD || !t.wordIs(k, Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO)) {
                return false;
            }
        }
        return false;
    }

    /** "... that has been in the country since 2017". */
    private boolean hasBeenSince(int from, int e) {
        boolean been = false;
        for (int k = from; k < Math.min(e, from + 14); k++) {
            if (t.type[k] == Tokens.END) {
                return false;
            }
            been |= t.isKey(k, "been");
            if (been && t.isKey(k, "since")) {
                return true;
            }
        }
        return false;
    }

    private boolean since(int from, int e) {
        for (int k = from; k < Math.min(e, from + 8); k++) {
            if (t.isKey(k, "since")) {
                return true;
            }
        }
        return false;
    }

    private boolean proposedBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.wordIs(k, Cue.PROPOSE) || t.is(k, Cue.PROPOSE)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyPresentAux(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.wordIs(k, Cue.PROPOSE) || t.wordIs(k, Cue.PERFECT) || t.isKey(k, "be") || t.isKey(k, "been") || t.isKey(k, "being")) {
                return false;
            }
        }
        return true;
    }

    /** Nearest token at or before k (at most n steps) whose phrase carries the cue; clause-bounded. */
    private int findBack(int k, int s, int n, long cue) {
        for (int steps = 0; k >= s && steps < n; steps++) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END || t.type[k] == Tokens.QUOTE) {
                return -1;
            }
            Word w = t.phraseBack[k];
            if (w != null && t.type[k] == Tokens.WORD && w.is(cue)) {
                return t.phraseBackStart[k];
            }
            k = t.phraseBackStart[k] - 1;
        }
        return -1;
    }

    private Kind changeKind(int k, List<Mention> mentions) {
        Word w = t.phrase[k];
        if (w == null) {
            return Kind.LEVEL;
        }
        if (w.is(Cue.REDUCE)) {
            return Kind.REDUCTION;
        }
        if (w.is(Cue.RELOCATE)) {
            int after = Math.max(k + 1, t.phraseEnd[k]);
            if (after < t.size && (t.isKey(after, "elsewhere") || t.isKey(after, "away") || t.isKey(after, "off"))) {
                return Kind.REDUCTION; // "9,000 of the Marines on the island are to move elsewhere"
            }
            boolean seenTo = false;
            for (Mention m : mentions) {
                if (m.index() <= k || m.index() >= k + 15) {
                    continue;
                }
                if (m.role() == Mention.FROM) {
                    return Kind.REDUCTION;
                }
                if (m.role() == Mention.TO || toBetween(k, m.index())) {
                    seenTo = true;
                } else if (m.role() == Mention.IN && !seenTo && m.place().type() == Place.Type.COUNTRY
                        && (t.isKey(m.index() - 1, "in") || (t.isKey(m.index() - 1, "the") && t.isKey(m.index() - 2, "in")))) {
                    // "relocating 4,500 of the 28,500 troops stationed in South Korea to other locations"
                    return Kind.REDUCTION;
                }
            }
            return Kind.INCREASE;
        }
        if (w.is(Cue.INCREASE)) {
            return Kind.INCREASE;
        }
        return Kind.LEVEL;
    }

    /** Whether a "to" stands between two tokens (a destination phrase). */
    /** "to Camp Blaz on Guam": a "to" before a name (not an infinitive) between two tokens. */
    private boolean clauseFree(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END || t.type[k] == Tokens.COMMA) {
                return false;
            }
        }
        return true;
    }

    /** "out of Syria to reinforce its units in Ukraine": a purpose that sends them where they go. */
    private boolean reinforceBetween(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.isKey(k, "to") && t.type[k + 1] == Tokens.WORD && t.wordIs(k + 1, Cue.INCREASE)
                    && t.word[k + 1].key.startsWith("re") || t.isKey(k, "to") && (t.isKey(k + 1, "bolster")
                    || t.isKey(k + 1, "strengthen") || t.isKey(k + 1, "augment"))) {
                return true;
            }
        }
        return false;
    }

    private boolean toNameBetween(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.isKey(k, "to") && t.type[k + 1] == Tokens.WORD && t.capitalized(k + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean toBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.isKey(k, "to") || t.isKey(k, "into")) {
                return true;
            }
        }
        return false;
    }

    private Stance stance(int tr, boolean rightSide, int f, int hEnd, int s, int e) {
        for (int k = Math.max(s, tr - 14); k < Math.min(e, tr + 16); k++) {
            if (t.is(k, Cue.DENY)) {
                return Stance.DENIED;
            }
        }
        if (conditional(s, tr)) {
            return Stance.PROPOSED; // "Should the brigade — some 4,500 soldiers — be pulled out, ..."
        }
        int from = rightSide ? hEnd : Math.max(s, tr - 5);
        for (int k = from; k < tr; k++) {
            if (t.wordIs(k, Cue.NEG) && !comparative(k)) {
                for (int w = k + 1; w < tr; w++) {
                    if (t.isKey(w, "whether")) {
                        return Stance.PROPOSED; // "has not yet decided whether to send": still open
                    }
                }
                return Stance.DENIED;
            }
        }
        if (rightSide) {
            for (int k = Math.max(s, f - 6); k < f; k++) {
                if (t.wordIs(k, Cue.NEG) && !comparative(k)) {
                    return Stance.DENIED;
                }
            }
        }
        if (t.is(tr, Cue.PROPOSE) || t.wordIs(tr, Cue.PROPOSE) || headlineFuture(tr, s)) {
            return Stance.PROPOSED;
        }
        if (rightSide && tr - 1 == hEnd && t.isKey(tr - 1, "to")) {
            // "Seven Thousand Troops To Leave Germany": a headline's infinitive is what is to happen
            return Stance.PROPOSED;
        }
        if (!rightSide && tr == s || tr - 1 >= s && t.type[tr - 1] == Tokens.QUOTE && tr - 1 <= s + 1) {
            // "Pulling even 4,000 troops out of South Korea would send a dangerous signal": a gerund subject's modal
            for (int k = hEnd; k < Math.min(e, hEnd + 8); k++) {
                if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                    break;
                }
                if (t.isKey(k, "would") || t.isKey(k, "could") || t.isKey(k, "might") || t.isKey(k, "may")) {
                    return Stance.PROPOSED;
                }
            }
        }
        int pFrom = Math.max(s, rightSide ? Math.min(tr - 9, f - 4) : tr - 9);
        for (int k = tr - 1; k >= pFrom; k--) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END) {
                break;
            }
            if (t.is(k, Cue.PROPOSE) || t.wordIs(k, Cue.PROPOSE)) {
                return Stance.PROPOSED;
            }
        }
        if (hEnd < e && !rightSide && hEnd > tr && (t.isKey(hEnd, "would") || t.isKey(hEnd, "could")
                || t.isKey(hEnd, "might") || t.isKey(hEnd, "may"))) {
            return Stance.PROPOSED;
        }
        int after = Math.max(tr + 1, t.phraseEnd[tr]);
        for (int k = Math.max(after, hEnd); k < Math.min(e, Math.max(after, hEnd) + 5); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                break;
            }
            if (t.is(k, Cue.PROPOSE_AFTER) || t.wordIs(k, Cue.PROPOSE_AFTER)) {
                return Stance.PROPOSED;
            }
        }
        for (int k = Math.max(s, tr - 3); k < tr; k++) {
            if (t.wordIs(k, Cue.ONGOING) && !t.isKey(k, "is") && !t.isKey(k, "are")) {
                // "have begun moving", "began withdrawing": the start is done; "are being sent": under way
                return t.isKey(k, "began") || t.isKey(k, "begun") || t.isKey(k, "started") ? Stance.COMPLETED
                        : Stance.REPORTED;
            }
        }
        if (tr - 2 >= s && t.isKey(tr - 1, "to") && t.type[tr - 2] == Tokens.WORD) {
            return Stance.PROPOSED; // "calling on the government to expel", "voted to withdraw": not yet done
        }
        if (t.is(tr, Cue.PAST) || t.wordIs(tr, Cue.PAST)) {
            return Stance.COMPLETED;
        }
        for (int k = Math.max(s, tr - 4); k < tr; k++) {
            if (t.is(k, Cue.PAST) && !t.is(k, Cue.CHANGE) && t.type[k] == Tokens.WORD) {
                return Stance.COMPLETED;
            }
        }
        for (int k = Math.max(s, tr - 3); k < tr; k++) {
            if (t.wordIs(k, Cue.PERFECT) && !t.isKey(k, "was") && !t.isKey(k, "were")) {
                return Stance.COMPLETED;
            }
        }
        return Stance.REPORTED;
    }

    // ---------------------------------------------------------------- host

    private Mention chooseHost(Kind kind, int f, int hEnd, int nextQ, int s, int e, List<Mention> mentions) {
        int fwdLimit = Math.min(Math.min(e, nextQ), hEnd + WINDOW);
        int backLimit = Math.max(s, f - 25);
        fwdLimit = ownConjunct(f, hEnd, fwdLimit, backLimit, mentions);
        owned = f;
        for (int k = f - 1; k > Math.max(s, f - 60); k--) {
            // a figure before this one owns the places in its own clause ("5,600 ... in Europe — while some 6,400")
            if (t.type[k] == Tokens.NUMBER && (t.numFlags[k] & (Tokens.NUM_ORDINAL | Tokens.NUM_INVALID)) == 0
                    && !t.isYear(k) && t.value[k] >= 100 && clauseBetween(k, f)) {
                owned = k;
                break;
            }
        }
        Mention antecedent = whereAntecedent(f, s, mentions);
        if (antecedent != null) {
            return antecedent;
        }
        for (Mention m : mentions) {
            // "to boost its Gulf presence by 2,000 troops": a region naming the unit is where it is
            if (m.index() < f && m.index() >= backLimit && m.place().type() == Place.Type.REGION && m.end() < f
                    && t.type[m.end()] == Tokens.WORD && t.is(m.end(), Cue.UNIT) && clauseFree(m.end(), f)) {
                return m;
            }
        }
        for (Mention m : mentions) {
            if (m.index() < f && m.index() >= backLimit && m.place().canHost() && m.place().type() != Place.Type.ANAPHOR
                    && !m.locative() && hostVerbAfter(m.end(), f)) {
                return m;
            }
        }
        int[] order = switch (kind) {
            case REDUCTION -> new int[] {Mention.FROM, Mention.IN};
            case INCREASE -> new int[] {Mention.TO, Mention.IN, Mention.FROM};
            case LEVEL -> new int[] {Mention.IN, Mention.TO, Mention.FROM};
        };
        for (int role : order) {
            Mention m = nearestAfter(mentions, hEnd, fwdLimit, role);
            if (m != null && kind == Kind.REDUCTION && role == Mention.IN && toBetween(hEnd - 1, m.index())) {
                // "withdrawing 4,500 troops and moving them to other locations in the Indo-Pacific"
                m = null;
            }
            if (m != null) {
                return m;
            }
            m = nearestBefore(mentions, owned, backLimit, role);
            if (m != null && !speakerPlace(m)) {
                return m;
            }
        }
        for (Mention m : mentions) {
            if (m.index() >= hEnd && m.index() < fwdLimit && m.place().canHost() && !m.possessive()
                    && m.place().type() != Place.Type.ANAPHOR && m.place().type() == Place.Type.COUNTRY
                    && m.index() > 0 && t.type[m.index() - 1] == Tokens.WORD && t.wordIs(m.index() - 1, Cue.CHANGE)) {
                return m;
            }
        }
        for (Mention m : mentions) {
            if (m.index() < f && m.index() >= backLimit && m.place().canHost() && m.end() < e
                    && t.wordIs(m.end(), Cue.HOST_VERB) && !t.isKey(m.end(), "has") && !t.isKey(m.end(), "have")) {
                return m;
            }
        }
        for (Mention m : mentions) {
            // "Trump Orders Afghanistan Troop Cut To 2,500": a country modifying "troop", its force named before it
            if (m.index() < f && m.index() >= backLimit && m.place().type() == Place.Type.COUNTRY && !m.possessive()
                    && m.end() < e && t.isKey(m.end(), "troop") && m != mentions.get(0)
                    && mentions.get(0).place().canAct() && !mentions.get(0).place().canHost()) {
                return m;
            }
        }
        return null;
    }

    /**
     * "in Afghanistan from 4,500 to 2,500 and in Iraq from 3,000": a figure whose own conjunct names its
     * place before it takes no place from the next conjunct ("and in ...").
     */
    private int ownConjunct(int f, int hEnd, int fwdLimit, int backLimit, List<Mention> mentions) {
        boolean placed = false;
        for (Mention m : mentions) {
            placed |= m.index() < f && m.index() >= backLimit && m.role() == Mention.IN && m.place().canHost();
        }
        if (!placed) {
            return fwdLimit;
        }
        for (int k = hEnd; k + 1 < fwdLimit; k++) {
            if (t.isKey(k, "and") && t.type[k + 1] == Tokens.WORD && t.wordIs(k + 1, Cue.PREP_IN | Cue.PREP_FROM)) {
                return k;
            }
        }
        return fwdLimit;
    }

    /**
     * "... from Mali, where it has 2,400 soldiers": the place a "where" clause hangs on hosts the figures
     * inside the clause, whatever role the place has in the main clause.
     */
    private Mention whereAntecedent(int f, int s, List<Mention> mentions) {
        for (int n = mentions.size() - 1; n >= 0; n--) {
            Mention m = mentions.get(n);
            if (m.end() >= f) {
                continue;
            }
            int w = m.end() < f && t.type[m.end()] == Tokens.COMMA ? m.end() + 1 : m.end();
            if (w >= f || !t.isKey(w, "where") || !m.place().canHost() || m.place().type() == Place.Type.ANAPHOR) {
                return null;
            }
            for (int k = w + 1; k < f; k++) {
                if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.COMMA) {
                    return null;
                }
            }
            return m;
        }
        return null;
    }

    /** Whether a mention names whose troops or force ("U.S. troops", "French forces", "U.S. presence"). */
    private boolean modifiesForce(Mention m) {
        if (t.wordIs(m.index(), Cue.DEMONYM)) {
            return true;
        }
        int k = m.end();
        if (k + 1 < t.size && m.index() > 0 && t.type[m.index() - 1] == Tokens.NUMBER && t.isKey(k, "and")
                && t.type[k + 1] == Tokens.NUMBER) {
            return true; // "some 6,000 American and 2,000 Australian troops"
        }
        return k < t.size && t.type[k] == Tokens.WORD && (t.is(k, Cue.TROOP | Cue.UNIT) || t.wordIs(k, Cue.TROOP)
                || t.isKey(k, "military") || t.isKey(k, "army") || t.isKey(k, "combat"));
    }

    /** A host the sentence implies: an actor's base ("USFK"), else a country named otherwise than as the force. */
    private String impliedHost(List<Mention> mentions, String force, Kind kind, int f) {
        for (Mention m : mentions) {
            if (m.place().host() != null) {
                return m.place().host();
            }
        }
        for (Mention m : mentions) {
            if (m.place().type() == Place.Type.ANAPHOR && m.locative()) {
                return null; // "in the country" with no antecedent here: the article's host
            }
        }
        for (Mention m : mentions) {
            Place p = m.place();
            if (m.index() >= owned && m.index() < f) {
                continue;
            }
            if (m.index() > 0 && t.isKey(m.index() - 1, "by") && p.canAct()) {
                continue; // "the battlegroup led by Germany"
            }
            if (m.end() < t.size && t.wordIs(m.end(), Cue.SOURCE) && m.place().type() == Place.Type.ADJECTIVE
                    && borderInSentence(0, t.size)) {
                continue;
            }
            if (p.type() == Place.Type.COUNTRY && m.end() < t.size && t.type[m.end()] == Tokens.WORD
                    && Character.isLowerCase(t.firstChar(m.end())) && !t.wordIs(m.end(), Cue.SAID | Cue.AUX)
                    && t.end[m.index()] - t.start[m.index()] <= 4 && Character.isUpperCase(t.firstChar(m.index()))
                    && !Character.isLowerCase(t.chars[t.start[m.index()] + 1])) {
                continue; // "U.S. intelligence estimates": initials used as an adjective name no host
            }
            boolean wrongWay = (kind == Kind.REDUCTION && m.role() == Mention.TO)
                    || (kind == Kind.INCREASE && m.role() == Mention.FROM);
            if ((p.type() == Place.Type.COUNTRY || p.type() == Place.Type.ADJECTIVE) && !p.force().equals(force)
                    && !modifiesForce(m) && !wrongWay) {
                impliedWeak = !m.locative();
                return p.name();
            }
        }
        return null;
    }

    /**
     * A chosen host corrected: a region spanning countries used as an adjective ("a remote Arctic outpost") yields
     * to the place named as where troops are; the whole of a relocated part ("4,000 of the 18,000 Marines in the
     * prefecture to Guam") is not where the part goes.
     */
    private Mention refineHost(Mention chosen, Kind kind, int f, int pre, int s, int e, List<Mention> mentions) {
        if (chosen != null && chosen.place().type() == Place.Type.REGION && Gazetteer.spansCountries(chosen.place().name())
                && chosen.end() < e && t.type[chosen.end()] == Tokens.WORD
                && t.place(chosen.end()) == null && Character.isLowerCase(t.firstChar(chosen.end()))
                && !t.wordIs(chosen.end(), Cue.PREP_IN | Cue.PREP_TO | Cue.PREP_FROM | Cue.AUX | Cue.SAID
                | Cue.CLAUSE_WORD | Cue.TROOP | Cue.UNIT) && !t.isKey(chosen.end(), "and")
                && !t.isKey(chosen.end(), "or") && !PREPOSITIONS.contains(t.word[chosen.end()] == null ? ""
                : t.word[chosen.end()].key)) {
            for (Mention m : mentions) {
                if (m != chosen && m.place().canHost() && m.place().type() != Place.Type.ANAPHOR
                        && !(m.place().type() == Place.Type.REGION && Gazetteer.spansCountries(m.place().name()))
                        && m.place().type() != Place.Type.ADJECTIVE && (m.locative() || m.role() == Mention.IN)) {
                    return m;
                }
            }
        }
        if (chosen != null && chosen.role() == Mention.TO && kind == Kind.LEVEL && (partOf(f, s)
                || pre >= s && t.type[pre] == Tokens.NUMBER && pre + 1 < f && t.isKey(pre + 1, "of"))) {
            return null;
        }
        return chosen;
    }

    /**
     * "moving from Okinawa to Guam, ... to shift some 4,000 of the Marines to the U.S. territory": the place
     * named before as where troops go, else the last territory (a region that is no country) named before.
     */
    private String territory(Mention m, List<Mention> mentions) {
        String region = null;
        for (Mention o : mentions) {
            if (o.index() >= m.index()) {
                break;
            }
            if (o.role() == Mention.TO && o.place().canHost() && o.place().type() != Place.Type.ANAPHOR) {
                region = o.place().name();
            } else if (region == null && o.place().type() == Place.Type.REGION
                    && !Gazetteer.spansCountries(o.place().name())) {
                region = o.place().name();
            }
        }
        return region;
    }

    private boolean borderInSentence(int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.wordIs(k, Cue.BORDER) || t.is(k, Cue.BORDER)) {
                return true;
            }
        }
        return false;
    }

    /** "in Niger and Mali combined": no single host. */
    private boolean combined(Mention m, int e) {
        for (int k = m.end(); k < Math.min(e, m.end() + 5); k++) {
            if ((t.isKey(k, "combined") || t.isKey(k, "together")) && !(k + 1 < e && t.isKey(k + 1, "with"))) {
                return true; // ("..., together with 480 civilians": another group, not the hosts together)
            }
        }
        return false;
    }

    /** "Italy and Spain host ...": a list of places that is the subject of a host verb. */
    private boolean hostsAsList(Mention m, List<Mention> mentions, int limit) {
        Mention last = m;
        boolean list = false;
        for (Mention n : mentions) {
            if (n.index() > last.index() && listed(last, n)) {
                last = n;
                list = true;
            } else if (n.index() < m.index() && listed(n, m)) {
                list = true;
            }
        }
        if (!list) {
            return false;
        }
        int k = last.end();
        while (k < limit && (t.wordIs(k, Cue.AUX) || t.isKey(k, "each"))) {
            k++;
        }
        // "Estonia and Latvia will each receive about 500 more British soldiers"
        return hostVerbAfter(last.end(), limit) || k < limit && (t.isKey(k, "receive") || t.isKey(k, "receives")
                || t.isKey(k, "received") || t.isKey(k, "get") || t.isKey(k, "gets") || t.isKey(k, "got"));
    }

    private boolean hostVerbAfter(int k, int limit) {
        if (k < limit && t.type[k] == Tokens.COMMA) {
            // "Lithuania, which borders Russia, currently hosts ...": past a relative clause
            for (int c = k + 1; c < Math.min(limit, k + 16); c++) {
                if (t.type[c] == Tokens.COMMA) {
                    k = c + 1;
                    break;
                }
            }
        }
        for (int n = 0; k < limit && n < 3; n++, k++) {
            if (t.wordIs(k, Cue.HOST_VERB) && !t.isKey(k, "has") && !t.isKey(k, "have")) {
                return true;
            }
            if (!t.wordIs(k, Cue.AUX) && !t.wordIs(k, Cue.PROPOSE) && !t.isKey(k, "each")) {
                return false;
            }
        }
        return false;
    }

    private boolean clauseBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.wordIs(k, Cue.CLAUSE_WORD) || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.DASH) {
                return true;
            }
        }
        return false;
    }

    /** "the defence ministry in Berlin said": where a source sits, not where troops are. */
    private boolean speakerPlace(Mention m) {
        int b = m.index() - 1;
        if (b >= 1 && t.isKey(b, "in") && (t.isKey(b - 1, "asked") || t.isKey(b - 1, "speaking")
                || t.isKey(b - 1, "interviewed") || t.isKey(b - 1, "talking"))) {
            return true; // "Asked in Singapore about the report, Hegseth said ..."
        }
        return m.end() < t.size && t.type[m.end()] == Tokens.WORD && t.wordIs(m.end(), Cue.SAID)
                && m.index() >= 2 && t.isKey(m.index() - 1, "in") && t.wordIs(m.index() - 2, Cue.SOURCE | Cue.UNIT)
                || m.end() < t.size && t.wordIs(m.end(), Cue.SAID) && m.index() >= 3 && t.isKey(m.index() - 1, "in")
                && (t.isKey(m.index() - 2, "ministry") || t.isKey(m.index() - 2, "office")
                || t.isKey(m.index() - 2, "officials") || t.isKey(m.index() - 2, "government"));
    }

    private static Mention nearestAfter(List<Mention> mentions, int from, int limit, int role) {
        for (Mention m : mentions) {
            if (m.index() >= from && m.index() < limit && m.role() == role && m.hostable()) {
                return m;
            }
        }
        return null;
    }

    private static Mention nearestBefore(List<Mention> mentions, int before, int limit, int role) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.index() < before && m.index() >= limit && m.role() == role && m.hostable()) {
                return m;
            }
        }
        return null;
    }

    /** "the U.S. may send ...", "thanked Germany for its pledge to station ...": the country doing the moving. */
    private boolean mover(Mention o) {
        boolean its = false;
        int verb = o.end();
        // "The United States currently keeps about 28,500 troops in the country": the keeper is no antecedent
        while (verb < t.size && verb < o.end() + 3 && t.type[verb] == Tokens.WORD && t.wordIs(verb, Cue.AUX)
                && !t.wordIs(verb, Cue.LEVEL_BEFORE | Cue.PROPOSE)) {
            verb++;
        }
        if (verb < t.size && t.type[verb] == Tokens.WORD && (t.is(verb, Cue.LEAVE) || (t.wordIs(verb, Cue.LEVEL_BEFORE)
                && !hostVerb(verb, Math.min(t.size, verb + 4)) && !(verb + 1 < t.size && t.wordIs(verb + 1, Cue.SAID))))) {
            return true;
        }
        for (int k = o.end(); k < Math.min(t.size, o.end() + 6); k++) {
            if (t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.END) {
                return false;
            }
            if (t.is(k, Cue.PROPOSE | Cue.CHANGE | Cue.INCREASE | Cue.REDUCE | Cue.RELOCATE)) {
                return k == o.end() || its;
            }
            its |= t.isKey(k, "its") || t.isKey(k, "their");
        }
        return false;
    }

    /** "Washington could withdraw troops from the peninsula": a US-forces context, where the peninsula is Korea's. */
    private static boolean americanSpeaks(List<Mention> mentions) {
        for (Mention o : mentions) {
            if (o.place().type() == Place.Type.ACTOR && o.place().name().equals("United States")) {
                return true;
            }
        }
        return false;
    }

    private String hostName(Mention m, List<Mention> mentions) {
        Place p = m.place();
        switch (p.type()) {
            case PENINSULA:
                if (!korea && !americanSpeaks(mentions)) {
                    return null;
                }
                int b = m.index() - 1;
                if (b >= 0 && t.place(b) != null && t.place(b).type() == Place.Type.ADJECTIVE
                        && !t.place(b).name().equals("South Korea")) {
                    return null;
                }
                return "South Korea";
            case ANAPHOR:
                if (p.name().equals("the territory")) {
                    return territory(m, mentions);
                }
                if (p.name().equals("the region")) {
                    // "the number of U.S. forces sent to the region since May", after Saudi Arabia: resolved per article
                    for (Mention o : mentions) {
                        Place.Type ty = o.place().type();
                        if (o != m && (ty == Place.Type.COUNTRY || ty == Place.Type.ADJECTIVE) && !mover(o)
                                && !modifiesForce(o)) {
                            return null; // "Israel has 20,000 troops in the region, Lebanese officials said"
                        }
                    }
                    return m.locative() ? REGION : null;
                }
                // the antecedent: a place named as a location before, else the nearest other country before
                // (not one doing the moving: "the U.S. may send 2,000 troops to the country"), else after
                for (int pass = 0; pass < 3; pass++) {
                    for (int n = mentions.size() - 1; n >= 0; n--) {
                        Mention o = mentions.get(pass == 2 ? mentions.size() - 1 - n : n);
                        Place.Type ty = o.place().type();
                        if (o == m || (ty != Place.Type.COUNTRY && ty != Place.Type.ADJECTIVE) || modifiesForce(o)
                                || (pass < 2) != (o.index() < m.index()) || (o.index() > 0 && t.isKey(o.index() - 1, "by"))) {
                            continue;
                        }
                        boolean mover = mover(o);
                        if ((pass == 0 && o.locative() && ty == Place.Type.COUNTRY) || (pass == 1 && !mover)
                                || pass == 2) {
                            return o.place().name();
                        }
                    }
                }
                return null;
            default:
                break;
        }
        String name = p.name();
        if (name.equals("Estonia") || name.equals("Latvia") || name.equals("Lithuania")) {
            int seen = 0;
            for (Mention o : mentions) {
                String on = o.place().name();
                if (Math.abs(o.index() - m.index()) <= 8
                        && (on.equals("Estonia") || on.equals("Latvia") || on.equals("Lithuania"))) {
                    seen |= on.equals("Estonia") ? 1 : on.equals("Latvia") ? 2 : 4;
                }
            }
            if (seen == 7) {
                return "Baltic states";
            }
        }
        return name;
    }

    /** "4,800-strong German force (is) due by 2027": "due" right after the unit's noun. */
    private boolean dueAfter(int hEnd, int e) {
        for (int k = hEnd; k + 1 < e && k < hEnd + 5; k++) {
            if (t.isKey(k, "due")) {
                return t.isKey(k + 1, "by") || t.isKey(k + 1, "in") || t.isKey(k + 1, "to");
            }
            if (t.type[k] != Tokens.WORD || !(t.wordIs(k, Cue.MODIFIER | Cue.UNIT | Cue.TROOP | Cue.AUX)
                    || t.place(k) != null)) {
                return false;
            }
        }
        return false;
    }

    private boolean respectivelyAfter(int hEnd, int e) {
        for (int k = hEnd; k < e; k++) {
            if (t.wordIs(k, Cue.RESPECTIVELY)) {
                return true;
            }
        }
        return false;
    }

    /** Two nations before "each" in a sentence about a border ("India and China each have ..."), or none. */
    private List<Mention> eachSideOfBorder(int f, int hEnd, int s, int e, List<Mention> mentions) {
        boolean each = false;
        for (int k = Math.max(s, f - 6); k < Math.min(e, hEnd + 4) && !each; k++) {
            each = t.isKey(k, "each") || t.isKey(k, "apiece");
        }
        boolean eachSide = false;
        for (int k = Math.max(s, f - 8); k + 1 < f && !eachSide; k++) {
            // "Each side still has about 50,000 troops along the Line of Actual Control, ... Indian and Chinese units"
            eachSide = (t.isKey(k, "each") || t.isKey(k, "both")) && (t.isKey(k + 1, "side") || t.isKey(k + 1, "sides"));
        }
        if (!each && !eachSide || !borderInSentence(s, e)) {
            return List.of();
        }
        List<Mention> sides = new ArrayList<>();
        for (Mention m : mentions) {
            Place.Type ty = m.place().type();
            if ((m.index() < f || eachSide) && (ty == Place.Type.COUNTRY || ty == Place.Type.ADJECTIVE) && !m.locative()
                    && sides.stream().noneMatch(o -> o.place().name().equals(m.place().name()))) {
                sides.add(m);
            }
        }
        return sides.size() == 2 && t.isKey(sides.get(1).index() - 1, "and") ? sides : List.of();
    }

    private List<Mention> eachHosts(int f, int hEnd, int s, int e, List<Mention> mentions) {
        boolean each = false;
        for (int k = Math.max(s, f - 6); k < Math.min(e, hEnd + 4); k++) {
            if (t.is(k, Cue.EACH) || t.wordIs(k, Cue.EACH)) {
                each = true;
                break;
            }
        }
        for (int k = Math.max(s, hEnd); !each && k + 1 < Math.min(e, hEnd + 4); k++) {
            // "drawdown to 2,500 troops in both Iraq and Afghanistan": the figure holds for each
            each = t.isKey(k, "both") && t.place(k + 1) != null;
        }
        if (!each) {
            return List.of();
        }
        List<Mention> hosts = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.index() >= f - WINDOW && m.index() < hEnd + WINDOW && m.place().canHost()
                    && m.place().type() != Place.Type.ANAPHOR
                    && (m.locative() || listed(m, mentions) || hostsAsList(m, mentions, f))
                    && hosts.stream().noneMatch(h -> h.place().name().equals(m.place().name()))) {
                if (!hosts.isEmpty() && !listed(hosts.get(hosts.size() - 1), m)) {
                    break; // "100 each in Gabon and Senegal, ..., and 80 in Ivory Coast": the list ends
                }
                hosts.add(m);
            }
        }
        return hosts;
    }

    /** The place just before a bracket holding the figure: "Syria (about 900)", "Germany (1,000 troops)". */
    private Mention bracketed(int f, int s, List<Mention> mentions) {
        int k = f - 1;
        while (k >= s && k >= f - 4 && t.type[k] == Tokens.WORD && t.phraseBack[k] != null
                && t.phraseBack[k].is(Cue.APPROX | Cue.MORE_THAN | Cue.UP_TO | Cue.DETERMINER)) {
            k = t.phraseBackStart[k] - 1;
        }
        if (k < s || t.type[k] != Tokens.OPEN) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end() == k) {
                return m;
            }
        }
        return null;
    }

    /** A host named in a bracket's place: locative itself ("in Iraq (...)") or listed after one ("and Syria (...)"). */
    private boolean hostInList(Mention m, List<Mention> mentions) {
        if (m.locative()) {
            return true;
        }
        for (Mention o : mentions) {
            if (o.index() < m.index() && o.locative() && o.place().canHost() && m.index() - o.end() <= 6
                    && (t.isKey(m.index() - 1, "and") || t.type[m.index() - 1] == Tokens.COMMA)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two mentions are neighbours in a list: "Germany, the Netherlands and Norway". */
    private boolean listed(Mention before, Mention m) {
        int sep = m.index() - 1;
        if (sep >= 0 && t.isKey(sep, "the")) {
            sep--;
        }
        return sep >= 0 && before.end() == sep && (t.isKey(sep, "and") || t.type[sep] == Tokens.COMMA);
    }

    private boolean eachNear(int f, int hEnd, int s, int e) {
        for (int k = Math.max(s, f - 6); k < Math.min(e, hEnd + 4); k++) {
            if (t.is(k, Cue.EACH) || t.wordIs(k, Cue.EACH) || t.wordIs(k, Cue.RESPECTIVELY)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a host opens a list of three or more countries ("to Poland, Estonia, Latvia and Lithuania"). */
    private boolean spread(Mention chosen, List<Mention> mentions) {
        Mention last = chosen;
        int n = 1;
        for (Mention m : mentions) {
            if (m.index() > last.index() && m.place().type() == Place.Type.COUNTRY && listed(last, m)) {
                last = m;
                n++;
            }
        }
        return n >= 3 && chosen.place().type() == Place.Type.COUNTRY;
    }

    /** Whether a mention is in a list with a locative one ("to Estonia, Latvia and Lithuania"). */
    private boolean listed(Mention m, List<Mention> mentions) {
        int b = m.index() - 1;
        return b >= 0 && (t.type[b] == Tokens.COMMA || t.isKey(b, "and")) && mentions.stream()
                .anyMatch(o -> o.index() < m.index() && o.index() >= m.index() - 10 && o.locative());
    }

    private List<Mention> respectiveHosts(List<Mention> mentions, List<Quantity> qs, List<Integer> accepted) {
        if (accepted.isEmpty()) {
            return List.of();
        }
        int first = qs.get(accepted.get(0)).first();
        List<Mention> hosts = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.index() > first && m.place().canHost() && m.place().type() != Place.Type.ANAPHOR
                    && (m.locative() || listed(m, mentions))) {
                if (hosts.size() >= accepted.size() && !listed(hosts.get(hosts.size() - 1), m)) {
                    break; // "... in Latvia and Slovakia, respectively, as part of NATO's presence on the eastern flank"
                }
                hosts.add(m);
            }
        }
        if (hosts.size() != accepted.size()) {
            // hosts named first: "Italy and Spain host about 12,000 and 3,200 ... respectively",
            // "the battlegroup in Latvia and the one in Lithuania; ... number about 1,000 and 1,600 respectively"
            List<Mention> before = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.index() < first && m.place().canHost() && m.place().type() == Place.Type.COUNTRY
                        && (m.locative() || hostsAsList(m, mentions, first))) {
                    before.add(m);
                }
            }
            if (before.size() == accepted.size()) {
                return before;
            }
        }
        return hosts;
    }

    // ---------------------------------------------------------------- force

    private List<String> respectiveForces(List<Mention> mentions, List<Quantity> qs, List<Integer> accepted) {
        if (accepted.isEmpty()) {
            return List.of();
        }
        return respectiveForces(mentions, qs.get(accepted.get(0)).first(), accepted.size());
    }

    /** The forces named before the first figure, for {@code count} figures or hosts taken in order. */
    private List<String> respectiveForces(List<Mention> mentions, int first, int count) {
        List<String> forces = new ArrayList<>();
        List<String> nations = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.index() < first && m.place().canAct() && (!m.locative() || gappedSubject(m))
                    && !forces.contains(m.place().force())
                    && !hostsAsList(m, mentions, first)) {
                forces.add(m.place().force());
                if (m.place().type() == Place.Type.COUNTRY) {
                    nations.add(m.place().force());
                }
            }
        }
        // "Canada leads the NATO battlegroup in Latvia and Germany the one in Lithuania": the nations, not the alliance
        return forces.size() > count && nations.size() == count ? nations : forces;
    }

    /**
     * "'No one is discussing pulling 10,000 troops out,' a NATO official said, responding to reports that the
     * Pentagon was weighing such a cut": the one said to plan the change after its speaker, not the speaker.
     */
    private String planner(Mention speaker, List<Mention> mentions, String host) {
        for (Mention m : mentions) {
            int k = m.end();
            if (m.index() > speaker.end() && m.index() <= speaker.end() + WINDOW && m != speaker && m.place().canAct()
                    && !m.locative() && !m.place().name().equals(host) && k + 1 < t.size && t.wordIs(k, Cue.AUX)
                    && t.wordIs(k + 1, Cue.PROPOSE) && !t.wordIs(k + 1, Cue.AUX)) {
                return m.place().force();
            }
        }
        return null;
    }

    /**
     * "Canada leads the battlegroup in Latvia and Germany the one in Lithuania": a country after "and" with a
     * noun phrase right behind it heads a clause whose verb is left out; its subject, not one more place.
     */
    private boolean gappedSubject(Mention m) {
        int k = m.end();
        return m.index() > 0 && t.isKey(m.index() - 1, "and") && k < t.size && t.isKey(k, "the");
    }

    private String force(Quantity q, int head, int hEnd, int s, List<Mention> all, String host) {
        int f = q.first();
        List<Mention> mentions = all.stream().filter(m -> !leader(m) && !(m.possessive() && partOfAim(m))
                && !aside(m, all, f) && !based(m) && !negatedName(m)).toList();
        // "troops have been deployed by Moscow": the agent of a passive
        for (int k = hEnd; k < Math.min(t.size, hEnd + 6); k++) {
            if (t.type[k] != Tokens.WORD || t.is(k, Cue.CLAUSE_WORD)) {
                break;
            }
            if (t.isKey(k, "by") && k > hEnd && (t.is(k - 1, Cue.CHANGE) || t.wordIs(k - 1, Cue.LEVEL_AFTER))) {
                for (Mention m : mentions) {
                    if (m.index() > k && m.index() <= k + 2 && m.place().canAct()) {
                        return m.place().force();
                    }
                }
            }
        }
        if (hEnd + 1 < t.size && t.isKey(hEnd, "of") && (t.isKey(hEnd + 1, "the") || t.isKey(hEnd + 1, "a")
                || t.place(hEnd + 1) != null)) {
            for (Mention m : mentions) {
                if (m.index() > hEnd && m.index() <= hEnd + 2 + ordinal(hEnd + 2) && m.place().canAct() && (modifiesForce(m)
                        || (m.end() + 1 < t.size && t.wordIs(m.end() + 1, Cue.UNIT)))) {
                    return m.place().force();
                }
            }
        }
        String named = namedWithNoun(q, head, mentions);
        if (named != null) {
            // "200 U.S. troops from Osan Air Base": the force named with the noun, not the place they come from
            return named;
        }
        if (hEnd < t.size && t.isKey(hEnd, "from")) {
            if (countedCountries(hEnd + 1, mentions)) {
                return SEVERAL; // "30,000 troops from 27 NATO and partner countries": no one force
            }
            boolean shares = contributions(hEnd, s);
            for (Mention m : mentions) {
                if (m.index() > hEnd && m.index() <= hEnd + 2 + ordinal(hEnd + 2) && m.place().canAct()
                        && (shares || !m.place().name().equals(host))) {
                    return m.place().force();
                }
            }
        }
        boolean suffixHead = head >= 0 && head > q.last() && t.type[head - 1] == Tokens.DASH && head == q.last() + 1;
        for (Mention m : mentions) {
            if (!m.place().canAct()) {
                continue;
            }
            if (suffixHead && m.index() > head && m.index() <= head + 5 && !m.locative()) {
                return m.place().force();
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() <= f && m.end() >= f - 4 && m.possessive() && m.place().canAct()) {
                return m.place().force();
            }
        }
        for (Mention m : mentions) {
            if (m.index() < f && m.index() >= f - 25 && m.possessive() && m.place().canAct() && m.end() + 1 < t.size
                    && t.wordIs(m.end() + 1, Cue.UNIT | Cue.TROOP) && !m.place().name().equals(host)) {
                return m.place().force();
            }
        }
        String subject = subjectForce(q, head, s, mentions, host);
        if (subject != null) {
            return subject;
        }
        if (anotherGroup(q, head)) {
            return SEVERAL; // "1,000 other coalition personnel", "3,500 allied soldiers": no one force
        }
        if (previousForce != null && !previousForce.equals(SEVERAL)) {
            // "... U.S. Marines relocated ..., the start of a planned transfer of 4,000 personnel, Japan's
            // defense ministry said": the sentence's earlier force before a speaker's nationality
            return previousForce;
        }
        int limit = hEnd + 20;
        for (Mention m : mentions) {
            if (m.index() < hEnd || m.index() >= limit || !m.place().canAct() || m.locative()) {
                continue;
            }
            int next = m.end();
            boolean by = m.index() - 1 >= hEnd && (t.isKey(m.index() - 1, "by")
                    || (t.isKey(m.index() - 1, "the") && m.index() - 2 >= hEnd && t.isKey(m.index() - 2, "by")));
            boolean saying = by || next < t.size && (t.wordIs(next, Cue.SAID) || (m.possessive() && next + 1 < t.size
                    && !partOfAim(m)));
            for (int k = next; !saying && k < Math.min(t.size, next + 3) && t.type[k] == Tokens.WORD
                    && !t.is(k, Cue.TROOP); k++) {
                // "the U.S. Army said", "the French defence ministry said"
                saying = k > next && t.wordIs(k, Cue.SAID);
            }
            boolean standsAlone = next >= t.size || t.type[next] != Tokens.WORD || t.wordIs(next, Cue.AUX | Cue.SAID)
                    || m.possessive();
            if ((m.place().type() == Place.Type.ACTOR && standsAlone && !partOfAim(m)) || saying) {
                if (host == null || !m.place().name().equals(host)) {
                    String planner = saying ? planner(m, mentions, host) : null;
                    return planner != null ? planner : m.place().force();
                }
            }
        }
        return usUnit(s, hEnd) ? "US" : troopsNamedBefore(q, head);
    }

    /** "2,500 U.S. troops and 1,000 other coalition personnel": another group than the troops named before. */
    private boolean anotherGroup(Quantity q, int head) {
        for (int k = q.last(); head >= 0 && k < head; k++) {
            if (t.isKey(k, "other") || t.isKey(k, "allied") || t.isKey(k, "coalition") || t.isKey(k, "partner")
                    || t.isKey(k, "foreign") || t.isKey(k, "multinational") || t.isKey(k, "international")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "paratroopers from the 82nd Airborne Division ..., Pentagon officials said": a US Army division, brigade or
     * regiment named in the sentence up to the figure's noun, in an excerpt that names the US elsewhere. A unit's
     * name alone is not taken as naming the force, as most of the sets label it.
     */
    private boolean usUnit(int s, int hEnd) {
        boolean unit = false;
        for (int k = s; k + 2 < t.size && k <= hEnd + 3 && !unit; k++) {
            unit = ordinal(k) == 1 && (t.isKey(k + 1, "airborne") || t.isKey(k + 1, "cavalry")
                    || t.isKey(k + 1, "mountain")) && (t.isKey(k + 2, "division") || t.isKey(k + 2, "brigade")
                    || t.isKey(k + 2, "regiment"));
        }
        if (!unit) {
            return false;
        }
        if (namesUs == null) {
            namesUs = false;
            for (Mention m : Mention.find(t, 0, t.size)) {
                if (m.place().canAct() && m.place().force().equals("US")) {
                    namesUs = true;
                    break;
                }
            }
        }
        return namesUs;
    }

    /**
     * "all American troops would leave ... About 2,500 remain", "the transfer of U.S. Marines ... with about 100
     * personnel": an unmarked figure counts the troops named before it, when one force alone is named with troops
     * there.
     */
    private String troopsNamedBefore(Quantity q, int head) {
        int f = q.first();
        String found = null;
        for (Mention m : Mention.find(t, Math.max(0, f - 3 * WINDOW), f)) {
            int k = m.end();
            if (!m.place().canAct() || m.locative() || !(t.wordIs(m.index(), Cue.DEMONYM)
                    || k < f && t.type[k] == Tokens.WORD && t.wordIs(k, Cue.TROOP))) {
                continue;
            }
            if (found != null && !found.equals(m.place().force())) {
                return null;
            }
            found = m.place().force();
        }
        return found;
    }

    /**
     * The force named between a figure and its noun ("200 U.S. troops", "1,500 Americans"), or null; not one
     * beyond another figure ("About 2,500 remain, alongside 7,000 NATO forces": NATO's are the 7,000).
     */
    private String namedWithNoun(Quantity q, int head, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.place().canAct() && head >= 0 && m.index() >= q.last() && (m.index() < head
                    || (m.index() == head && t.wordIs(head, Cue.DEMONYM)))) {
                boolean clause = false;
                for (int k = q.last(); k < m.index(); k++) {
                    // "about 12,000 and 3,200 U.S. service members": figures listed before one noun share it
                    clause |= t.type[k] != Tokens.NUMBER && !(t.type[k] == Tokens.COMMA || t.isKey(k, "and")
                            || t.isKey(k, "or") || t.isKey(k, "to") || t.isKey(k, "about") || t.isKey(k, "roughly"));
                    if (t.type[k] == Tokens.NUMBER && clause) {
                        return null;
                    }
                }
                return m.place().force();
            }
        }
        return null;
    }

    /**
     * "Canada, which leads NATO's brigade in Latvia, has ... 2,200 troops", "France, the framework nation for
     * NATO's battlegroup, has 1,000 soldiers": a place named in an aside between commas after the subject
     * (a relative clause or an appositive, not one more item of a list) before the figure, which is the subject's.
     */
    private boolean aside(Mention m, List<Mention> all, int f) {
        if (m.index() >= f) {
            return false;
        }
        int open = m.index() - 1;
        while (open >= Math.max(0, m.index() - 8) && t.type[open] == Tokens.WORD) {
            open--;
        }
        if (open < 1 || t.type[open] != Tokens.COMMA || open == m.index() - 1) {
            return false; // "Germany, France and Britain": nothing but the name after the comma
        }
        boolean subject = false;
        for (Mention o : all) {
            subject |= o != m && o.end() == open && o.place().canAct() && !o.locative();
        }
        if (!subject) {
            return false;
        }
        for (int k = m.end(); k < f; k++) {
            if (t.type[k] == Tokens.COMMA) {
                return true;
            }
            if (t.type[k] != Tokens.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * After "from": a count of countries that names the alliance among them ("from 27 NATO and partner
     * countries"), not one force; "KFOR's 4,500 troops from 28 countries" keeps the force named elsewhere.
     */
    private boolean countedCountries(int k, List<Mention> mentions) {
        if (k >= t.size || t.type[k] != Tokens.NUMBER) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size, k + 6); j++) {
            if (t.isKey(j, "countries") || t.isKey(j, "nations") || t.isKey(j, "allies") || t.isKey(j, "states")) {
                for (Mention m : mentions) {
                    if (m.index() > k && m.index() < j && m.place().canAct()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "about 12,200 from the U.S., 5,400 from the Philippines and 111 from Australia": shares of a total listed by
     * where they come from, the host's own among them; not "12,000 troops from Germany", a move away from a host.
     */
    private boolean contributions(int from, int s) {
        int shares = 0;
        for (int k = Math.max(s + 1, from - 40); k < Math.min(t.size, from + 40); k++) {
            if (t.isKey(k, "from") && t.type[k - 1] == Tokens.NUMBER) {
                shares++;
            }
        }
        return shares >= 2 && t.type[from - 1] == Tokens.NUMBER;
    }

    /** "the Vilseck-based 2nd Cavalry Regiment", "Japan-based Marines": where a unit is based, not whose it is. */
    private boolean based(Mention m) {
        int k = m.end();
        return k + 1 < t.size && t.type[k] == Tokens.DASH && t.isKey(k + 1, "based");
    }

    /** 1 where token k is an ordinal before a unit's name ("of the 82nd Airborne Division"), else 0. */
    private int ordinal(int k) {
        return k < t.size && t.type[k] == Tokens.NUMBER && (t.numFlags[k] & Tokens.NUM_ORDINAL) != 0 ? 1 : 0;
    }

    /** "Canberra has agreed to host 2,500 Marines": the subject is the host, not the force. */
    private boolean hostVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isKey(k, "host") || t.isKey(k, "hosting") || t.isKey(k, "hosted") || t.isKey(k, "welcome")
                    || t.isKey(k, "welcomed") || t.isKey(k, "receive") || t.isKey(k, "received")) {
                return true;
            }
        }
        return false;
    }

    /** "as part of NATO's Enhanced Forward Presence", "to bolster NATO's eastern flank": the aim, not the force. */
    private boolean partOfAim(Mention m) {
        int b = m.index() - 1;
        if (b >= 0 && t.isKey(b, "the")) {
            b--;
        }
        return b >= 1 && (t.isKey(b, "of") && t.isKey(b - 1, "part") || t.isKey(b, "bolster") || t.isKey(b, "reinforce")
                || t.isKey(b, "strengthen") || t.isKey(b, "support") || t.isKey(b, "join"));
    }

    /** "French-led NATO battlegroup": the leader of a unit that is named after it, not its force. */
    private boolean leader(Mention m) {
        int k = m.end();
        return k + 2 < t.size && t.type[k] == Tokens.DASH && t.isKey(k + 1, "led") && t.place(k + 2) != null
                && t.place(k + 2).canAct();
    }

    /** The force named as the subject before the figure ("Britain will send ..."), or null. */
    private String subjectForce(Quantity q, int head, int s, List<Mention> mentions, String host) {
        int f = q.first();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.index() >= f || m.index() < f - 25 || !m.place().canAct() || m.locative()) {
                continue;
            }
            if (m.end() < t.size && t.wordIs(m.end(), Cue.SOURCE)) {
                if (lastSource == null) {
                    lastSource = m.place().force(); // "Ukrainian intelligence agencies estimate ...": a source
                }
                if (i > 0 && listed(mentions.get(i - 1), m) && !m.place().name().equals(host)
                        && !mentions.get(i - 1).place().name().equals(host)) {
                    // "British and French officials have discussed a force of 10,000 troops"; but "U.S. and
                    // South Korean officials said 28,500 troops ..." in Korea: the one not at home
                    return SEVERAL;
                }
                continue;
            }
            if (host != null && (m.place().type() == Place.Type.COUNTRY || m.place().type() == Place.Type.ADJECTIVE)
                    && m.place().name().equals(host)) {
                if (m.end() < f && m.place().type() == Place.Type.COUNTRY
                        && (t.isKey(m.end(), "has") || t.isKey(m.end(), "have") || t.isKey(m.end(), "keeps"))
                        && !hostVerb(m.end() + 1, f)) {
                    // "Egypt has about 1,000 soldiers deployed in the Sinai": its own troops at home
                    return m.place().force();
                }
                continue;
            }
            if (head >= 0 && m.end() < f && t.is(m.end(), Cue.TROOP)) {
                continue;
            }
            if (i > 0 && listed(mentions.get(i - 1), m) && !mentions.get(i - 1).locative()
                    && !mentions.get(i - 1).place().name().equals(host)
                    && !mentions.get(i - 1).place().force().equals(m.place().force())) {
                return SEVERAL;
            }
            return m.place().force();
        }
        return null;
    }

    // ---------------------------------------------------------------- dates

    /** A year dating the figure's event: "In 2004, ... shifted", "... to Iraq in 2004"; not one of a nearby clause. */
    private Integer eventYear(int s, int e, int f, int hEnd) {
        for (int k = Math.max(s, f - 4); k < f; k++) {
            if (t.isKey(k, "today") || t.isKey(k, "now") || t.isKey(k, "currently")) {
                return null; // "...; today about 1,500 Russian troops remain": the present, whatever years came before
            }
            if (t.type[k] == Tokens.CLAUSE) {
                s = k + 1;
            }
        }
        for (int k = s; k < e; k++) {
            if (!t.isYear(k) || (k > s + 1 && k < f - 12) || k > hEnd + 10 || otherFigure(hEnd, k)) {
                continue;
            }
            int b = k - 1;
            if (b >= s && isMonth(b)) {
                b = t.phraseBackStart[b] - 1;
            }
            if (b < s || (t.phraseBack[b] != null && t.phraseBack[b].is(Cue.EVENT_PREP) && !t.isKey(b, "by"))) {
                return (int) t.value[k];
            }
        }
        return null;
    }

    /** "about 2,500 now, down from a peak of 170,000 in 2007": the year dates the other figure. */
    private boolean otherFigure(int from, int k) {
        for (int j = Math.max(0, from); j < k; j++) {
            if (t.type[j] == Tokens.NUMBER && !t.isYear(j) && t.value[j] >= 100) {
                return true;
            }
        }
        return false;
    }

    private static List<Draft> dedupe(List<Draft> drafts) {
        if (drafts.size() < 2) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean dup = false;
            for (Draft o : out) {
                if (java.util.Objects.equals(o.quantity, d.quantity) && o.kind == d.kind && java.util.Objects.equals(o.location, d.location)
                        && java.util.Objects.equals(o.borderWith, d.borderWith)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(d);
            }
        }
        return out;
    }
}
