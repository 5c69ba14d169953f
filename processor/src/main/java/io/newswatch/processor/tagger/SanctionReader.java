package io.newswatch.processor.tagger;

import io.newswatch.processor.tagger.SanctionTag.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the sanctions mentions of one sentence: for each word naming sanctions, the action done
 * to them (nearest action word, "threaten" governing "impose"), whether it is ruled out, who
 * imposes them and on whom. A target the sentence does not name is left null for the article.
 */
final class SanctionReader {

    /** A sanctions mention before article context: target null means "inherit". */
    record Draft(Action action, String target, String issuer, boolean negated, int token) {
    }

    /** Issuers that name themselves before "sanctions" ("U.S. sanctions" is issued by the US). */
    static final Set<String> ISSUERS = Set.of("United States", "UN", "EU", "United Kingdom", "Japan", "Canada",
            "Australia", "Switzerland", "G7", "NATO", "South Korea", "Germany", "France", "AU", "ECOWAS",
            "New Zealand", "Norway");

    /** Words that only cue an action when they come before "sanctions". */
    private static final String[] ASIDE_OPENERS = {"with", "until", "for", "from", "effective", "as", "starting",
        "beginning", "in", "on", "by", "through", "till"};
    private static final String[] TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"};
    static final Set<String> LEFT_ONLY = Set.of("hit", "hits", "target", "targets", "targeted",
            "targeting", "new", "fresh", "additional", "further", "round of", "place", "places", "put",
            "puts", "issue", "pass", "agreed", "apply", "applies", "end", "ends", "ending", "more", "increase",
            "face", "faces", "facing", "risk", "risks", "possible", "potential", "consider", "considering",
            "still", "implement", "implementation", "enforcement", "enforce", "announce", "announces", "drop",
            "drops", "reduce", "mull", "mulling", "weigh", "weighing", "prepare", "preparing", "tough", "harsh",
            "crippling", "continue", "under", "despite", "impact", "effect", "effects", "due to", "because of",
            "amid", "affected", "hurt", "suffering", "join", "joins", "joined", "joining", "consequences",
            "costs", "restore", "restores");

    /** Those sanctioned on behalf of a country: "sanctions on 10 U.S. defence companies". */
    private static final Set<String> ENTITIES = Set.of("companies", "firms", "entities", "individuals", "officials",
            "banks", "businesses", "executives", "nationals", "lawmakers", "politicians", "vessels", "tankers");

    /** Those heading or owning firms: "its German chief executive". */
    private static final Set<String> FIRM_HEADS = Set.of("executive", "executives", "ceo", "chief", "company",
            "firm", "tycoon", "businessman", "businessmen", "owner", "owners", "shareholder", "shareholders",
            "companies", "firms", "entities", "banks", "businesses", "vessels", "tankers", "ships", "refinery",
            "refineries", "network", "networks", "airline", "airlines", "insurer", "insurers");

    /** People sanctioned by office: "senior British ministers". */
    private static final Set<String> PEOPLE = Set.of("ministers", "minister", "mps", "generals", "commanders",
            "contractors", "diplomats", "judges", "legislators", "senators", "oligarchs", "leaders", "secretary",
            "senator", "lawmaker", "general", "administration");

    /** Irregular past participles that take an agent of their own ("sold by Russia"). */
    private static final Set<String> PARTICIPLES = Set.of("sold", "made", "run", "held", "built", "bought", "owned",
            "shown", "taken", "driven", "given", "known", "seen", "brought", "sent", "paid", "won");

    private static final String[][] COUNT_QUALIFIERS = {{"up", "to"}, {"more", "than"}, {"at", "least"}, {"nearly"},
        {"almost"}, {"about"}, {"around"}, {"some"}, {"over"}, {"another"}};

    /** Participles whose agent stands behind the sanctions ("sanctions backed by the UN"). */
    private static final Set<String> SPONSORS = Set.of("backed", "supported", "endorsed", "led", "coordinated",
            "mandated", "ordered", "authorized", "authorised", "proposed", "drafted", "sponsored", "pushed",
            "championed", "demanded", "sought", "requested", "triggered", "decided", "agreed", "voted");

    private final Tokens t;
    private final SanctionClause clause;
    /** Whether the sentence before named sanctions, so that "them" can refer to them. */
    boolean sanctionsBefore;
    /** The country that last issued sanctions in the text, as a target name, for counter-sanctions. */
    private String priorIssuer;
    /** The issuer of the sanctions last named, as a force name. */
    private String priorForce;
    /** Action, target and issuer of each targeted draft of the sentences read so far. */
    private final Set<String> said = new java.util.HashSet<>();

    SanctionReader(Tokens t) {
        this.t = t;
        this.clause = new SanctionClause(t);
    }

    List<Draft> read(int s, int e) {
        List<Draft> out = new ArrayList<>();
        List<Mention> mentions = null;
        int lastTrigger = -100;
        boolean named = false;
        for (int i = s; i < e; i++) {
            // "it" and "they" only across sentences; within one "them" or "those" ("keeping those ... in place")
            boolean pronoun = (sanctionsBefore && t.wordIs(i, Cue.PRONOUN | Cue.SANCTION_PRONOUN)
                    && !otherAntecedent(i, s)
                    || named && (t.wordIs(i, Cue.PRONOUN) || t.isKey(i, "the") && t.is(i, Cue.SANCTION_PRONOUN)))
                    && actionNear(i, s, e) || named && threatenedMore(i, s) || named && measuresActed(i, s, e)
                    || named && newOnes(i, s) || named && passiveThey(i, s, e)
                    || sanctionsBefore && !named && (measuresDone(i, s) || clause.reliefUndone(i, e) >= 0);
            named |= t.is(i, Cue.SANCTION);
            if (!pronoun && (!t.is(i, Cue.SANCTION) || t.type[i] != Tokens.WORD || authorizes(i, e))) {
                continue;
            }
            if (i - lastTrigger < 4) {
                lastTrigger = i;
                continue;
            }
            lastTrigger = i;
            if (!out.isEmpty() && appositive(i, s)) {
                continue; // "lifted the arms embargo on Somalia, a sanctions measure first imposed in 1992": renamed
            }
            if (sportsBodyBefore(i, s) || domestic(i, s)) {
                continue; // "FIFA lifted its sanctions against the football federation", "disciplinary sanctions"
            }
            if (mentions == null) {
                mentions = Mention.find(t, s, e);
            }
            read(i, s, e, mentions, !t.is(i, Cue.SANCTION), out);
        }
        List<Draft> drafts = new ArrayList<>();
        int anew = -1; // whether the sentence names a new round: looked at only when a restatement is suspected
        for (Draft d : distinct(out)) {
            if (d.target() == null || !said.contains(d.action() + "|" + d.target() + "|" + d.issuer())
                    || (anew < 0 ? (anew = freshRound(s, e) ? 1 : 0) : anew) == 1) {
                drafts.add(d); // a later sentence restating the same act ("Treasury is sanctioning ...") adds nothing
            }
        }
        for (Draft d : drafts) {
            if (d.target() != null) {
                said.add(d.action() + "|" + d.target() + "|" + d.issuer());
            }
        }
        for (Draft d : drafts) {
            priorForce = d.issuer() != null ? d.issuer() : priorForce;
            if (d.issuer() != null && !isAlliance(d.issuer())) {
                priorIssuer = switch (d.issuer()) {
                    case "US" -> "United States";
                    case "UK" -> "United Kingdom";
                    default -> d.issuer();
                };
            }
        }
        return drafts;
    }

    /** "In June, the US imposed new sanctions on Iran": a new round, not a restatement of the earlier act. */
    private boolean freshRound(int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.isKey(k, "new") || t.isKey(k, "fresh") || t.isKey(k, "additional") || t.isKey(k, "further")
                    || t.isKey(k, "another") || t.isKey(k, "latest") || t.isKey(k, "more")) {
                return true;
            }
        }
        return false;
    }

    /** No country or actor named in the sentence before k. */
    private static boolean noActorBefore(int k, int s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.index() >= s && m.index() < k && m.place().canAct()) {
                return false;
            }
        }
        return true;
    }

    /** "hit back", "retaliated", "in response": the clause before the sanctions answers someone's. */
    private boolean retaliation(int s, int i) {
        for (int k = s; k < i; k++) {
            if (t.isKey(k, "retaliated") || t.isKey(k, "retaliates") || t.isKey(k, "retaliating")
                    || t.isKey(k, "retaliation") || t.isKey(k, "retaliatory") || t.isKey(k, "back") && k > s
                    && (t.isKey(k - 1, "hit") || t.isKey(k - 1, "hits") || t.isKey(k - 1, "struck"))
                    || t.isKey(k, "response") && t.isKey(k - 1, "in")) {
                return true;
            }
        }
        return false;
    }

    /** The one hitting back: the sentence's subject, a country other than the first issuer, or null. */
    private Mention retaliator(int s, int i, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.index() >= s && m.index() <= s + 2 && m.index() < i && m.place().canAct() && !m.locative()
                    && isTargetable(m.place()) && !m.place().name().equals(priorIssuer)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "UK SANCTIONS 50 RUSSIAN OIL TANKERS", "US sanctions Chinese firms": "sanctions" as a headline's present-tense
     * verb, an issuer before it and its object (a count, "the", a nation or a nationality) right after, with no "on".
     */
    private boolean verbSanctions(int i, int s) {
        if (!t.isKey(i, "sanctions") || i - 1 < s || i + 1 >= t.size) {
            return false;
        }
        int start = t.phraseBackStart[i - 1];
        Place subject = t.place(start);
        if (subject != null && start - 1 >= s && t.place(t.phraseBackStart[start - 1]) != null
                && t.place(t.phraseBackStart[start - 1]).force().equals(subject.force())) {
            start = t.phraseBackStart[start - 1]; // "US Treasury sanctions ...": a country and its agency
        }
        if (subject == null || !subject.canAct() || subject.type() == Place.Type.ADJECTIVE
                || start - 1 >= s && t.type[start - 1] == Tokens.WORD) {
            return false; // "the US sanctions Iran faces": a noun with a relative clause after it
        }
        int o = countStart(i + 1);
        Place object = t.place(o);
        int after = object == null ? o + 1 : Math.max(o + 1, t.phraseEnd[o]);
        return t.type[o] == Tokens.NUMBER || t.wordIs(o, Cue.NUMBER_WORD) || t.isKey(o, "the")
                || object != null && isTargetable(object) && !(after < t.size && t.wordIs(after, Cue.AUX));
    }

    /** "up to 100 tankers", "more than 20 firms": the number after a qualifier of a count at k, or k. */
    private int countStart(int k) {
        for (String[] q : COUNT_QUALIFIERS) {
            boolean all = k + q.length < t.size;
            for (int j = 0; all && j < q.length; j++) {
                all = t.isKey(k + j, q[j]);
            }
            if (all && (t.type[k + q.length] == Tokens.NUMBER || t.wordIs(k + q.length, Cue.NUMBER_WORD))) {
                return k + q.length;
            }
        }
        return k;
    }

    /** "sanctioned", "will sanction", "UK SANCTIONS 50 ...": the word is the verb. */
    private boolean verb(int i, int s) {
        return t.isKey(i, "sanctioned") || t.isKey(i, "sanctioning") || t.isKey(i, "sanction") || verbSanctions(i, s);
    }

    /** ", imposed in 2014", ", first imposed in 2014": a participle set off by a comma, an adverb between. */
    /**
     * "lifting, with immediate effect, the sanctions", "prolonged ..., until 31 July, the sanctions": the opening
     * comma of an adverbial aside that starts with a preposition and closes at {@code close}, or -1.
     */
    private int asideOpening(int close, int s) {
        for (int c = close - 1; c > s && close - c <= 9; c--) {
            if (t.type[c] == Tokens.CLAUSE || t.type[c] == Tokens.END || t.is(c, Cue.SANCTION)) {
                return -1;
            }
            if (t.type[c] == Tokens.COMMA) {
                return c + 1 < close && t.type[c - 1] == Tokens.WORD && keyIn(c + 1, ASIDE_OPENERS) ? c : -1;
            }
        }
        return -1;
    }

    /** "more dependent on", "less reliant on": a degree word before an adjective and its preposition, no sanctions. */
    private boolean comparative(int b, int i) {
        int a = b + 1;
        return (t.isKey(b, "more") || t.isKey(b, "less")) && a + 1 < i && t.type[a] == Tokens.WORD
                && t.place(a) == null && !t.wordIs(a, Cue.MODIFIER | Cue.S_ACTION | Cue.NUMBER_WORD) && !isAdjectiveLike(a)
                && (t.isKey(a + 1, "on") || t.isKey(a + 1, "to") || t.isKey(a + 1, "than") || t.isKey(a + 1, "of")
                || t.isKey(a + 1, "about") || t.isKey(a + 1, "in") || t.isKey(a + 1, "with"));
    }

    /** "two more years", "for further six months": a word of addition that counts time. */
    private boolean duration(int b, int e) {
        if (!(t.isKey(b, "more") || t.isKey(b, "further") || t.isKey(b, "another") || t.isKey(b, "additional"))) {
            return false;
        }
        for (int k = b + 1; k < e && k <= b + 3 && !t.is(k, Cue.SANCTION); k++) {
            if (keyIn(k, TIME_UNITS)) {
                return true;
            }
        }
        return false;
    }

    private boolean keyIn(int k, String[] keys) {
        for (String key : keys) {
            if (t.isKey(k, key)) {
                return true;
            }
        }
        return false;
    }

    private boolean asideAfterComma(int r) {
        if (t.type[r - 1] == Tokens.COMMA) {
            return true;
        }
        return r - 2 >= 0 && t.type[r - 2] == Tokens.COMMA && t.type[r - 1] == Tokens.WORD
                && (t.text.regionMatches(true, t.end[r - 1] - 2, "ly", 0, 2) || t.isKey(r - 1, "first")
                || t.isKey(r - 1, "already") || t.isKey(r - 1, "later"));
    }

    /**
     * "China firmly opposes unilateral sanctions that have no basis in international law": a stance on a kind of
     * sanctions, with no one named under them, is no tag ("opposes unilateral sanctions on Pyongyang" names one).
     */
    private boolean opposedInPrinciple(int i, int trEnd, int s, int e, List<Mention> mentions) {
        if (i - 1 < s || !t.isKey(i - 1, "unilateral") || !explicitTargets(trEnd, e, mentions).isEmpty()) {
            return false;
        }
        for (int k = s; k < i - 1; k++) {
            if (t.isKey(k, "oppose") || t.isKey(k, "opposes") || t.isKey(k, "opposed") || t.isKey(k, "opposing")) {
                return true;
            }
        }
        return false;
    }

    /** "the 2017 sanctions law had been used against a NATO member": the statute, acted on by no one, is no tag. */
    private boolean statute(int i, int trEnd, int s, int e, List<Mention> mentions) {
        if (trEnd + 1 >= e || !(t.isKey(trEnd, "law") || t.isKey(trEnd, "laws") || t.isKey(trEnd, "legislation")
                || t.isKey(trEnd, "bill") || t.isKey(trEnd, "statute") || t.isKey(trEnd, "act"))) {
            return false;
        }
        for (int k = Math.max(s, i - 3); k < i; k++) {
            if (t.place(k) != null) {
                return false; // "the Russia sanctions bill" names its target
            }
        }
        return explicitTargets(trEnd + 1, e, mentions).isEmpty();
    }

    /** ", a sanctions measure": a noun phrase set off after a comma, renaming what the clause before named. */
    private boolean appositive(int i, int s) {
        for (int k = i - 1; k > s && k >= i - 3 && t.type[k] == Tokens.WORD && !t.wordIs(k, Cue.CLAUSE_WORD); k--) {
            if (t.isKey(k, "a") || t.isKey(k, "an")) {
                return t.type[k - 1] == Tokens.COMMA;
            }
        }
        return false;
    }

    /** "faces disciplinary sanctions", "criminal sanctions": a penalty on a person at home, no country's sanctions. */
    private boolean domestic(int i, int s) {
        return i - 1 >= s && (t.isKey(i - 1, "disciplinary") || t.isKey(i - 1, "criminal"));
    }

    /** "..., as Brussels reimposes curbs", "while the EU keeps ...": a clause of its own with a subject that can act. */
    private boolean newSubject(int r, int e) {
        if (!(t.wordIs(r, Cue.CLAUSE_WORD) || t.isKey(r, "as"))) {
            return false;
        }
        int k = r + 1 < e && t.isKey(r + 1, "the") ? r + 2 : r + 1;
        return k < e && t.place(k) != null && t.place(k).canAct() && k + 1 < e && !t.isKey(k + 1, "'s");
    }

    /** "the prospect of renewed UN sanctions", "hit with renewed sanctions": sanctions back again, not extended. */
    private boolean renewedBefore(int b, int i, int s) {
        return t.isKey(b, "renewed") && i - b <= 3 && b - 1 >= s && (t.isKey(b - 1, "of") || t.isKey(b - 1, "with")
                || t.isKey(b - 1, "by") || t.isKey(b - 1, "for")); // "the renewed U.S. sanctions" are extended ones
    }

    /** "Moscow called the move a blockade and demanded that Vilnius reverse it": "it" is the thing just named. */
    private boolean otherAntecedent(int i, int s) {
        if (!t.isKey(i, "it")) {
            return false;
        }
        for (int k = s; k + 1 < i; k++) {
            if (t.isKey(k, "the") && (t.isKey(k + 1, "move") || t.isKey(k + 1, "decision") || t.isKey(k + 1, "step")
                    || t.isKey(k + 1, "ban") || t.isKey(k + 1, "blockade") || t.isKey(k + 1, "plan"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., but measures against Assad-era officials will stay in place": after sanctions in the sentence,
     * a clause on bare "measures" with an action of its own speaks of sanctions too.
     */
    private boolean measuresActed(int i, int s, int e) {
        if (measuresObject(i, s, e)) {
            return true;
        }
        if (!(t.isKey(i, "measures") || t.isKey(i, "penalties")) || i - 1 < s
                || !(t.wordIs(i - 1, Cue.CLAUSE_WORD) || t.type[i - 1] == Tokens.COMMA || t.isKey(i - 1, "and"))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(e, i + 12); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.COMMA) {
                return false;
            }
            if (t.is(k, Cue.S_MAINTAIN | Cue.S_LIFT | Cue.S_EASE | Cue.S_TIGHTEN) && !t.is(k, Cue.S_IMPOSE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., while keeping in place measures against Assad's associates", "as Washington reimposes sweeping curbs
     * on Tehran": after sanctions in the sentence, bare measures or curbs as the object of an action word, an
     * adjective or two between, speak of sanctions too.
     */
    private boolean measuresObject(int i, int s, int e) {
        if (!(t.isKey(i, "measures") || t.isKey(i, "penalties") || t.isKey(i, "curbs") || t.isKey(i, "restrictions"))
                || i + 2 >= e || !(t.isKey(i + 1, "against") || t.isKey(i + 1, "on") && placeAt(i + 2, e))) {
            return false; // "imposed curbs on capital flows" is no one's sanctions
        }
        for (int k = i - 1, n = 0; k >= s && n < 3 && t.type[k] == Tokens.WORD; n++) {
            Word w = t.phraseBack[k];
            if (w != null && w.is(Cue.S_IMPOSE | Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT | Cue.S_MAINTAIN)
                    && !LEFT_ONLY.contains(w.key) && !t.is(k, Cue.SANCTION)) {
                return true;
            }
            if (t.isKey(k, "the") || t.isKey(k, "a")) {
                return false; // "the measures" is read as a pronoun of its own
            }
            k = t.phraseBackStart[k] - 1;
        }
        return false;
    }

    /**
     * "Japan extended its sanctions ... Tokyo first imposed unilateral measures in 2006": after a sentence on
     * sanctions, bare measures or penalties as the object of an action word, an adjective or two between.
     */
    private boolean measuresDone(int i, int s) {
        if (!(t.isKey(i, "measures") || t.isKey(i, "penalties"))) {
            return false;
        }
        for (int k = i - 1, n = 0; k >= s && n < 3 && t.type[k] == Tokens.WORD; n++) {
            Word w = t.phraseBack[k];
            if (w != null && w.is(Cue.S_IMPOSE | Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT | Cue.S_MAINTAIN)
                    && !LEFT_ONLY.contains(w.key)) {
                return true;
            }
            k = t.phraseBackStart[k] - 1;
        }
        return false;
    }

    /** A place named at k, past a "the". */
    private boolean placeAt(int k, int e) {
        int p = k < e && t.isKey(k, "the") ? k + 1 : k;
        return p < e && t.place(p) != null;
    }

    /** "... and impose new ones on those responsible": "ones" after a word of addition, more of the sanctions named. */
    private boolean newOnes(int i, int s) {
        return t.isKey(i, "ones") && i - 1 >= s && (t.isKey(i - 1, "new") || t.isKey(i - 1, "fresh")
                || t.isKey(i - 1, "additional") || t.isKey(i - 1, "further") || t.isKey(i - 1, "tougher")
                || t.isKey(i - 1, "harsher") || t.isKey(i - 1, "more"));
    }

    /**
     * "..., a decade after they were lifted": "they" as the subject of a passive sanctions action (countries and
     * people are not lifted or eased) stands for the sanctions named before it in the sentence.
     */
    private boolean passiveThey(int i, int s, int e) {
        if (!t.isKey(i, "they") || i - 1 < s || t.is(i - 1, Cue.SANCTION)) {
            return false;
        }
        int k = i + 1;
        boolean passive = false;
        while (k < e && k <= i + 4 && t.type[k] == Tokens.WORD && t.wordIs(k, Cue.AUX)) {
            passive |= t.isKey(k, "were") || t.isKey(k, "been") || t.isKey(k, "are") || t.isKey(k, "be");
            k++;
        }
        return passive && k < e && t.type[k] == Tokens.WORD && t.word[k] != null && t.word[k].key.endsWith("ed")
                && t.is(k, Cue.S_LIFT | Cue.S_EASE | Cue.S_TIGHTEN | Cue.S_IMPOSE) && !t.is(k, Cue.S_MENTION);
    }

    /** "..., threatening further measures if ...": more of the sanctions just named, threatened. */
    private boolean threatenedMore(int i, int s) {
        if (!(t.isKey(i, "measures") || t.isKey(i, "penalties") || t.isKey(i, "steps")) || i - 2 < s
                || !(t.isKey(i - 1, "further") || t.isKey(i - 1, "more") || t.isKey(i - 1, "additional")
                || t.isKey(i - 1, "tougher"))) {
            return false;
        }
        return t.wordIs(i - 2, Cue.S_THREATEN) || i - 3 >= s && t.wordIs(i - 3, Cue.S_THREATEN);
    }

    /** A sports body earlier in the clause: its sanctions are not a country's. */
    private boolean sportsBodyBefore(int i, int s) {
        for (int k = i - 1; k >= s; k--) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.wordIs(k, Cue.CLAUSE_WORD)
                    || (t.place(k) != null && t.place(k).canAct())) {
                return false;
            }
            if (t.wordIs(k, Cue.SPORTS_BODY) || (t.phraseBack[k] != null && t.phraseBack[k].is(Cue.SPORTS_BODY))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One draft per action and target in a sentence: "renewed sanctions on South Sudan, including an
     * arms embargo" is one renewal, and "imposed asset freezes ..., bringing the number under UK
     * sanctions to 22" names the imposed sanctions again without a new action.
     */
    private static List<Draft> distinct(List<Draft> drafts) {
        if (drafts.size() < 2) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean repeat = false;
            for (Draft o : drafts) {
                if (o.token() == d.token() && !java.util.Objects.equals(o.issuer(), d.issuer())) {
                    continue; // "UN, EU and US sanctions": one noun, each issuer's own
                }
                if (o != d && d.target() == null && o.target() != null
                        && (o.action() == d.action() || d.action() == Action.MENTION)) {
                    // "..., its second set of unilateral sanctions": the same sanctions named again, untargeted
                    repeat = true; // "sanctions on Iran were reimposed ..., reinstating an arms embargo": the same
                    break;
                }
                if (o != d && java.util.Objects.equals(o.target(), d.target()) && d.target() != null
                        && (o.action() == d.action() ? drafts.indexOf(o) < drafts.indexOf(d)
                        : d.action() == Action.MENTION)) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                out.add(d);
            }
        }
        return out;
    }

    private void read(int i, int s, int e, List<Mention> mentions, boolean pronoun, List<Draft> out) {
        int trEnd = Math.max(i + 1, t.phraseEnd[i]);
        // action: nearest cue, "threaten" governing impose/tighten
        int left = -1;
        Action leftAction = null;
        Word leftWord = null;
        int threaten = -1;
        boolean watched = false;
        int b = i - 1;
        for (int n = 0; b >= s && n < 9; n++) {
            if (t.type[b] == Tokens.CLAUSE && b + 1 < i && (t.isKey(b + 1, "including") || t.isKey(b + 1, "such"))) {
                // "there will be consequences, including sanctions": the list's head governs
                b--;
                continue;
            }
            int open = t.type[b] == Tokens.COMMA && leftAction == null ? asideOpening(b, s) : -1;
            if (open >= 0) {
                b = open - 1; // "was lifting, with immediate effect, the sanctions": the aside parts verb and object
                continue;
            }
            if (t.wordIs(b, Cue.CLAUSE_WORD) && clause.dateBefore(b, i)) {
                b--; // "renewed until March its sanctions": a date, no clause of its own
                continue;
            }
            if (t.type[b] == Tokens.CLAUSE || t.type[b] == Tokens.END || t.wordIs(b, Cue.CLAUSE_WORD)) {
                break;
            }
            if (duration(b, e)) {
                b--; // "extend by two more years its sanctions": "more" counts years, not sanctions
                continue;
            }
            if (leftAction == null && clause.infinitiveObject(b, i, s)) {
                break; // "to mirror the sanctions already in force": a verb of no action governs them
            }
            if (leftAction == null && clause.watches(b)) {
                watched = true;
                break; // "a panel of experts monitoring sanctions": the watchdog's object, no action on them
            }
            Word w = t.phraseBack[b];
            boolean adjective = b - 1 >= s && (t.isKey(b - 1, "an") || t.isKey(b - 1, "a") || t.isKey(b - 1, "the"))
                    && w != null && w.key.endsWith("ing") && b + 1 < e && !t.isKey(b + 1, "of");
            boolean reporting = w != null && t.wordIs(b, Cue.SAID) && b + 1 < e && t.isKey(b + 1, "that")
                    && !clause.warningOfAction(b, i);
            adjective |= b == i - 1 && t.isKey(b, "targeted"); // "targeted sanctions" names a kind
            adjective |= comparative(b, i); // "grew more dependent on Moscow as Western sanctions ..."
            if (w != null && t.type[b] == Tokens.WORD && w.is(Cue.S_ACTION) && !adjective && !reporting
                    && leftWord != null && LEFT_ONLY.contains(leftWord.key) && leftAction != Action.THREATEN
                    && t.isKey(t.phraseEnd[t.phraseBackStart[b]], "of") && action(w) != Action.IMPOSE
                    && action(w) != Action.MENTION && action(w) != Action.THREATEN) {
                // "the withdrawal of additional sanctions": the nominal action governs the adjective
                left = t.phraseBackStart[b];
                leftAction = action(w);
                leftWord = w;
            } else if (w != null && t.type[b] == Tokens.WORD && w.is(Cue.S_ACTION) && !adjective && !reporting) {
                Action a = renewedBefore(b, i, s) ? Action.IMPOSE : action(w);
                if (a == Action.THREATEN) {
                    if (threaten < 0) {
                        threaten = t.phraseBackStart[b];
                    }
                    if (leftAction == null) {
                        left = t.phraseBackStart[b];
                        leftAction = a;
                        leftWord = w;
                    }
                } else if (leftAction == null) {
                    left = t.phraseBackStart[b];
                    leftAction = a;
                    leftWord = w;
                }
            }
            b = t.phraseBackStart[b] - 1;
        }
        int right = -1;
        Action rightAction = null;
        // "sanctions imposed on Iran by the United States in 2018 remain in force": a participle right
        // after the noun describes it; a later action word is the news
        int limit = 9;
        boolean aside = false;
        for (int r = trEnd, n = 0; r < e && n < limit; n++) {
            if (r == trEnd + 1 && t.is(r, Cue.SANCTION) && (t.isKey(trEnd, "and") || t.isKey(trEnd, "or"))) {
                r = Math.max(r + 1, t.phraseEnd[r]); // "the embargo and sanctions on Cuba will stay": one predicate
                continue;
            }
            if (t.type[r] == Tokens.CLAUSE || t.type[r] == Tokens.END || t.is(r, Cue.SANCTION) || newSubject(r, e)) {
                break;
            }
            Word w = t.phrase[r];
            if (w != null && t.type[r] == Tokens.WORD && w.is(Cue.S_ACTION) && !LEFT_ONLY.contains(w.key)
                    && !clause.attributive(r) && !clause.stateAfter(trEnd, r)) {
                Action a = action(w);
                if (right < 0) {
                    right = r;
                    rightAction = a;
                    // "the sanctions that Washington lifted in 2016 were reimposed", "the embargo, imposed
                    // after Tiananmen, remains": a relative or parenthetical verb describes the noun
                    aside = a != Action.MENTION && (clause.relativeBefore(trEnd, r)
                            || asideAfterComma(r) && t.text.regionMatches(true, t.end[r] - 2, "ed", 0, 2));
                    if (!aside && (a != Action.IMPOSE || n > 1)) {
                        break;
                    }
                    limit = 20;
                } else if (aside && a != Action.MENTION && !clause.relativeBefore(right + 1, r)) {
                    right = r;
                    rightAction = a;
                    break;
                } else if (a != Action.IMPOSE && a != Action.MENTION) {
                    right = r;
                    rightAction = a;
                    break;
                }
            }
            r = Math.max(r + 1, t.phraseEnd[r]);
        }
        boolean willSanction = t.isKey(i, "sanction") && i - 1 >= s && (t.wordIs(i - 1, Cue.AUX) || t.isKey(i - 1, "to"))
                || verbSanctions(i, s);
        boolean ownVerb = leftAction != null && leftAction != Action.THREATEN && i - left > 3 && i - 1 >= s
                && t.wordIs(i - 1, Cue.AUX) && (t.isKey(i, "sanctioning") || t.isKey(i, "sanctioned")
                || t.isKey(i, "sanction")); // "to end this war, Treasury is sanctioning ...": the verb is the act
        if ((willSanction || t.wordIs(i, Cue.S_IMPOSE) && (t.isKey(i, "sanctioned") || t.isKey(i, "sanctioning")))
                && (leftAction == null || ownVerb)) {
            leftAction = Action.IMPOSE;
            left = i;
        }
        // "remove nearly all of the sanctions that were applied by ...": a relative clause after the
        // noun describes the sanctions; the action word before them is the news
        boolean relative = relativeSubject(trEnd, right) != null || clause.relativeBefore(trEnd, right);
        if (leftAction == Action.MAINTAIN || leftAction == Action.MENTION) {
            // "strengthen enforcement of sanctions": the verb governing the enforcement
            int v = left - 1;
            if (v >= s && (t.isKey(v, "the") || t.isKey(v, "its") || t.isKey(v, "their"))) {
                v--;
            }
            if (v >= s && t.type[v] == Tokens.WORD && t.phraseBack[v] != null
                    && t.phraseBack[v].is(Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT)) {
                left = t.phraseBackStart[v];
                leftAction = action(t.phraseBack[v]);
            } else if (v >= s && clause.watches(v)) {
                leftAction = Action.MENTION; // "a panel that monitored enforcement of sanctions": a watchdog's work
            }
        }
        if (leftAction != null && clause.complies(i, s, left, leftWord)) {
            leftAction = Action.MENTION; // "if Beijing fails to follow through on the new sanctions": compliance
        } else if (leftAction == null && clause.complies(i, s, -1, null)) {
            leftAction = Action.MENTION; // "if Ankara does not respect the sanctions, Brussels will ...": compliance
            left = i - 1;
        }
        // "the lifting of five UN sanctions resolutions adopted in 2016": a nominal action with "of" governs
        boolean governs = leftAction != null && leftAction != Action.MENTION && t.phraseEnd[left] < i
                && t.isKey(t.phraseEnd[left], "of");
        Action action;
        int cue;
        // "keeping in place those imposed on security grounds": a participle after a demonstrative describes it
        boolean demonstrative = pronoun && (t.isKey(i, "those") || t.isKey(i, "these"));
        // "eased some of the measures imposed on Guinea", "restoring an embargo lifted in 2011": a participle
        // right after the noun describes it when a verb before governs it
        boolean describes = right == trEnd && rightAction != Action.MENTION && t.word[right] != null
                && t.word[right].key.endsWith("ed") && leftAction != null && leftAction != Action.MENTION
                && (rightAction == Action.IMPOSE || leftWord != null && !LEFT_ONLY.contains(leftWord.key));
        if (leftAction != null && (governs || rightAction == null || relative || demonstrative || describes
                || i - left <= right - trEnd + 1)) {
            action = leftAction;
            cue = left;
        } else if (rightAction != null) {
            action = rightAction;
            cue = right;
        } else {
            action = Action.MENTION;
            cue = -1;
        }
        if (action == Action.MENTION && clause.listed(i, trEnd, s) >= 0) {
            action = Action.IMPOSE; // "added 20 Russian entities to its sanctions list"
            cue = clause.listed(i, trEnd, s);
        }
        if (pronoun && clause.reliefUndone(i, e) >= 0) {
            action = Action.IMPOSE; // "the relief would be reversed": the eased sanctions back
            cue = clause.reliefUndone(i, e);
        }
        if (trEnd < e && t.isKey(trEnd, "off")) {
            // "take the sanctions off North Korea"
            for (int k = Math.max(s, i - 3); k < i; k++) {
                if (t.isKey(k, "take") || t.isKey(k, "takes") || t.isKey(k, "took") || t.isKey(k, "taking")
                        || t.isKey(k, "taken")) {
                    action = Action.LIFT;
                    cue = k;
                }
            }
        }
        if ((action == Action.IMPOSE || action == Action.TIGHTEN) && threaten >= 0) {
            action = Action.THREATEN;
            cue = threaten;
        }
        if (action == Action.EASE && cue >= 0 && cue < i && clause.reliefExpires(cue, trEnd, e)) {
            action = Action.IMPOSE; // "let a licence easing sanctions on Venezuela expire": they are back
        }
        if (action == Action.MAINTAIN && clause.scopeWidened(cue, i, trEnd, e)) {
            action = Action.TIGHTEN; // "extended its sanctions on Belarus to include potash": more covered
        }
        if (action == Action.EASE && clause.reliefEnded(cue, s)) {
            action = Action.TIGHTEN; // "ending an exemption from U.S. sanctions on Tehran": the relief taken back
        }
        boolean possible = (action == Action.IMPOSE || action == Action.TIGHTEN) && cue >= 0
                && clause.notRuledOut(Math.min(cue, i), s)
                || action == Action.MENTION && !pronoun && clause.notRuledOut(i, s); // "will not rule out sanctions on" 
        if (possible) {
            action = Action.THREATEN; // "did not rule out new sanctions": a possibility, not a denial
        }
        int threat = action == Action.IMPOSE || action == Action.TIGHTEN || action == Action.MENTION
                ? clause.conditionalThreat(i, trEnd, cue, s, e, action == Action.MENTION) : -1;
        if (threat >= 0) {
            action = Action.THREATEN; // "would impose sanctions on ... if Moscow did not agree": a threat
            cue = cue < 0 ? threat : cue;
        }
        if (cue > i && clause.condition(i, s)) {
            action = Action.MENTION; // "as long as sanctions remain in place": a condition, not the news
            cue = -1;
        }
        if (action == Action.MENTION) {
            cue = participleOf(i, s);
            cue = cue < 0 && !pronoun ? clause.renamedAction(i, s) : cue; // "imposed travel bans, its first sanctions"
            action = cue >= 0 ? action(t.phraseBack[cue]) : Action.MENTION;
            cue = action == Action.MENTION ? -1 : t.phraseBackStart[cue];
        }
        if (action == Action.MENTION && cue < 0 && !pronoun) {
            cue = adjunctOf(i, s);
            action = cue >= 0 ? Action.IMPOSE : Action.MENTION;
        }
        if (action == Action.MENTION && !watched && clause.participleAfter(trEnd, e) >= 0) {
            cue = clause.participleAfter(trEnd, e);
            action = action(t.phrase[cue]);
        }
        if (action == Action.MENTION && !pronoun && clause.reliefWithdrawn(s, i)) {
            action = Action.TIGHTEN; // "would not renew the waiver that allowed ..., part of the sanctions campaign"
            cue = -1;
        }
        // "opposes the sanctions imposed by the US": the speaker's stance is no negation of the issuer's act
        boolean described = cue > i && action == Action.IMPOSE;
        boolean negated = cue >= 0 && !possible
                && (negated(cue, i, described ? i : s, e) || deniedAfter(Math.max(cue, i), e));

        if (!pronoun && (anyoneTargeted(trEnd, e) || action == Action.MENTION && (statute(i, trEnd, s, e, mentions)
                || opposedInPrinciple(i, trEnd, s, e, mentions)))) {
            return; // "sanctions on any country that supports Russia's annexation": no one named
        }
        // target
        List<String> targets = pronoun ? explicitTargets(trEnd, e, mentions) : targets(i, trEnd, cue, s, e, mentions);
        Mention violator = action == Action.MENTION && !pronoun && left >= 0 && left < i ? violator(left, s, mentions)
                : action == Action.EASE && !pronoun && explicitTargets(trEnd, e, mentions).isEmpty()
                ? seeker(i, s, mentions) : null;
        if (violator != null) {
            targets = List.of(violator.place().name());
        }
        Mention listed = action == Action.IMPOSE && cue >= 0 && cue < i && clause.listed(i, trEnd, s) == cue
                ? objectNationals(cue, cue + 1, i, mentions, true) : null;
        if (listed != null) {
            targets = List.of(listed.place().name()); // "added 11 Chinese firms to its sanctions list"
        }
        Mention retaliator = pronoun || priorIssuer == null || !retaliation(s, i)
                || !explicitTargets(trEnd, e, mentions).isEmpty() ? null : retaliator(s, i, mentions);
        if (retaliator != null) {
            targets = List.of(priorIssuer); // "Beijing hit back, announcing sanctions on an MP": on the first issuer
            action = action == Action.MENTION ? Action.IMPOSE : action; // "retaliated on Friday with sanctions"
        }
        String issuer = issuer(i, trEnd, s, e, mentions, targets);
        String relativeIssuer = relativeSubject(trEnd, right);
        if (issuer == null && relativeIssuer != null && !relativeIssuer.isEmpty() && !targets.contains(relativeIssuer)) {
            issuer = relativeIssuer; // "the sanctions Seoul imposed on Pyongyang"
        }
        if (issuer == null && cue >= 0 && (cue < i || cue == i && verb(i, s))) {
            issuer = subjectOf(cue, s, mentions, targets); // "Beijing said it will sanction ..." too
        }
        if (issuer == null && !pronoun) {
            issuer = ownersSubject(i, s, mentions, targets);
        }
        if (issuer == null) {
            issuer = imposingSubject(s, e, mentions, targets);
        }
        if (issuer == null && cue >= 0 && cue < i) {
            issuer = previousSubject(s, cue);
        }
        if (issuer == null && cue >= 0 && cue < i && action != Action.MENTION) {
            issuer = ministrySubject(s, mentions, targets);
        }
        if (violator != null && action == Action.EASE && issuer != null && !canIssue(issuer)) {
            issuer = null; // "Kim, flush with Russian oil, needs relief": the oil's country grants none
        }
        if (issuer == null && pronoun && out.isEmpty() && sanctionsBefore && noActorBefore(i, s, mentions)) {
            issuer = priorForce; // "Officials warned that the relief would be reversed": the relief's grantor
        }
        if (issuer == null && retaliator != null) {
            issuer = retaliator.place().force();
        }
        if (issuer == null && action == Action.THREATEN) {
            issuer = warner(i, s, mentions, targets); // "Biden warned Putin that Russia would face sanctions"
        }
        String speaker = cue >= 0 && cue < i && firstPerson(cue, s) && !namedBefore(i, s) ? speaker(s, mentions) : null;
        if (speaker != null && !targets.contains(issuerName(speaker))) {
            issuer = speaker; // "Mnuchin warned ...: 'we will put additional sanctions on them'": the speaker's side
        }
        if (issuer == null && action != Action.MENTION && cue > s && sharedSubject(cue)) {
            // "waived sanctions on ..., while imposing sanctions on ...", "would not renew ..., restoring sanctions"
            issuer = out.isEmpty() ? openingActor(s, cue, mentions, targets) : out.get(out.size() - 1).issuer();
        }
        String adopter = cue >= 0 && cue < i ? adopter(i, s, mentions, targets) : null;
        if (adopter != null) {
            issuer = adopter; // "Switzerland adopted the EU's sanctions": the adopter applies them
        }
        if (issuer == null && t.isKey(i, "restrictive")) {
            issuer = "EU"; // the EU's own term for its sanctions
        }
        boolean verb = t.isKey(i, "sanctioned") || t.isKey(i, "sanctioning") || t.isKey(i, "sanction") || verbSanctions(i, s);
        if (targets.isEmpty() && !verb) {
            // a pronoun within the sentence stands for the sanctions named before it
            Draft antecedent = pronoun && !out.isEmpty() ? out.get(out.size() - 1) : null;
            boolean own = antecedent != null && (issuer == null || issuer.equals(antecedent.target())
                    || antecedent.issuer() != null && !canIssue(issuer)); // "imposed measures ... and tightened them"
            out.add(new Draft(action, antecedent == null ? null : antecedent.target(), own ? antecedent.issuer()
                    : issuer, negated, i));
        }
        List<String> issuers = issuer == null ? List.of() : coIssuers(i, s, issuer, targets);
        if (issuer != null && issuers.isEmpty()) {
            issuers = coSubjects(cue >= 0 && cue < i ? cue : i, i, s, issuer, mentions, targets);
        }
        for (String target : targets) {
            for (String other : issuers) {
                out.add(new Draft(action, target, other, negated, i));
            }
            out.add(new Draft(action, target, issuer, negated, i));
        }
        Action contrasted = pronoun ? null : contrasted(i, e, action);
        if (contrasted != null && (!targets.isEmpty() || !verb)) {
            // "partial sanctions relief, not the complete lifting": the action set aside, negated
            for (String target : targets.isEmpty() ? java.util.Collections.<String>singletonList(null) : targets) {
                out.add(new Draft(contrasted, target, issuer, true, i));
            }
        }
    }

    /**
     * "moved to tighten curbs on Iranian oil, plugging gaps in its sanctions regime": sanctions named in a
     * participle clause after a comma share the action of the clause before it. Returns that action word's
     * last token, or -1.
     */
    private int participleOf(int i, int s) {
        int c = i - 1;
        while (c > s && c > i - 8 && t.type[c] != Tokens.COMMA) {
            if (t.type[c] != Tokens.WORD) {
                return -1;
            }
            c--;
        }
        if (c <= s || t.type[c] != Tokens.COMMA || t.type[c + 1] != Tokens.WORD
                || t.end[c + 1] - t.start[c + 1] < 5 || !t.text.regionMatches(true, t.end[c + 1] - 3, "ing", 0, 3)) {
            return -1;
        }
        for (int k = c - 1; k >= Math.max(s, c - 10); k--) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.COMMA) {
                return -1;
            }
            if (t.type[k] == Tokens.WORD && t.phraseBack[k] != null
                    && t.phraseBack[k].is(Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Washington targeted Russia's two largest oil companies, Rosneft and Lukoil, in its toughest sanctions
     * yet": sanctions in an "in" or "with" adjunct carry out the clause's verb of listing or targeting, however
     * far back. Returns that verb, or -1.
     */
    private int adjunctOf(int i, int s) {
        int k = i - 1;
        while (k > s && t.type[k] == Tokens.WORD && !t.isKey(k, "in") && !t.isKey(k, "with") && i - k <= 4
                && t.place(k) == null && !t.isKey(k, "of")) {
            k--;
        }
        boolean part = k - 2 > s && t.isKey(k, "of") && t.isKey(k - 1, "part") && t.isKey(k - 2, "as");
        if (k <= s || !(t.isKey(k, "in") || t.isKey(k, "with") || part)) {
            return -1; // "froze the assets ... as part of sweeping sanctions" carries them out too
        }
        for (int v = k - 1; v >= Math.max(s, k - 25); v--) {
            if (t.type[v] == Tokens.END || t.type[v] == Tokens.CLAUSE || t.wordIs(v, Cue.CLAUSE_WORD)) {
                return -1;
            }
            if (t.isKey(v, "targeted") || t.isKey(v, "blacklisted") || t.isKey(v, "designated") || t.isKey(v, "hit")
                    || t.isKey(v, "targets") || t.isKey(v, "blacklists") || t.isKey(v, "designates") || t.isKey(v, "hits")
                    || t.isKey(v, "listed") || part && (t.isKey(v, "froze") || t.isKey(v, "frozen") || t.isKey(v, "freezes")
                    || t.isKey(v, "banned") || t.isKey(v, "bans") || t.isKey(v, "barred") || t.isKey(v, "seized"))) {
                return v - 1 >= s && passiveAux(v - 1) ? -1 : v; // "Russia was hit hard in ...": it suffered
            }
        }
        return -1;
    }

    /** "was", "were", "is", "been": an auxiliary of the passive, which makes the subject the one who suffers. */
    private boolean passiveAux(int k) {
        return t.wordIs(k, Cue.AUX) && !(t.isKey(k, "has") || t.isKey(k, "have") || t.isKey(k, "had")
                || t.isKey(k, "will") || t.isKey(k, "would") || t.isKey(k, "also") || t.isKey(k, "then"));
    }

    /** "sanctions on any country that ...", "against anyone who ...": an object that names no one. */
    private boolean anyoneTargeted(int trEnd, int e) {
        int k = trEnd;
        if (k < e && t.type[k] == Tokens.COMMA) {
            k++;
        }
        if (k + 2 >= e || !(t.isKey(k, "on") || t.isKey(k, "against"))) {
            return false;
        }
        if (t.isKey(k + 1, "anyone") || t.isKey(k + 1, "anybody")) {
            return true;
        }
        return t.isKey(k + 1, "any") && t.type[k + 2] == Tokens.WORD && t.place(k + 2) == null
                && !t.wordIs(k + 2, Cue.GEO_ADJ) && k + 3 < e
                && (t.isKey(k + 3, "that") || t.isKey(k + 3, "which") || t.isKey(k + 3, "who"));
    }

    /** ", not the complete lifting" right after the sanctions and their action: the other action, or null. */
    private Action contrasted(int i, int e, Action action) {
        for (int k = i + 1; k + 1 < Math.min(e, i + 8); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return null;
            }
            if (t.type[k] != Tokens.COMMA || !t.isKey(k + 1, "not")) {
                continue;
            }
            for (int a = k + 2; a < Math.min(e, k + 6); a++) {
                if (t.type[a] != Tokens.WORD) {
                    return null;
                }
                if (t.is(a, Cue.S_ACTION) && !t.is(a, Cue.S_MENTION)) {
                    Action other = action(t.phrase[a]);
                    return other == action ? null : other;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "UN, EU and US sanctions": the issuers coordinated before the one nearest the noun, each its own
     * sanctions; empty unless the nearest issuer stands right before the noun's modifiers.
     */
    private List<String> coIssuers(int i, int s, String nearest, List<String> targets) {
        int b = i - 1;
        while (b >= s && t.type[b] == Tokens.WORD && t.place(t.phraseBackStart[b]) == null
                && (t.wordIs(b, Cue.MODIFIER) || isAdjectiveLike(b))) {
            b--;
        }
        if (b < s || t.place(t.phraseBackStart[b]) == null || !nearest.equals(t.place(t.phraseBackStart[b]).force())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int k = t.phraseBackStart[b] - 1;
        while (k - 1 >= s && (t.isKey(k, "and") || t.type[k] == Tokens.COMMA)) {
            Place p = t.place(t.phraseBackStart[k - 1]);
            if (p == null || !p.canAct() || !(ISSUERS.contains(p.name()) || isAlliance(p.name()))
                    || targets.contains(p.name()) || p.force().equals(nearest) || out.contains(p.force())) {
                break;
            }
            out.add(0, p.force());
            k = t.phraseBackStart[k - 1] - 1;
        }
        return out;
    }

    /**
     * "The United States and Britain jointly sanctioned ...", "Washington and London on Monday imposed ...":
     * issuers coordinated as the subject right before the action, each its own sanctions when they sanction
     * (the verb) or act jointly, separately or each; the others than {@code issuer}, or empty. "Britain and
     * Canada announced coordinated sanctions" names one set of sanctions, labelled with the first issuer.
     */
    private List<String> coSubjects(int verb, int i, int s, String issuer, List<Mention> mentions,
            List<String> targets) {
        List<Mention> chain = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.index() < s || m.end() > verb) {
                continue;
            }
            Mention prev = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            if (prev == null || !coordinated(prev.end(), m.index())) {
                chain.clear();
                if (m.index() - 1 >= s && (t.isKey(m.index() - 1, "on") || t.isKey(m.index() - 1, "against"))) {
                    continue;
                }
            }
            chain.add(m);
        }
        if (chain.size() < 2 || verb - chain.get(chain.size() - 1).end() > 5) {
            return List.of();
        }
        boolean each = t.isKey(i, "sanctioned") || t.isKey(i, "sanctioning") || t.isKey(i, "sanction");
        for (int k = chain.get(chain.size() - 1).end(); k < verb; k++) {
            if (t.type[k] != Tokens.WORD || t.isKey(k, "on") && !weekday(k + 1) || t.isKey(k, "against")
                    || t.isKey(k, "of") || t.isKey(k, "with")) {
                return List.of();
            }
            each |= t.isKey(k, "jointly") || t.isKey(k, "separately") || t.isKey(k, "each") || t.isKey(k, "both");
        }
        if (!each) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        boolean has = false;
        for (Mention m : chain) {
            Place p = m.place();
            if (!p.canAct() || m.possessive() || m.locative() || targets.contains(p.name())
                    || !(ISSUERS.contains(p.name()) || isAlliance(p.name()))) {
                return List.of();
            }
            has |= p.force().equals(issuer);
            if (!p.force().equals(issuer) && !out.contains(p.force())) {
                out.add(p.force());
            }
        }
        return has ? out : List.of();
    }

    /** "A and B", "A, B", "A, and the B": two names joined in one list. */
    private boolean coordinated(int prevEnd, int next) {
        int k = prevEnd;
        if (k < next && t.type[k] == Tokens.COMMA) {
            k++;
        }
        if (k < next && t.isKey(k, "and")) {
            k++;
        }
        if (k < next && t.isKey(k, "the")) {
            k++;
        }
        return k == next && next > prevEnd && !(next - prevEnd == 1 && t.isKey(prevEnd, "the"));
    }

    /** "China has called for them to be eased": a pronoun for sanctions next to an action word. */
    private boolean actionNear(int i, int s, int e) {
        for (int k = Math.max(s, i - 3); k < Math.min(e, i + 4); k++) {
            if (k != i && (t.is(k, Cue.S_EASE | Cue.S_LIFT | Cue.S_TIGHTEN | Cue.S_MAINTAIN)
                    || (t.is(k, Cue.S_IMPOSE) && !LEFT_ONLY.contains(t.phrase[k].key)))) {
                return true;
            }
        }
        return false;
    }

    /** "sanctioned the deployment of 5,000 peacekeepers": sanction as approval, not a penalty. */
    private boolean authorizes(int i, int e) {
        if (!t.isKey(i, "sanctioned") && !t.isKey(i, "sanctioning") && !t.isKey(i, "sanction")) {
            return false;
        }
        if (t.start[i] > 0 && t.text.charAt(t.start[i] - 1) == '-' && t.isKey(i, "sanctioned")) {
            // "a UN-sanctioned security mission": a compound before the mission it approves
            for (int k = i + 1; k < e && k <= i + 3 && t.type[k] == Tokens.WORD; k++) {
                if (t.isKey(k, "mission") || t.isKey(k, "operation") || t.isKey(k, "peacekeeping")
                        || t.isKey(k, "intervention") || t.isKey(k, "deployment")) { // not "a US-sanctioned militia"
                    return true;
                }
            }
        }
        int k = i + 1;
        if (k < e && (t.isKey(k, "the") || t.isKey(k, "a") || t.isKey(k, "an"))) {
            k++;
        }
        return k < e && (t.wordIs(k, Cue.CHANGE | Cue.UNIT | Cue.TROOP) || t.isKey(k, "use") || t.isKey(k, "operation")
                || t.isKey(k, "creation") || t.isKey(k, "establishment") || t.isKey(k, "plan") || t.isKey(k, "deal"));
    }

    private static Action action(Word w) {
        if (w.is(Cue.S_MENTION) && !w.is(Cue.S_ACTION & ~Cue.S_MENTION)) {
            return Action.MENTION;
        }
        if (w.is(Cue.S_THREATEN)) {
            return Action.THREATEN;
        }
        if (w.is(Cue.S_LIFT)) {
            return Action.LIFT;
        }
        if (w.is(Cue.S_EASE)) {
            return Action.EASE;
        }
        if (w.is(Cue.S_TIGHTEN)) {
            return Action.TIGHTEN;
        }
        if (w.is(Cue.S_MAINTAIN)) {
            return Action.MAINTAIN;
        }
        return Action.IMPOSE;
    }

    private boolean negated(int cue, int trigger, int s, int e) {
        int from = Math.max(s, Math.min(cue, trigger) - 9);
        int to = Math.max(cue, trigger);
        boolean participle = t.type[cue] == Tokens.WORD && t.word[cue] != null && t.word[cue].key.endsWith("ing");
        for (int k = from; k < to; k++) {
            if (t.type[k] == Tokens.CLAUSE || t.wordIs(k, Cue.CLAUSE_WORD)
                    || (participle && t.type[k] == Tokens.COMMA && k < cue)) {
                // "would not renew the licence, effectively restoring sanctions": the participle is outside the "not"
                from = k + 1;
            }
        }
        int negations = 0;
        boolean threatNoun = t.isKey(cue, "threat") || t.isKey(cue, "threats") || t.isKey(cue, "warning")
                || t.isKey(cue, "warnings") || t.isKey(cue, "ultimatum");
        for (int k = cue - 1; k >= Math.max(s + 1, cue - 4); k--) {
            if (t.isKey(k, "have") && (t.isKey(k - 1, "would") || t.isKey(k - 1, "could") || t.isKey(k - 1, "might"))) {
                // "a resolution that would have imposed new sanctions": it did not, whoever vetoed it
                return true;
            }
        }
        for (int k = from; k < to; k++) {
            if (t.isKey(k, "against") && !(k + 1 < e && t.is(k + 1, Cue.S_ACTION) && !clause.attributive(k + 1))) {
                continue;
            }
            if (k == cue && !t.is(k, Cue.S_ACTION)) {
                continue; // "has frozen assets ... as part of sanctions": the act itself, no denial
            }
            if (k == cue && t.is(k, Cue.S_LIFT)) {
                k = Math.max(k, t.phraseEnd[k] - 1); // "scrapped its sanctions": the lifting, no denial of it
                continue;
            }
            if (t.is(k, Cue.NEUTRAL)) {
                k = Math.max(k, t.phraseEnd[k] - 1); // "dismissed as meaningless new sanctions": a verdict, no denial
                continue;
            }
            if (k < trigger && verdictAfter(trigger, e) && verdictVerb(k)) {
                continue; // "dismissed the new British sanctions as pointless": a verdict on them, no denial
            }
            if (threatNoun && !t.wordIs(k, Cue.NEG)) {
                continue; // "dismissed U.S. threats of sanctions": a reaction to the threat, which stands
            }
            if (t.isKey(k, "opposition") && !(k + 1 < e && t.isKey(k + 1, "to"))) {
                continue; // "Venezuela's opposition urged ...": the political opposition, no stance on the action
            }
            if (clause.litotes(k)) {
                continue;
            }
            if (t.is(k, Cue.S_NEG) || t.wordIs(k, Cue.S_NEG) || t.is(k, Cue.DENY)) {
                negations++;
                k = Math.max(k, t.phraseEnd[k] - 1);
            }
        }
        if (clause.prematureBefore(from, to, s)) {
            negations++; // "it was premature for the Council to consider offering sanctions relief"
        }
        return negations % 2 == 1;
    }

    /** "... sanctions as pointless", "... sanctions as illegal": a verdict after the noun. */
    private boolean verdictAfter(int trigger, int e) {
        int k = Math.max(trigger + 1, t.phraseEnd[trigger]);
        return k + 1 < e && t.isKey(k, "as") && t.type[k + 1] == Tokens.WORD && !t.wordIs(k + 1, Cue.CLAUSE_WORD)
                && !t.isKey(k + 1, "long") && !t.isKey(k + 1, "well") && !t.isKey(k + 1, "soon");
    }

    private boolean verdictVerb(int k) {
        return t.isKey(k, "dismissed") || t.isKey(k, "dismisses") || t.isKey(k, "dismissing") || t.isKey(k, "rejected")
                || t.isKey(k, "rejects") || t.isKey(k, "rejecting") || t.isKey(k, "denounced") || t.isKey(k, "denounces");
    }

    /**
     * "the sanctions Seoul imposed", "the sanctions it had imposed": the subject of an object relative
     * clause right after the noun (a place or a pronoun), or null.
     */
    private String relativeSubject(int trEnd, int right) {
        if (right <= trEnd || trEnd >= t.size || t.type[trEnd] != Tokens.WORD) {
            return null;
        }
        Place p = t.place(trEnd);
        int k = p != null ? Math.max(trEnd + 1, t.phraseEnd[trEnd])
                : t.isKey(trEnd, "it") || t.isKey(trEnd, "they") || t.isKey(trEnd, "he") || t.isKey(trEnd, "she")
                || t.isKey(trEnd, "we") ? trEnd + 1 : -1;
        if (k < 0 || p != null && !p.canAct()) {
            return null;
        }
        while (k < right && t.wordIs(k, Cue.AUX)) {
            k++;
        }
        if (k != right) {
            return null;
        }
        return p == null ? "" : p.force();
    }

    /** "Lifting sanctions on Russia is out of the question", "... is not on the table". */
    private boolean deniedAfter(int k, int e) {
        for (int r = k + 1; r < Math.min(e, k + 10); r++) {
            if (t.type[r] == Tokens.CLAUSE || t.wordIs(r, Cue.CLAUSE_WORD)) {
                return false;
            }
            if (t.is(r, Cue.DENY) && !t.wordIs(r, Cue.SAID)) {
                return !deniesItsOwn(r, e);
            }
        }
        return false;
    }

    /** "... and had no intention of relaxing them": the denial governs an action of its own. */
    private boolean deniesItsOwn(int r, int e) {
        for (int k = r + 1; k < Math.min(e, r + 5); k++) {
            if (t.type[k] == Tokens.WORD && t.is(k, Cue.S_ACTION) && !t.is(k, Cue.S_MENTION)) {
                return true;
            }
        }
        return false;
    }

    /** "the measures imposed on Guinea", "curbs on Tehran": a target named with "on" or "against" right after. */
    private List<String> explicitTargets(int trEnd, int e, List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            int b = m.index() - 1;
            if (m.index() >= trEnd && m.index() < Math.min(e, trEnd + 4) && isTargetable(m.place())
                    && (t.isKey(b, "on") || t.isKey(b, "against"))) {
                out.add(m.place().name());
                break;
            }
        }
        return out;
    }

    /**
     * "added 10 U.S. defence companies to its list and announced sanctions on them": the nation of the
     * firms or people a pronoun after "on" stands for, or null.
     */
    private String pronounTarget(int i, int trEnd, int s, List<Mention> mentions) {
        if (trEnd + 1 >= t.size || !(t.isKey(trEnd, "on") || t.isKey(trEnd, "against"))
                || !(t.isKey(trEnd + 1, "them") || t.isKey(trEnd + 1, "those"))) {
            return null;
        }
        String found = null;
        for (Mention m : mentions) {
            if (m.index() < s || m.end() >= i || !isTargetable(m.place())) {
                continue;
            }
            for (int k = m.end(); k < Math.min(i, m.end() + 3); k++) {
                if (t.type[k] == Tokens.WORD && ENTITIES.contains(t.text.substring(t.start[k], t.end[k]).toLowerCase())) {
                    found = m.place().name();
                }
            }
        }
        return found;
    }

    private List<String> targets(int i, int trEnd, int cue, int s, int e, List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        String standIn = pronounTarget(i, trEnd, s, mentions);
        if (standIn != null) {
            out.add(standIn);
            return out;
        }
        // "sanctions on/against X (and Y)"
        Mention first = null;
        for (Mention m : mentions) {
            if (m.index() >= trEnd && m.index() < trEnd + 9 && isTargetable(m.place())) {
                int b = m.index() - 1;
                boolean verb = t.isKey(i, "sanctioned") || t.isKey(i, "sanction") || t.isKey(i, "sanctioning")
                        || verbSanctions(i, s);
                while (b > (verb ? i : trEnd) && (t.type[b] == Tokens.WORD
                        && (t.wordIs(b, Cue.GEO_ADJ) || t.isKey(b, "a")) // "on a Pyongyang-based firm"
                        || (t.type[b] == Tokens.NUMBER || t.wordIs(b, Cue.NUMBER_WORD)) && (t.isKey(b - 1, "on")
                        || verb && (b - 1 == i || b - 2 == i && t.isKey(b - 1, "the"))))) {
                    b--; // "sanctions on 11 US politicians", "sanction the two American firms": their country
                }
                if (verb && b == i + 1 && t.isKey(b, "the")) {
                    b = i;
                }
                if (t.isKey(b, "on") || t.isKey(b, "against") || t.isKey(b, "targeting")
                        || t.isKey(b, "over") && !reason(m) || t.isKey(b, "for")) {
                    first = m;
                    break;
                }
                if (b == i && verb) {
                    first = m;
                    break;
                }
                if ((t.isKey(b, "in") || t.isKey(b, "from")) && onBetween(trEnd, b)) {
                    // "sanctions on 12 entities in Iran and Russia"
                    first = m;
                    break;
                }
            }
        }
        Mention served = first == null ? null : servedBy(first, e, mentions);
        first = served != null ? served : first; // "the Swiss-based company behind Russia's pipeline"
        if (first != null) {
            out.add(first.place().name());
            int prevEnd = first.end();
            for (Mention m : mentions) {
                if (m.index() <= first.index() || !isTargetable(m.place()) || m.place().type() == Place.Type.ADJECTIVE) {
                    continue;
                }
                int gap = m.index() - prevEnd;
                int b = m.index() - 1;
                boolean joined = (gap == 1 && (t.isKey(b, "and") || t.type[b] == Tokens.COMMA))
                        || (gap == 2 && t.isKey(b, "the") && (t.isKey(b - 1, "and") || t.type[b - 1] == Tokens.COMMA));
                // "sanctions on Cuba, the State Department said": the attribution, not another target
                if (!joined || m.place().type() == Place.Type.ACTOR
                        || (m.end() < e && (t.wordIs(m.end(), Cue.SAID) || t.isKey(m.end(), "says")))) {
                    break;
                }
                if (!out.contains(m.place().name())) {
                    out.add(m.place().name());
                }
                prevEnd = m.end();
            }
            listedNationals(prevEnd, e, mentions, out);
            for (Mention more : first.place().type() == Place.Type.ADJECTIVE ? coNationals(first, e, mentions)
                    : List.<Mention>of()) {
                if (!out.contains(more.place().name())) {
                    out.add(more.place().name()); // "sanctioned two Iranian officials and a Turkish company"
                }
            }
            Mention gapped = gappedObject(prevEnd, e, mentions);
            if (gapped != null && !out.contains(gapped.place().name())) {
                out.add(gapped.place().name()); // "on Iran over drone deliveries, and on Russia over ..."
            }
            Mention carried = t.isKey(first.index() - 1, "over") ? elaborated(first.end(), e, mentions) : null;
            if (carried != null && !out.contains(carried.place().name())) {
                out.add(carried.place().name());
            }
            return out;
        }
        Mention people = objectNationals(i, trEnd, e, mentions, first == null && verb(i, s));
        if (people != null) {
            Mention owner = includedAmong(people, s) ? grievanceOwner(people.end(), e, mentions) : null;
            if (owner != null && !owner.place().name().equals(people.place().name())) {
                out.add(owner.place().name()); // "on 400 entities, including Chinese firms, over their support for Russia's war"
            }
            out.add(people.place().name());
            for (Mention more : coNationals(people, e, mentions)) {
                if (!out.contains(more.place().name())) {
                    out.add(more.place().name()); // "two Iranian officials and a Turkish company"
                }
            }
            return out;
        }
        // "Turkey faced U.S. sanctions": the subject right before the action word
        if (cue >= 0 && cue < i) {
            for (Mention m : mentions) {
                if (m.end() <= cue && m.end() >= cue - 1 && isTargetable(m.place()) && !ISSUERS.contains(m.place().name())
                        && m.place().type() == Place.Type.COUNTRY && (t.isKey(cue, "faced") || t.isKey(cue, "faces")
                        || t.isKey(cue, "face") || t.isKey(cue, "facing") || t.isKey(cue, "hit")
                        || facesModal(cue))) {
                    out.add(m.place().name());
                    return out;
                }
            }
        }
        Mention object = withObject(i, s, mentions);
        if (object != null) {
            out.add(object.place().name()); // "threatened Baghdad with sanctions ... if U.S. forces were expelled"
            return out;
        }
        // "Iran sanctions", "anti-Russia sanctions", "North Korean sanctions"
        int b = i - 1;
        while (b >= s && t.type[b] == Tokens.WORD && t.place(b) == null && t.wordIs(b, Cue.MODIFIER | Cue.S_ACTION)
                && b > i - 3) {
            b--;
        }
        if (b >= s && !counter(i)) { // "Russia's counter-sanctions" are Russia's own
            Place p = t.place(t.phraseBackStart[b]);
            if (p != null && isTargetable(p) && !ISSUERS.contains(p.name())) {
                out.add(p.name());
                return out;
            }
        }
        // "sanctions-hit Russia", "sanctioned Iran", "punish Moscow with sanctions"
        for (Mention m : mentions) {
            if (m.index() >= trEnd && m.index() < trEnd + 4 && isTargetable(m.place()) && !m.locative()
                    && !ISSUERS.contains(m.place().name()) && !reason(m)) {
                out.add(m.place().name());
                return out;
            }
        }
        // "If Beijing supplies lethal aid to Moscow, there will be consequences, including sanctions"
        // "China will impose sanctions on Lockheed Martin if Washington goes ahead": the conditioned one after
        for (Mention m : mentions) {
            boolean after = m.index() > trEnd && m.index() < trEnd + 14 && m.place().type() != Place.Type.ADJECTIVE;
            if (m.index() > s && (m.index() < i || after) && t.isKey(m.index() - 1, "if") && isTargetable(m.place())
                    && (after || !ISSUERS.contains(m.place().name()))) {
                out.add(m.place().name());
                return out;
            }
        }
        Mention antecedent = relativeAntecedent(i, s, mentions);
        if (antecedent != null) {
            out.add(antecedent.place().name());
            return out;
        }
        if (dealingParties(trEnd, e, mentions, out)) {
            return out;
        }
        Mention restated = restatedNationals(trEnd, e, mentions, cue, s);
        if (restated != null) {
            out.add(restated.place().name()); // "on Raytheon and Lockheed, ... its latest move against U.S. firms"
            return out;
        }
        Mention best = null;
        for (Mention m : mentions) {
            if (!isTargetable(m.place()) || ISSUERS.contains(m.place().name()) || m.place().type() == Place.Type.ADJECTIVE
                    && followedByNoun(m) || reason(m) || imposes(m, cue, s, mentions)) {
                continue;
            }
            boolean usual = NewsTagger.SANCTIONED.contains(m.place().name());
            boolean bestUsual = best != null && NewsTagger.SANCTIONED.contains(best.place().name());
            if (best == null || (usual && !bestUsual)
                    || (usual == bestUsual && Math.abs(m.index() - i) < Math.abs(best.index() - i))) {
                best = m;
            }
        }
        if (best != null && Math.abs(best.index() - i) < 15) {
            out.add(best.place().name());
        }
        return out;
    }

    /**
     * "threatened Iraq with sanctions", "hit Moscow with fresh sanctions": the object of an action verb right before
     * "with" and the sanctions (a modifier or two between) is the one they punish. Returns it, or null.
     */
    private Mention withObject(int i, int s, List<Mention> mentions) {
        int k = i - 1;
        while (k > s && i - k <= 3 && t.type[k] == Tokens.WORD && !t.isKey(k, "with")
                && (t.wordIs(k, Cue.MODIFIER | Cue.S_ACTION) || isAdjectiveLike(k))) {
            k--;
        }
        if (k <= s || !t.isKey(k, "with")) {
            return null;
        }
        for (Mention m : mentions) {
            int v = m.index() - 1;
            if (m.end() == k && !m.possessive() && !m.locative() && isTargetable(m.place()) && v >= s
                    && t.type[v] == Tokens.WORD && t.phraseBack[v] != null
                    && t.phraseBack[v].is(Cue.S_THREATEN | Cue.S_IMPOSE | Cue.S_TIGHTEN)) {
                return m;
            }
        }
        return null;
    }

    /** "would face", "could face", "may face": a modal phrase of facing, read as a threat, starting at cue. */
    private boolean facesModal(int cue) {
        return t.phrase[cue] != null && t.phrase[cue].key.endsWith(" face") && t.phraseEnd[cue] > cue + 1;
    }

    /**
     * "China will impose sanctions", "Russia's foreign ministry said it was imposing sanctions": the one doing
     * the imposing, named before the action word, which punishes someone else.
     */
    private boolean imposes(Mention m, int cue, int s, List<Mention> mentions) {
        if (cue < 0 || m.end() > cue || t.phrase[cue] == null || !t.is(cue, Cue.S_IMPOSE | Cue.S_THREATEN)) {
            return false;
        }
        String verb = t.phrase[cue].key; // "could face", "was hit by": the one suffering them
        if (verb.contains("fac") || verb.contains("hit") || verb.contains("risk") || verb.contains("suffer")) {
            return false;
        }
        if (m.possessive()) {
            return m.index() <= s + 1 && t.place(m.index()).type() == Place.Type.COUNTRY;
        }
        return m.place().force().equals(subjectOf(cue, s, mentions, List.of()));
    }

    /**
     * "Putin, whose economy has weathered Western sanctions, met Kim": sanctions inside a relative clause
     * on a leader or country are that one's. Returns the antecedent, or null.
     */
    private Mention relativeAntecedent(int i, int s, List<Mention> mentions) {
        for (int k = i - 1; k > s; k--) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.type[k] == Tokens.COMMA) {
                return null;
            }
            if (t.isKey(k, "who") || t.isKey(k, "whose")) {
                if (t.type[k - 1] != Tokens.COMMA) {
                    return null;
                }
                for (Mention m : mentions) {
                    if (m.end() == k - 1 && isTargetable(m.place()) && !ISSUERS.contains(m.place().name())) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "threats of sanctions over the Syria incursion", "sanctions over Ukraine": after "over", a place
     * that owns nothing names the grievance, not the one punished ("over Iran's nuclear programme" does).
     */
    private boolean reason(Mention m) {
        if (m.possessive()) {
            return false;
        }
        int o = m.index() - 1;
        if (o > 0 && t.isKey(o, "the")) {
            o--;
        }
        if (o > 0 && (t.isKey(o, "of") || t.isKey(o, "into") || t.isKey(o, "in")) && (t.isKey(o - 1, "annexation")
                || t.isKey(o - 1, "invasion") || t.isKey(o - 1, "occupation") || t.isKey(o - 1, "incursion")
                || t.isKey(o - 1, "offensive"))) {
            return true; // "after the annexation of Crimea": the victim of the aggression punished
        }
        // "over its purchase of Russian missiles": back through the words of the phrase to "over"
        // an amount inside the phrase is part of it: "over its $5.4 billion purchase of Russian S-400s"
        for (int b = m.index() - 1, n = 0; b >= 0 && n < 6 && (t.type[b] == Tokens.WORD || t.type[b] == Tokens.NUMBER
                || t.type[b] == Tokens.CURRENCY); b--) {
            if (t.type[b] == Tokens.WORD) {
                n++;
            }
            if (t.isKey(b, "over")) {
                return true;
            }
            if (t.isKey(b, "on") || t.isKey(b, "against") || t.is(b, Cue.SANCTION) || t.wordIs(b, Cue.S_ACTION)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "sanctions over Russia's war, freezing the assets of North Korean officials": a participle clause that
     * carries out the sanctions names whom else they punish. Returns that mention, or null.
     */
    private Mention elaborated(int from, int e, List<Mention> mentions) {
        int c = from;
        while (c < e && c < from + 8 && t.type[c] != Tokens.COMMA) {
            c++;
        }
        if (c + 1 >= e || t.type[c] != Tokens.COMMA || t.type[c + 1] != Tokens.WORD
                || !t.text.regionMatches(true, t.end[c + 1] - 3, "ing", 0, 3)
                || !(t.is(c + 1, Cue.S_IMPOSE) || t.isKey(c + 1, "freezing") || t.isKey(c + 1, "banning")
                || t.isKey(c + 1, "blacklisting"))) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.index() > c + 1 && m.index() <= c + 8 && isTargetable(m.place()) && !ISSUERS.contains(m.place().name())) {
                return m;
            }
        }
        return null;
    }

    /**
     * "the Swiss-based company behind Russia's pipeline", "a Dubai-based firm for Iran's drone program": a place
     * that only seats the company, whose work serves the owner named after it. Returns that owner, or null.
     */
    private Mention servedBy(Mention seat, int e, List<Mention> mentions) {
        int d = seat.end() + 1;
        if (d + 1 >= e || t.type[d - 1] != Tokens.DASH || !t.isKey(d, "based")) {
            return null;
        }
        int k = d + 1;
        while (k < e && k <= d + 3 && t.type[k] == Tokens.WORD && !t.isKey(k, "behind") && !t.isKey(k, "for")
                && !t.isKey(k, "of")) {
            k++;
        }
        if (k >= e || !(t.isKey(k, "behind") || t.isKey(k, "for") || t.isKey(k, "of"))) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.index() > k && m.index() <= k + 2 && m.possessive() && isTargetable(m.place())) {
                return m;
            }
        }
        return null;
    }

    /**
     * "sanctions on Iran over drone deliveries to Russia, and on Russia over ...": a second object of the same
     * sanctions, "and on" or "and against" with the verb and noun left out. Returns it, or null.
     */
    private Mention gappedObject(int from, int e, List<Mention> mentions) {
        for (int k = from; k + 2 < Math.min(e, from + 16); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE || t.wordIs(k, Cue.CLAUSE_WORD)
                    || t.is(k, Cue.SANCTION) || t.type[k] == Tokens.WORD && t.is(k, Cue.S_ACTION)) {
                return null;
            }
            if (!t.isKey(k, "and") || !(t.isKey(k + 1, "on") || t.isKey(k + 1, "against"))) {
                continue;
            }
            int p = t.isKey(k + 2, "the") ? k + 3 : k + 2;
            for (Mention m : mentions) {
                if (m.index() == p && isTargetable(m.place()) && m.place().type() != Place.Type.ADJECTIVE) {
                    return m;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "two Iranian officials and a Turkish company": nationals of other nations coordinated with the first in the
     * same object, each its own target.
     */
    private List<Mention> coNationals(Mention first, int e, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        int from = first.end();
        for (Mention m : mentions) {
            if (m.index() <= from || m.index() > from + 6 || m.place().type() != Place.Type.ADJECTIVE
                    || !isTargetable(m.place()) || !objectRuns(from, m.index())) {
                continue;
            }
            boolean joined = false;
            boolean noun = false;
            for (int k = from; k < m.index(); k++) {
                joined |= t.isKey(k, "and") || t.type[k] == Tokens.COMMA;
            }
            for (int k = m.end(); k < Math.min(e, m.end() + 2) && t.type[k] == Tokens.WORD; k++) {
                String w = t.text.substring(t.start[k], t.end[k]).toLowerCase();
                noun |= ENTITIES.contains(w) || PEOPLE.contains(w) || FIRM_HEADS.contains(w);
            }
            if (!joined || !noun) {
                return out;
            }
            out.add(m);
            from = m.end();
        }
        return out;
    }

    /** "including dozens of Chinese companies": the nationals named only as part of those sanctioned. */
    private boolean includedAmong(Mention people, int s) {
        for (int k = people.index() - 1; k >= Math.max(s, people.index() - 4); k--) {
            if (t.isKey(k, "including")) {
                return true;
            }
            if (t.type[k] != Tokens.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * "..., over their support for Russia's war", "for aiding Iran's drone program": the owner of the cause the
     * sanctioned served, named after "over" or "for" in the clause. Returns it, or null.
     */
    private Mention grievanceOwner(int from, int e, List<Mention> mentions) {
        for (int k = from; k < Math.min(e, from + 12); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return null;
            }
            if (!t.isKey(k, "over") && !t.isKey(k, "for")) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.index() > k && m.index() <= k + 4 && m.possessive() && isTargetable(m.place())
                        && objectRuns(k, m.index())) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "sanctions on Raytheon and Lockheed Martin, ..., Beijing's latest move against U.S. defence companies":
     * firms named only by name, whose nation the sentence gives later in a phrase against or on its firms.
     * Returns that nation's mention, or null.
     */
    private Mention restatedNationals(int trEnd, int e, List<Mention> mentions, int cue, int s) {
        for (Mention m : mentions) {
            if (m.index() <= trEnd || m.index() >= e || !isTargetable(m.place()) || m.possessive()
                    || imposes(m, cue, s, mentions) || !(t.isKey(m.index() - 1, "against") || t.isKey(m.index() - 1, "on"))) {
                continue;
            }
            for (int k = m.end(); k < Math.min(e, m.end() + 2) && t.type[k] == Tokens.WORD; k++) {
                String noun = t.text.substring(t.start[k], t.end[k]).toLowerCase();
                if (ENTITIES.contains(noun)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "sanctions on Prime Minister Boris Johnson and a dozen other senior British ministers": the nation of the
     * people or firms named in the object after "on", however long the list. Returns that mention, or null.
     */
    private Mention objectNationals(int i, int trEnd, int e, List<Mention> mentions, boolean verb) {
        int on = verb ? i : trEnd; // "sanctioned former U.S. Secretary of State Mike Pompeo and 27 other officials"
        if (on >= e || !verb && !(t.isKey(on, "on") || t.isKey(on, "against"))) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.index() <= on || m.index() > on + 16 || !isTargetable(m.place()) || !objectRuns(on, m.index())
                    || m.place().type() != Place.Type.ADJECTIVE && !verb) {
                continue;
            }
            for (int k = m.end(); k < Math.min(e, m.end() + 2) && t.type[k] == Tokens.WORD; k++) {
                String noun = t.text.substring(t.start[k], t.end[k]).toLowerCase();
                if (ENTITIES.contains(noun) || PEOPLE.contains(noun)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "Pyongyang's deployment of troops to Russia violates UN sanctions", "Iran has evaded U.S. sanctions": the
     * one who breaks the sanctions is the one they bind, the owner of the subject or the subject. Returns it, or null.
     */
    private Mention violator(int cue, int s, List<Mention> mentions) {
        if (cue < 0 || t.word[cue] == null) {
            return null;
        }
        String verb = t.word[cue].key;
        if (!(verb.startsWith("violat") || verb.startsWith("breach") || verb.startsWith("evad") || verb.startsWith("flout")
                || verb.startsWith("circumvent") || verb.startsWith("defy") || verb.startsWith("defie")
                || verb.startsWith("skirt"))) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.index() >= s && m.end() <= cue && isTargetable(m.place()) && !m.locative()
                    && (m.possessive() || cue - m.end() <= 3 && subjectChain(m.end(), cue))) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Kim, now flush with Russian oil, has less need for sanctions relief", "Iran seeks sanctions relief": the one
     * needing or seeking relief is the one under the sanctions. Returns that subject, or null.
     */
    private Mention seeker(int i, int s, List<Mention> mentions) {
        int verb = -1;
        for (int k = i - 1; k >= Math.max(s, i - 5) && t.type[k] == Tokens.WORD; k--) {
            String w = t.word[k] == null ? "" : t.word[k].key;
            if (w.startsWith("need") || w.startsWith("seek") || w.equals("sought") || w.startsWith("want")
                    || w.startsWith("crav") || w.equals("desperate")) {
                verb = k;
                break;
            }
        }
        for (Mention m : mentions) {
            if (verb >= 0 && m.index() >= s && m.end() <= verb && isTargetable(m.place()) && !m.locative()
                    && !m.possessive() && m.place().type() != Place.Type.ADJECTIVE
                    && !ISSUERS.contains(m.place().name())) {
                return m;
            }
        }
        return null;
    }

    /** Only auxiliaries and adverbs between a subject and its verb. */
    private boolean subjectChain(int from, int verb) {
        for (int k = from; k < verb; k++) {
            if (t.type[k] != Tokens.WORD || !(t.wordIs(k, Cue.AUX) || t.word[k] != null && t.word[k].key.endsWith("ly"))) {
                return false;
            }
        }
        return true;
    }

    /** No clause, sentence end or action word between the "on" and k. */
    private boolean objectRuns(int on, int k) {
        for (int j = on + 1; j < k; j++) {
            if (t.type[j] == Tokens.END || t.type[j] == Tokens.CLAUSE || t.wordIs(j, Cue.CLAUSE_WORD)
                    || t.type[j] == Tokens.WORD && t.is(j, Cue.S_ACTION)) {
                return false;
            }
        }
        return true;
    }

    /** "..., listing 48 people, including three Chinese companies": the nation of counted listed firms. */
    private void listedNationals(int from, int e, List<Mention> mentions, List<String> out) {
        for (int k = from; k + 2 < Math.min(e, from + 16); k++) {
            if (t.type[k] == Tokens.END || t.type[k] == Tokens.CLAUSE) {
                return;
            }
            if (!t.isKey(k, "including") || !(t.type[k + 1] == Tokens.NUMBER || t.wordIs(k + 1, Cue.NUMBER_WORD))) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.index() == k + 2 && m.place().type() == Place.Type.ADJECTIVE && isTargetable(m.place())
                        && !out.contains(m.place().name())) {
                    out.add(m.place().name());
                }
            }
        }
    }

    /**
     * "sanctions on eight entities involved in arms transfers between North Korea and Russia": those named
     * under the sanctions are punished for dealings between two countries, both of them targets. Adds them.
     */
    private boolean dealingParties(int trEnd, int e, List<Mention> mentions, List<String> out) {
        for (int a = 0; a + 1 < mentions.size(); a++) {
            Mention m = mentions.get(a);
            Mention n = mentions.get(a + 1);
            if (m.index() > trEnd && m.index() < trEnd + 20 && n.index() < e && t.isKey(m.index() - 1, "between")
                    && n.index() == m.end() + 1 && t.isKey(m.end(), "and") && isTargetable(m.place())
                    && isTargetable(n.place()) && onBetween(trEnd, m.index())) {
                out.add(m.place().name());
                out.add(n.place().name());
                return true;
            }
        }
        return false;
    }

    private boolean onBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isKey(k, "on") || t.isKey(k, "against")) {
                return true;
            }
        }
        return false;
    }

    /** "German chief executive", "Chinese companies", "Swiss-based": a nationality or seat of firms or their heads. */
    private boolean describesFirm(Mention m) {
        int k = m.end();
        if (k + 1 < t.size && t.type[k] == Tokens.DASH && t.isKey(k + 1, "based")) {
            return true;
        }
        for (; k < Math.min(t.size, m.end() + 3) && t.type[k] == Tokens.WORD; k++) {
            String noun = t.text.substring(t.start[k], t.end[k]).toLowerCase();
            if (FIRM_HEADS.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    private boolean followedByNoun(Mention m) {
        return m.end() < t.size && t.is(m.end(), Cue.TROOP);
    }

    static boolean isTargetable(Place p) {
        return switch (p.type()) {
            case COUNTRY, ADJECTIVE -> true;
            case ACTOR -> !isAlliance(p.name());
            default -> false;
        };
    }

    /** A force name that issues sanctions of its own ("US", "EU", "Japan"). */
    private static boolean canIssue(String force) {
        return force.equals("US") || force.equals("UK") || ISSUERS.contains(force) || isAlliance(force);
    }

    private static boolean isAlliance(String name) {
        return name.equals("NATO") || name.equals("UN") || name.equals("EU") || name.equals("AU")
                || name.equals("ECOWAS") || name.equals("G7");
    }

    private String issuer(int i, int trEnd, int s, int e, List<Mention> mentions, List<String> targets) {
        // "U.S. sanctions", "EU's sanctions", "UN Security Council sanctions"
        int b = i - 1;
        while (b >= s && b > i - 4 && t.type[b] == Tokens.WORD && t.place(t.phraseBackStart[b]) == null
                && (t.wordIs(b, Cue.MODIFIER) || t.wordIs(b, Cue.POSSESSIVE) || isAdjectiveLike(b))) {
            b--;
        }
        if (b >= s) {
            Place p = t.place(t.phraseBackStart[b]);
            if (p != null && p.canAct() && (ISSUERS.contains(p.name()) || isAlliance(p.name()) || counter(i))
                    && !targets.contains(p.name())) {
                return p.force();
            }
        }
        for (int k = Math.max(b + 1, s); k < i; k++) {
            if (t.isKey(k, "western")) {
                return null; // "Western sanctions" name no one issuer; a subject joining them may still be found
            }
        }
        // "imposed by the EU"
        for (int k = trEnd; k < Math.min(e, trEnd + 10); k++) {
            if (t.type[k] == Tokens.CLAUSE || t.wordIs(k, Cue.CLAUSE_WORD)) {
                break;
            }
            if (t.isKey(k, "by") && !otherAgent(k - 1)) {
                for (Mention m : mentions) {
                    if (m.index() > k && m.index() <= k + 3 && m.place().canAct() && !targets.contains(m.place().name())) {
                        return m.place().force();
                    }
                }
            }
        }
        // the subject: nearest actor before, not a target, not a place of action or a troop modifier
        for (int n = mentions.size() - 1; n >= 0; n--) {
            Mention m = mentions.get(n);
            if (m.index() >= i || m.index() < i - 16 || !m.place().canAct() || m.locative()) {
                continue;
            }
            if (targets.contains(m.place().name()) || followedByNoun(m) || describesFirm(m) || urges(m.end(), i)) {
                continue; // "its German chief executive", "Zelenskiy urged allies to impose": not the issuer
            }
            if (m.place().type() == Place.Type.COUNTRY && !ISSUERS.contains(m.place().name())) {
                continue;
            }
            if (m.index() > 0 && (t.isKey(m.index() - 1, "on") || t.isKey(m.index() - 1, "against"))) {
                continue;
            }
            int h = n; // "the United States and Britain": back to the head of a coordination
            while (h > 0 && h > n - 3 && mentions.get(h - 1).place().canAct()
                    && coordinated(mentions.get(h - 1).end(), mentions.get(h).index())) {
                h--;
            }
            int sep = mentions.get(h).index() - 1;
            if (sep > 0 && t.isKey(sep, "the")) {
                sep--;
            }
            if (h > 0 && sep > 0 && (t.isKey(sep, "joined") || t.isKey(sep, "joins") || t.isKey(sep, "join")
                    || t.isKey(sep, "followed") || t.isKey(sep, "follows") || t.isKey(sep, "follow")
                    || t.isKey(sep, "joining")) && mentions.get(h - 1).place().canAct()
                    && mentions.get(h - 1).index() >= sep - 6 && ISSUERS.contains(mentions.get(h - 1).place().name())) {
                // "Britain has joined the U.S. in sanctioning ...": the one joining
                return mentions.get(h - 1).place().force();
            }
            int and = m.index() >= 2 && t.isKey(m.index() - 1, "the") ? m.index() - 2 : m.index() - 1;
            if (h < n && and >= 0 && t.isKey(and, "and") && mentions.get(n - 1).end() == and) {
                return mentions.get(n - 1).place().force();
            }
            return m.place().force();
        }
        // "..., the EU's foreign policy chief said"
        for (Mention m : mentions) {
            if (m.index() <= trEnd || m.index() > trEnd + 16 || !m.place().canAct() || m.locative()
                    || targets.contains(m.place().name())) {
                continue;
            }
            boolean speaker = m.end() < e && (t.wordIs(m.end(), Cue.SAID) || m.possessive() || titledSpeaker(m.end(), e));
            if (speaker && (ISSUERS.contains(m.place().name()) || isAlliance(m.place().name()))) {
                return m.place().force();
            }
        }
        return null;
    }

    /**
     * "on anything sold by Russia", "firms owned by Iran": a participle that is no sanctions action owns the "by"
     * after it, whose agent then sells or owns, and imposes nothing.
     */
    private boolean otherAgent(int k) {
        if (k < 0 || t.type[k] != Tokens.WORD || t.is(k, Cue.S_ACTION) || t.place(k) != null) {
            return false;
        }
        String w = t.word[k] == null ? t.text.substring(t.start[k], t.end[k]).toLowerCase() : t.word[k].key;
        return (w.endsWith("ed") || PARTICIPLES.contains(w)) && !SPONSORS.contains(w);
    }

    /** "countersanctions", "counter-sanctions", "retaliatory sanctions": sanctions answering others', by their owner. */
    private boolean counter(int i) {
        return t.isKey(i, "countersanctions") || t.isKey(i, "counter-sanctions")
                || i > 0 && (t.isKey(i - 1, "retaliatory") || t.isKey(i - 1, "counter"));
    }

    /**
     * "urged allies to", "called on Western partners to": a verb of urging other nations, named by no place, between
     * k and i ("urged the administration to" asks the urger's own government).
     */
    private boolean urges(int k, int i) {
        for (int v = k; v < i && v <= k + 3; v++) {
            boolean on = (t.isKey(v, "called") || t.isKey(v, "calls")) && t.isKey(v + 1, "on");
            if (!(on || t.isKey(v, "urged") || t.isKey(v, "urges") || t.isKey(v, "urging") || t.isKey(v, "asked")
                    || t.isKey(v, "asks") || t.isKey(v, "pressed") || t.isKey(v, "presses") || t.isKey(v, "lobbied"))) {
                continue;
            }
            for (int o = on ? v + 2 : v + 1; o < i && o <= v + 4; o++) {
                if (t.isKey(o, "allies") || t.isKey(o, "partners") || t.isKey(o, "countries") || t.isKey(o, "nations")
                        || t.isKey(o, "governments") || t.isKey(o, "others") || t.isKey(o, "community")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Biden warned Putin that ...", "Berlin threatened ...": the actor right before a verb of warning, or null. */
    private String warner(int i, int s, List<Mention> mentions, List<String> targets) {
        for (Mention m : mentions) {
            int v = m.end();
            if (m.index() < s || v >= i || !m.place().canAct() || m.possessive() || m.locative()
                    || targets.contains(m.place().name()) || t.type[v] != Tokens.WORD) {
                continue;
            }
            if (t.isKey(v, "warned") || t.isKey(v, "warns") || t.isKey(v, "threatened") || t.isKey(v, "threatens")
                    || t.isKey(v, "cautioned") || t.isKey(v, "cautions")) {
                return m.place().force();
            }
        }
        return null;
    }

    /** "we will put", "we would impose": a first-person subject before the action word, modals between. */
    private boolean firstPerson(int cue, int s) {
        int k = cue - 1;
        while (k > s && t.type[k] == Tokens.WORD && (t.wordIs(k, Cue.AUX) || t.is(k, Cue.S_ACTION)) && cue - k <= 4) {
            k--;
        }
        return k >= s && k < cue && t.type[k] == Tokens.WORD && (t.isKey(k, "we") || t.isKey(k, "i"));
    }

    /** A place named among the three words before the noun ("the new U.N. sanctions"). */
    private boolean namedBefore(int i, int s) {
        for (int k = Math.max(s, i - 3); k < i; k++) {
            if (t.place(k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Treasury Secretary Steven Mnuchin warned", "U.S. envoy Kurt Campbell said": the force of an actor opening
     * the sentence whose title and name run up to a verb of saying, or null.
     */
    private String speaker(int s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.index() > s + 3 || !m.place().canAct() || m.locative()) {
                continue;
            }
            for (int k = m.end(); k < Math.min(t.size, m.end() + 6) && t.type[k] == Tokens.WORD; k++) {
                if (t.wordIs(k, Cue.SAID)) {
                    return m.place().force();
                }
                if (!Character.isUpperCase(t.chars[t.start[k]])) {
                    break;
                }
            }
        }
        return null;
    }

    private static String issuerName(String force) {
        return switch (force) {
            case "US" -> "United States";
            case "UK" -> "United Kingdom";
            default -> force;
        };
    }

    /** The first actor able to issue sanctions that the sentence names before k, not a target nor a place of action. */
    private String openingActor(int s, int k, List<Mention> mentions, List<String> targets) {
        for (Mention m : mentions) {
            Place p = m.place();
            if (m.index() >= s && m.index() < k && p.canAct() && !m.locative() && !m.possessive()
                    && !targets.contains(p.name()) && (ISSUERS.contains(p.name()) || isAlliance(p.name())
                    || p.type() == Place.Type.ACTOR)) {
                return p.force();
            }
        }
        return null;
    }

    /**
     * "..., while imposing sanctions", ", imposing sanctions": an action word in a participle clause whose subject
     * is the sentence's, so the sanctions read before in the sentence share their issuer.
     */
    private boolean sharedSubject(int cue) {
        return t.type[cue] == Tokens.WORD && t.word[cue] != null && t.word[cue].key.endsWith("ing")
                && (t.isKey(cue - 1, "while") || t.isKey(cue - 1, "and") || t.type[cue - 1] == Tokens.COMMA);
    }

    /** "EU foreign policy chief Kaja Kallas told reporters": a title and a name, then the speaking verb. */
    private boolean titledSpeaker(int k, int e) {
        for (int n = 0; k < e && n < 6 && t.type[k] == Tokens.WORD; k++, n++) {
            if (t.wordIs(k, Cue.SAID)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Japan joined ..., but said it would not lift its own sanctions on Belarus": "its" sanctions are
     * those of the sentence's subject, the first issuer named as no place and no target.
     */
    private String ownersSubject(int i, int s, List<Mention> mentions, List<String> targets) {
        int b = i - 1;
        while (b > s && !t.isKey(b, "its") && !t.isKey(b, "their")
                && (t.isKey(b, "own") || t.type[b] == Tokens.WORD && t.wordIs(b, Cue.MODIFIER))) {
            b--;
        }
        if (b < s || !(t.isKey(b, "its") || t.isKey(b, "their"))) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.index() >= b) {
                break;
            }
            if (m.place().canAct() && !m.locative() && !m.possessive() && !targets.contains(m.place().name())
                    && (ISSUERS.contains(m.place().name()) || isAlliance(m.place().name()))) {
                return m.place().force();
            }
        }
        return null;
    }

    /** "with Washington designating 39 individuals": an issuer right before a sanctions verb anywhere in the sentence. */
    private String imposingSubject(int s, int e, List<Mention> mentions, List<String> targets) {
        for (Mention m : mentions) {
            Place p = m.place();
            if (!p.canAct() || m.possessive() || m.locative() || targets.contains(p.name())
                    || !(ISSUERS.contains(p.name()) || isAlliance(p.name()))) {
                continue;
            }
            int k = m.end();
            while (k < e && t.type[k] == Tokens.WORD && t.wordIs(k, Cue.AUX)) {
                k++;
            }
            if (k < e && t.type[k] == Tokens.WORD
                    && t.is(k, Cue.S_IMPOSE | Cue.S_TIGHTEN | Cue.S_EASE | Cue.S_LIFT | Cue.S_MAINTAIN)
                    && !LEFT_ONLY.contains(t.phrase[k].key)
                    && !t.is(k, Cue.SANCTION)) {
                return p.force();
            }
        }
        return null;
    }

    /**
     * "It also imposed sanctions on ...": a pronoun subject opening the sentence stands for the subject
     * opening the sentence before, when that is an issuer.
     */
    private String previousSubject(int s, int cue) {
        int k = s;
        while (k < cue && (t.type[k] == Tokens.QUOTE || t.isKey(k, "and") || t.isKey(k, "but"))) {
            k++;
        }
        if (!(t.isKey(k, "it") || t.isKey(k, "they")) || cue - k > 4 || s < 2 || t.type[s - 1] != Tokens.END) {
            return null;
        }
        int ps = s - 2;
        while (ps > 0 && t.type[ps - 1] != Tokens.END) {
            ps--;
        }
        for (Mention m : Mention.find(t, ps, s - 1)) {
            if (m.index() > ps + 3) {
                break;
            }
            Place p = m.place();
            if (p.canAct() && !m.possessive() && !m.locative() && (ISSUERS.contains(p.name()) || isAlliance(p.name()))) {
                return p.force();
            }
        }
        return null;
    }

    /** "China's commerce ministry on Friday ... announced sanctions": a country owning the sentence's subject. */
    private String ministrySubject(int s, List<Mention> mentions, List<String> targets) {
        for (Mention m : mentions) {
            if (m.index() >= s && m.index() <= s + 1 && m.possessive() && m.place().canAct()
                    && !targets.contains(m.place().name())) {
                return m.place().force();
            }
        }
        return null;
    }

    /** "Norway will align itself with the EU's sanctions": the country taking over another's sanctions, or null. */
    private String adopter(int i, int s, List<Mention> mentions, List<String> targets) {
        for (int k = Math.max(s, i - 10); k < i; k++) {
            if (t.isKey(k, "align") || t.isKey(k, "aligned") || t.isKey(k, "aligns") || t.isKey(k, "adopt")
                    || t.isKey(k, "adopted") || t.isKey(k, "adopts") || t.isKey(k, "mirror") || t.isKey(k, "mirrored")
                    || t.isKey(k, "mirrors")) {
                String subject = subjectOf(k, s, mentions, targets);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** "Beijing imposed sanctions", "Ankara has refused to join ...": a country as the action's subject. */
    private String subjectOf(int cue, int s, List<Mention> mentions, List<String> targets) {
        for (Mention m : mentions) {
            if (m.end() > cue || m.end() < cue - 4 || m.place().type() != Place.Type.COUNTRY || m.possessive()
                    || targets.contains(m.place().name()) || m.locative()) {
                continue;
            }
            boolean verbChain = true;
            for (int k = m.end(); k < cue && verbChain; k++) {
                // "China said it would impose sanctions": the speaker's own "it" carries the subject on
                verbChain = t.type[k] == Tokens.WORD && (t.wordIs(k, Cue.AUX | Cue.S_NEG | Cue.PROPOSE)
                        || t.isKey(k, "to") || (k == m.end() && t.wordIs(k, Cue.SAID) && k + 1 < cue
                        && (t.isKey(k + 1, "it") || t.isKey(k + 1, "that") && t.isKey(k + 2, "it")
                        || weekday(k + 1) && t.isKey(k + 2, "it")))
                        || k == m.end() + 1 && weekday(k) // "China said Thursday it would ..."
                        || (t.isKey(k, "it") || t.isKey(k, "that")) && k > m.end());
            }
            if (verbChain) {
                return m.place().force();
            }
        }
        return null;
    }

    private boolean weekday(int k) {
        return t.isKey(k, "monday") || t.isKey(k, "tuesday") || t.isKey(k, "wednesday") || t.isKey(k, "thursday")
                || t.isKey(k, "friday") || t.isKey(k, "saturday") || t.isKey(k, "sunday");
    }

    private boolean isAdjectiveLike(int k) {
        return t.isKey(k, "economic") || t.isKey(k, "financial") || t.isKey(k, "secondary")
                || t.isKey(k, "unilateral") || t.isKey(k, "sweeping") || t.isKey(k, "punishing")
                || t.isKey(k, "existing") || t.isKey(k, "current") || t.isKey(k, "sectoral") || t.isKey(k, "trade")
                || t.isKey(k, "oil") || t.isKey(k, "banking") || t.isKey(k, "targeted") || t.isKey(k, "stringent")
                || t.isKey(k, "Security") || t.isKey(k, "Council") || t.isKey(k, "international")
                || t.isKey(k, "multilateral") || t.isKey(k, "arms") || t.isKey(k, "western");
    }
}
