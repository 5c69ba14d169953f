package io.newswatch.processor.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tagger's word knowledge: cue classes of words and phrases, number words and the
 * {@link Gazetteer}, all in one {@link Lexicon}. Built once; immutable and shared afterwards.
 */
final class Vocabulary {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "maj", "capt", "cpl", "pvt", "adm", "cmdr",
            "brig", "rep", "sen", "gov", "pres", "prof", "rev", "st", "mt", "ft", "jr", "sr", "vs", "inc",
            "ltd", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "approx", "est", "ca", "fig", "vol", "al", "gens", "lieut", "messrs", "no", "nos");

    private static final Vocabulary STANDARD = new Vocabulary();

    private final Lexicon lexicon = new Lexicon();
    private final List<Word> withPhrases = new ArrayList<>();
    private final Word dash;

    private Vocabulary() {
        dash = lexicon.entry("-");
        loadCues();
        loadNumbers();
        Gazetteer.load(this);
        for (Word w : withPhrases) {
            w.phrases = Arrays.stream(w.phrases)
                    .sorted(Comparator.comparingInt((Word.Phrase p) -> p.rest().length).reversed())
                    .toArray(Word.Phrase[]::new);
            Map<Word, Word.Phrase[]> bySecond = new LinkedHashMap<>();
            for (Word.Phrase p : w.phrases) {
                Word second = p.restWords()[0];
                Word.Phrase[] list = bySecond.getOrDefault(second, new Word.Phrase[0]);
                Word.Phrase[] grown = Arrays.copyOf(list, list.length + 1);
                grown[list.length] = p;
                bySecond.put(second, grown);
            }
            w.seconds = bySecond.keySet().toArray(new Word[0]);
            w.bySecond = bySecond.values().toArray(new Word.Phrase[0][]);
        }
        lexicon.seal();
    }

    static Vocabulary standard() {
        return STANDARD;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The entry every dash token reads as, so that phrases like "Ain al-Asad" match whatever the dash. */
    Word dash() {
        return dash;
    }

    /**
     * Whether text[start, end) followed by a period is a known abbreviation ("Feb.", "Mr.", "No. 2").
     * With a vocabulary the word is looked up by its hash; without one (while the vocabulary itself
     * is being built) in a plain set.
     */
    static boolean isAbbreviation(Vocabulary vocabulary, char[] text, int start, int end) {
        int len = end - start;
        if (len > 6) {
            return false;
        }
        boolean known;
        boolean number;
        if (vocabulary != null) {
            Word w = vocabulary.lexicon.get(text, start, end, Lexicon.hash(text, start, end));
            known = w != null && w.is(Cue.ABBREVIATION);
            number = known && (w.key.equals("no") || w.key.equals("nos"));
        } else {
            String key = Lexicon.normalize(new String(text, start, len));
            known = ABBREVIATIONS.contains(key);
            number = key.equals("no") || key.equals("nos");
        }
        if (known && number) {
            int j = end + 1;
            while (j < text.length && text[j] == ' ') {
                j++;
            }
            return j < text.length && Character.isDigit(text[j]);
        }
        return known;
    }

    /** The entry for a word or phrase, created if absent. */
    Word entry(String words) {
        String[] keys = split(words);
        Word first = lexicon.entry(keys[0]);
        if (keys.length == 1) {
            return first;
        }
        String[] rest = Arrays.copyOfRange(keys, 1, keys.length);
        Word[] restWords = new Word[rest.length];
        for (int i = 0; i < rest.length; i++) {
            restWords[i] = lexicon.entry(rest[i]);
        }
        for (Word.Phrase p : first.phrases) {
            if (Arrays.equals(p.rest(), rest)) {
                return p.meaning();
            }
        }
        Word meaning = new Word(String.join(" ", keys));
        Word.Phrase[] grown = Arrays.copyOf(first.phrases, first.phrases.length + 1);
        grown[grown.length - 1] = new Word.Phrase(rest, restWords, meaning);
        first.phrases = grown;
        if (!withPhrases.contains(first)) {
            withPhrases.add(first);
        }
        return meaning;
    }

    /** A command or mission that stands for troops ("USFK", "KFOR"): troop context for a bare figure. */
    void markUnit(String alias) {
        entry(alias).cues |= Cue.UNIT;
    }

    void place(String alias, Place place) {
        Word w = entry(alias);
        if (w.place == null || w.place.type() == Place.Type.ADJECTIVE) {
            w.place = place;
            w.placeNeedsCaps = isAllCaps(alias) && alias.length() <= 5;
        }
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Splits a phrase into token keys the way {@link Tokens} reads text. */
    static String[] split(String words) {
        if (words.startsWith("'") && words.indexOf(' ') < 0) {
            return new String[] {Lexicon.normalize(words)};
        }
        Tokens t = Tokens.scanOnly(words);
        String[] keys = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            keys[i] = Lexicon.normalize(t.string(i));
        }
        return keys;
    }

    private void cue(long cue, String... words) {
        for (String w : words) {
            entry(w).cues |= cue;
        }
    }

    private void loadNumbers() {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 1; i < units.length; i++) {
            Word w = lexicon.entry(units[i]);
            w.number = i;
            w.cues |= Cue.NUMBER_WORD;
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            Word w = lexicon.entry(tens[i]);
            w.number = 20L + 10L * i;
            w.cues |= Cue.NUMBER_WORD;
        }
        Word dozen = lexicon.entry("dozen");
        dozen.number = 12;
        dozen.cues |= Cue.NUMBER_WORD;
        long[] mults = {100, 1_000, 1_000_000, 1_000_000_000};
        String[] multNames = {"hundred", "thousand", "million", "billion"};
        for (int i = 0; i < mults.length; i++) {
            Word w = lexicon.entry(multNames[i]);
            w.multiplier = mults[i];
            w.cues |= Cue.NUMBER_WORD;
        }
        cue(Cue.VAGUE, "tens", "hundreds", "thousands", "dozens", "several", "few", "scores", "millions",
                "handful", "couple", "numerous", "many", "some", "multiple", "more", "fewer");
    }

    private void loadCues() {
        cue(Cue.TROOP, "troops", "troop", "soldiers", "soldier", "service members", "service member",
                "servicemembers", "servicemembers", "service personnel", "personnel", "military personnel",
                "marines", "marine", "troopers", "sailors", "airmen", "paratroopers", "commandos", "peacekeepers",
                "peacekeeping troops", "servicemen", "servicewomen", "GIs", "infantrymen", "guardsmen",
                "military advisers", "military advisors", "military instructors", "special forces",
                "special operations forces", "special operators", "rangers", "legionnaires", "forces",
                "boots on the ground", "uniformed personnel", "combat troops", "reservists", "army personnel",
                "military staff", "military trainers", "trainers", "advisers", "advisors", "instructors", "blue helmets", "gunners", "military police", "national guard", "guardsmen",
                "fighters", "staff officers", "military officers", "army officers", "deminers", "sappers",
                "military builders", "military construction workers", "military engineers", "combat engineers");
        cue(Cue.UNIT, "brigade", "battalion", "division", "regiment", "contingent", "force", "garrison",
                "deployment", "presence", "troop level", "troop levels", "troop presence", "army", "corps",
                "task force", "battlegroup", "battle group", "battlegroups", "detachment", "rotation", "footprint",
                "mission", "cap", "ceiling", "headcount", "strength", "military presence", "units", "unit",
                "squadron", "company", "group", "forces", "personnel", "number", "team", "teams", "contribution",
                "commitment", "floor", "minimum", "commando");
        cue(Cue.SUFFIX_HEAD, "strong", "man", "member", "person", "troop", "soldier", "men", "strength");
        cue(Cue.BLOCK_HEAD, "civilians", "civilian", "contractors", "contractor", "dependents", "dependants",
                "family members", "families", "refugees", "prisoners", "prisoner", "detainees", "hostages",
                "workers", "employees", "staff", "officials", "diplomats", "people", "residents", "children",
                "students", "migrants", "fighters", "militants", "rebels", "insurgents", "jihadists", "terrorists",
                "mercenaries", "police", "officers", "police officers", "spouses", "veterans", "recruits",
                "conscripts", "volunteers", "vehicles", "tanks", "aircraft", "jets", "ships", "missiles",
                "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "miles", "kilometers",
                "kilometres", "km", "percent", "per", "dollars", "euros", "won", "yen", "pounds", "tons", "tonnes",
                "beds", "rooms", "homes", "houses", "apartments", "bases", "sites", "acres", "hectares", "barrels",
                "barrel", "bpd", "cubic", "litres", "liters", "gallons", "defectors", "defector", "escapees",
                "asylum seekers", "deserters", "personnel carriers", "personnel carrier", "troop carriers",
                "troop carrier", "carriers", "countries", "nations", "troop-contributing countries",
                "contributing countries", "contributors");
        cue(Cue.MODIFIER, "additional", "more", "extra", "new", "fresh", "combat", "ground", "active", "duty",
                "active-duty", "army", "military", "foreign", "international", "allied", "coalition", "of", "its",
                "their", "the", "our", "his", "her", "elite", "special", "operations", "regular", "rotational",
                "permanent", "permanently", "reserve", "naval", "navy", "air", "marine", "infantry", "armed",
                "uniformed", "led", "heavily", "trained", "frontline", "front-line", "ready", "other", "remaining",
                "deployed", "stationed", "based", "u.s.-led", "nato-led", "american", "us", "airborne", "mechanized",
                "armored", "armoured", "support", "logistics", "engineering", "peacekeeping", "multinational",
                "corps", "force", "forces", "so", "or", "odd", "plus", "strong", "fully", "equipped", "troop",
                "service", "rapid", "reaction", "national", "guard", "royal", "territorial", "tactical", "and",
                "well", "battle", "top", "senior", "junior", "commissioned", "nuclear", "total", "estimated",
                "garrison", "border", "expeditionary", "amphibious", "light", "heavy", "spearhead", "highly",
                "defense", "defence", "self", "self-defense", "ground-based", "sea", "land", "air-defense",
                "u.s.", "un", "nato", "eu", "'s", "'", "on-the-ground", "extra", "already", "currently",
                "some", "about", "roughly", "nearly", "planned", "promised", "pledged", "expected", "proposed",
                "additional", "remaining", "fewer");
        cue(Cue.CASUALTY, "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death",
                "deaths", "wounded", "wounding", "injured", "injuring", "injuries", "injury", "casualties",
                "casualty", "missing", "captured", "capture", "captive", "captives", "detained", "abducted",
                "kidnapped", "executed", "perished", "slain", "massacred", "bodies", "remains", "suicide",
                "suicides", "lost their lives", "tested positive", "infected", "sick", "ill", "arrested",
                "charged", "convicted", "accused", "deserted", "deserters", "defected", "surrendered",
                "evacuated", "rescued", "freed", "released", "exchanged", "swap", "buried", "mourned", "honored",
                "honoured", "involved", "involving", "completed training",
                "underwent training", "were trained", "trained by", "graduated", "graduating",
                "toll", "death toll", "lost", "losses", "loss", "destroyed", "eliminated", "neutralized",
                "neutralised", "struck", "attacked", "targeted", "ambushed", "shot", "poisoned", "sickened",
                "hospitalized", "treated", "discharged", "punished", "disciplined", "investigated", "diagnosed", "hurt", "harmed",
                "concussions", "concussion", "martyred", "martyrdom", "martyrs", "lives", "lives of");
        cue(Cue.CAPACITY, "barracks", "housing", "accommodate", "accommodates", "accommodation", "house",
                "houses", "capacity", "hold", "holds", "room", "space", "facility", "facilities", "beds",
                "designed", "big enough", "enough", "able", "capable", "trained", "train", "training", "trains",
                "recruited", "recruit", "recruiting", "mobilized", "mobilised", "mobilize", "mobilise", "mobilization",
                "conscripted", "drafted", "instruct", "instructed", "equip", "equipped", "arm", "armed", "feed", "pay");
        cue(Cue.APPROX, "about", "roughly", "approximately", "approx.", "approx", "some", "around", "estimated",
                "an estimated", "closer to", "circa", "ca.", "or so", "about", "nearly some", "est.", "reportedly",
                "an approximate", "approximate", "on the order of", "in the region of", "give or take");
        cue(Cue.MORE_THAN, "more than", "over", "well over", "a little over", "just over", "at least",
                "upwards of", "upward of", "in excess of", "slightly more than", "slightly over", "a bit more than", "above", "exceeding", "north of", "or more", "plus", "well above",
                "greater than", "no fewer than", "no less than", "not less than", "beyond", "over and above",
                "floor", "a floor of", "minimum", "a minimum of", "exceeded", "exceeds", "surpassed", "surpasses", "topped");
        cue(Cue.UP_TO, "nearly", "almost", "close to", "up to", "as many as", "fewer than", "less than", "under",
                "below", "cap", "ceiling", "not above", "no more than", "not more than", "at most", "maximum",
                "max", "just under", "just shy of", "shy of", "capped", "limit", "capped at", "a cap of",
                "a ceiling of", "just below", "not exceeding", "not to exceed", "short of", "as much as",
                "a maximum of", "upper limit", "limited", "near", "nearer", "not exceed", "will not exceed",
                "cannot exceed", "would not exceed");
        cue(Cue.REDUCE, "withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn", "withdrawal",
                "expel", "expels", "expelled", "expelling", "expulsion", "evict", "evicted", "oust", "ousted",
                "withdrawals", "pull out", "pulls out", "pulled out", "pulling out", "pull", "pulls", "pulled",
                "pulling", "pullout", "pull-out", "pullback", "pull back", "pulled back", "remove", "removes",
                "removed", "removing", "removal", "cut", "cuts", "cutting", "reduce", "reduces", "reduced",
                "reducing", "reduction", "reductions", "drawdown", "draw down", "draws down", "drawing down",
                "drew down", "drawn down", "draw-down", "bring home", "brings home", "bringing home",
                "brought home", "bring back", "brought back", "return home", "returned home", "returning home",
                "depart", "departs", "departed", "departing", "departure", "exit", "exits", "exited", "exiting",
                "scale back", "scaled back", "scaling back", "scales back", "scale down", "scaled down",
                "trim", "trims", "trimmed", "trimming", "slash", "slashed", "slashes", "slashing", "halve",
                "halved", "halving", "repatriate", "repatriated", "repatriating", "send home", "sent home",
                "sending home", "move out", "moved out", "move off", "moves off", "moved off", "moving off", "rotate out", "rotated out", "downsize", "downsized",
                "downsizing", "shrink", "shrinking", "shrank", "shrunk", "shrunken", "decrease", "decreased", "lower", "lowered",
                "pare", "pared", "pared back", "evacuate", "quit", "leave", "leaves", "left", "leaving",
                "go home", "went home", "going home", "head home", "headed home", "retreat", "retreated", "retrench",
                "redeploy away", "decline", "declined", "fall", "fell", "drop", "dropped", "cutback", "cutbacks", "home",
                "falls", "falling", "drops", "dropping", "shrink to", "fallen", "returned", "return", "returns",
                "returning", "came home", "come home", "comes home", "coming home", "come back", "comes back",
                "coming back", "came back", "return stateside", "returned stateside", "return to the united states");
        cue(Cue.LEAVE, "leave", "leaving", "leaves", "left", "keep", "keeps", "keeping", "kept", "retain",
                "retains", "retained", "retaining", "maintain", "maintains", "maintained", "maintaining",
                "remain", "remains", "stay", "staying", "cap", "caps", "capped", "capping", "limit", "limits",
                "limited", "limiting", "set", "fix", "fixed", "hold", "holds", "held", "freeze", "froze", "frozen",
                "bring", "bringing", "brings", "brought", "take", "takes", "taking", "took", "push", "pushing",
                "pushed", "swell", "swelled", "swelling");
        cue(Cue.RELOCATE, "shift", "shifts", "shifted", "shifting", "relocate", "relocates", "relocated",
                "relocating", "relocation", "redeploy", "redeploys", "redeployed", "redeploying", "redeployment",
                "move", "moves", "moved", "moving", "transfer", "transfers", "transferred", "transferring",
                "reposition", "repositioned", "repositioning", "divert", "diverted", "rotate", "rotated",
                "rotating", "left for", "leave for", "leaves for", "leaving for", "set off for", "sets off for",
                "setting off for", "departed for", "departs for", "departing for");
        cue(Cue.INCREASE, "send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed",
                "deployment", "deployments", "dispatch", "dispatched", "dispatches", "dispatching", "add", "adds",
                "added", "adding", "additional", "reinforce", "reinforced", "reinforces", "reinforcing",
                "reinforcement", "reinforcements", "boost", "boosted", "boosts", "boosting", "bolster", "bolstered",
                "bolstering", "bolsters", "increase", "increased", "increases", "increasing", "surge", "surged",
                "surging", "expand", "expanded", "expanding", "expands", "expansion", "beef up", "beefed up",
                "beefing up", "build up", "buildup", "build-up", "built up", "building up", "ramp up", "ramped up",
                "ramping up", "step up", "stepped up", "raise", "raised", "raising", "raises", "double", "doubled",
                "doubling", "triple", "tripled", "commit", "committed", "commits", "committing", "pledge",
                "pledged", "pledges", "pledging", "contribute", "contributed", "contributing",
                "station", "stationed", "based", "welcomed", "arrive", "arrived", "arrives", "arriving", "arrival", "airlift", "airlifted", "fly",
                "flew", "flown", "flying", "heading to", "headed to", "head to", "heading for", "headed for", "more", "extra", "rotate in", "rotated in", "rotate into", "rotating into", "rotating in", "rotates into", "move into",
                "moved into", "enlarge", "enlarged", "grow", "grew", "grown", "growing", "land", "landed", "ship", "shipped",
                "rush", "rushed", "rushing", "augment", "augmented", "top up", "upped", "up", "hike", "hiked",
                "scale up", "scaled up", "redeploy to", "heading", "headed", "head to", "heading to",
                "headed to", "go to", "goes to", "went to", "en route", "bound for", "sail", "sailed", "rise", "rises",
                "rising", "rose", "risen", "climb", "climbs", "climbed", "expected in", "expected to arrive",
                "due in", "due to arrive", "on alert", "on high alert", "on heightened alert", "on standby",
                "asked for", "asks for", "asking for", "requested", "requests", "requesting",
                "put on standby", "put on alert", "placed on standby", "placed on alert", "crossed", "cross",
                "crossing", "crossed into", "entered", "enter", "entering", "poured into", "marched into", "poured",
                "pour", "pours", "pouring", "funnelled", "funneled", "rolled into", "rolled across", "rolled in",

                "roll into", "rolling into", "rolling across",
                "on prepare-to-deploy orders", "prepare to deploy", "ready to deploy");
        cue(Cue.LEVEL_AFTER, "stationed", "based", "deployed", "garrisoned", "posted", "serving", "present",
                "positioned", "headquartered", "massed", "amassed", "concentrated", "gathered", "assembled",
                "on the ground", "in place", "already", "currently", "there", "permanently", "remaining",
                "now", "still", "located", "operating", "assigned", "rotating");
        cue(Cue.LEVEL_BEFORE, "has", "have", "had", "there are", "there were", "there is", "hosts", "host",
                "hosting", "hosted", "keeps", "total", "totaling", "totalling", "numbering", "houses", "currently",
                "stations", "station", "number", "numbered", "includes", "include", "included", "including",
                "comprises", "comprise", "consists of", "contributes", "counts", "count", "troop numbers", "troop levels", "troop level", "troop strength");
        cue(Cue.LEVEL_NOW, "currently", "now", "stands", "stood", "numbering", "composed of", "comprising",
                "consisting of", "made up of", "standing", "totals", "totaled", "totalled",
                "totaling", "totalling", "numbering", "numbers", "remains", "remained", "hovered", "hovers",
                "hovering", "steady", "unchanged", "held", "holds", "allows", "allowing", "permits", "permitting",
                "peaked", "peaking", "peaks", "topped out", "plateaued", "composed", "composed of", "consisting",
                "consisting of", "made up of", "comprising", "comprises", "comprised");
        cue(Cue.NEUTRAL, "up from", "down from", "dismissed as", "dismisses as", "dismissing as", "dismiss as");
        cue(Cue.ONGOING, "being", "begun", "begin", "began", "begins", "beginning", "started", "start", "starts",
                "starting", "continue", "continues", "continuing", "is", "are");
        cue(Cue.PROPOSE_AFTER, "considered", "being considered", "under consideration", "planned", "proposed",
                "expected", "envisaged", "mooted", "next year", "next month", "next week", "next spring",
                "next summer", "in the coming", "the coming", "over the next", "in the next", "by the end of",
                "later this year", "soon", "within", "next few", "coming years", "coming months", "by next year",
                "on standby", "on alert", "on high alert", "on heightened alert");
        cue(Cue.CLAUSE_WORD, "after", "before", "because", "although", "though", "while", "but", "whereas",
                "since", "when", "unless", "until", "whether");
        cue(Cue.PAST, "withdrew", "withdrawn", "pulled", "pulled out", "removed", "reduced", "sent", "deployed",
                "dispatched", "added", "shifted", "relocated", "redeployed", "moved", "arrived", "left", "departed",
                "slashed", "trimmed", "halved", "boosted", "increased", "reinforced", "doubled", "tripled",
                "drew down", "drawn down", "brought home", "brought back", "returned home", "completed", "finished",
                "ended", "repatriated", "expanded", "committed", "contributed", "airlifted", "flew", "flown",
                "landed", "transferred", "diverted", "rotated", "scaled back", "scaled down", "pared",
                "pared back", "exited", "decreased", "lowered", "raised", "surged", "beefed up", "stepped up",
                "ramped up", "rushed", "augmented", "stationed", "rotated in", "moved into", "sent home",
                "downsized", "shrank", "shrunk", "dropped", "fell", "declined", "pulled back", "repositioned", "shipped",
                "grew", "grown", "enlarged", "upped", "hiked", "went home", "headed home", "retreated", "pledged", "cut",
                "moved out", "rotated out", "scaled up", "completed", "finished", "carried out", "concluded",
                "went to", "headed to", "sailed", "crossed", "crossed into", "entered", "poured into", "marched into",
                "came home", "returned", "returned home", "completing", "completes",
                "finishing");
        cue(Cue.PERFECT, "has", "have", "had", "has been", "have been", "had been", "was", "were", "already");
        cue(Cue.DENY, "denied", "deny", "denies", "denying", "ruled out", "rule out", "rules out", "ruling out",
                "dismissed", "dismisses", "rejected", "rejects", "reject", "rejecting", "refute", "refutes", "refuting",
                "not on the table", "off the table",
                "not the subject", "no plans", "no plan", "no intention", "never discussed", "no discussions",
                "not discussed", "not been discussed", "not considering", "untrue", "false", "baseless",
                "groundless", "fake news", "not true", "no such plan", "discounted", "refuted", "no talks",
                "no decision", "not under consideration", "not being considered", "no truth", "nonsense",
                "no discussion", "not planning", "has no plans", "have no plans", "not on the agenda",
                "never considered", "no consideration", "scrapped", "shelved", "abandoned", "dropped the plan",
                "called off", "cancelled", "canceled", "halted", "frozen", "put on hold", "premature", "too early", "unlikely", "out of the question");
        cue(Cue.NEG, "not", "no", "never", "'t", "nor", "cannot", "without", "neither");
        cue(Cue.PROPOSE, "will", "would", "could", "may", "might", "shall", "'ll", "'d", "going to", "plan",
                "plans", "planned", "planning", "consider", "considers", "considering", "considered",
                "consideration", "option", "options", "propose", "proposes", "proposed", "proposal", "proposals",
                "weigh", "weighs", "weighing", "weighed", "mull", "mulls", "mulling", "mulled", "contemplate",
                "contemplates", "contemplating", "contemplated", "intend", "intends", "intended", "intention",
                "expected", "expect", "expects", "set to", "aims", "aim", "want", "wants", "wanted", "seek",
                "seeks", "seeking", "sought", "ready to", "prepared to", "prepare", "preparing", "to be",
                "ordered", "order", "orders", "ordering", "agreed to", "agrees to", "agree to", "directed", "directs", "calls for", "called for",
                "call for", "urge", "urged", "urges", "urging", "possible", "potential", "possibly", "promise",
                "promised", "promises", "vow", "vowed", "vows", "decide", "decided", "decides", "approve",
                "approved", "approves", "authorize", "authorized", "authorised", "authorize", "request",
                "requested", "requests", "ask", "asked", "asks", "offer", "offered", "offers", "threaten",
                "threatened", "threatens", "recommend", "recommended", "recommends", "scenario", "scenarios",
                "idea", "push", "pushing", "demand", "demanded", "demands", "next year", "next month",
                "next spring", "next summer", "next week", "in the coming", "upcoming", "review", "reviewing",
                "envisage", "envisages", "envisaged", "envisions", "agreed to", "agree to", "announce plans",
                "announced plans", "reported plans", "reportedly planning", "scheduled", "due to", "is to",
                "are to", "was to", "were to", "tentative", "tentatively", "announce", "announced", "announces",
                "considered", "draft", "eyeing", "eyes", "explore", "exploring", "study", "studying",
                "suggested", "suggest", "suggests", "pledge", "pledged", "pledges", "pledging", "commit to",
                "committed to", "plan to", "if", "unless", "needed", "need", "needs", "should", "must",
                "talks on", "negotiate", "negotiating", "negotiations", "deal", "agreement", "by the end of",
                "later this year", "within", "soon", "prospective", "proposing", "next few", "over the next",
                "in the next", "coming years", "coming months", "the coming", "future", "agreed", "agree", "agrees", "put on standby", "put on alert", "placed on standby",
                "placed on alert", "determined to", "intent on", "eager to", "keen to", "on alert", "on high alert", "on heightened alert", "on standby",
                "prepare to deploy", "ready to deploy", "voted to", "vote to", "votes to", "voting to", "expected in", "due in", "bars", "bar", "barred", "barring",
                "prohibit", "prohibits", "prohibited", "forbid", "forbids", "ban", "bans", "bill", "legislation");
        cue(Cue.AUX, "will", "would", "could", "may", "might", "shall", "be", "been", "is", "are", "was", "were",
                "being", "to", "'ll", "have", "has", "had", "soon", "also", "then", "later", "eventually",
                "gradually", "reportedly", "likely", "all", "not", "now", "also", "finally", "must", "should",
                "can", "begin", "began", "start", "started", "to begin", "begun", "expected", "due", "set",
                "currently", "already", "still", "in the process of", "n't", "'t", "is expected to", "again", "in total",
                "who", "that", "which",
                "in all", "altogether", "each year", "every year", "annually", "once again", "too",
                "are expected to", "were", "quickly", "immediately", "temporarily", "permanently", "largely");
        cue(Cue.SANCTION, "sanction", "sanctions", "sanctioned", "sanctioning", "embargo", "embargoes",
                "embargoed", "restrictive measures", "economic penalties", "punitive measures", "sanctions-hit",
                "sanctions-busting", "sanctions-evasion", "sanctions-related", "asset freeze", "asset freezes",
                "countersanctions", "counter-sanctions");
        cue(Cue.S_IMPOSE, "impose", "imposes", "imposed", "imposing", "imposition", "slap", "slapped", "slaps",
                "slapping", "reimposition", "re-imposition", "levy", "levied", "levies", "introduce", "introduced", "introduces", "adopt", "adopted",
                "adopts", "unveil", "unveiled", "unveils", "announce", "announced", "announces", "new", "fresh",
                "hit", "hits", "place", "placed", "places", "put", "puts", "issue", "issued", "reimpose", "reimposed", "reimposes", "re-impose", "re-imposed", "re-imposes", "reimposing", "reinstate", "reinstated", "reinstates", "reinstating", "faced", "snap back", "took effect", "take effect", "takes effect", "came into force", "came back into force", "come back into force",
                "comes back into force", "back into force",
                "come into force", "entered into force", "kicked in", "go into effect", "went into effect",
                "snapback", "approve",
                "approved", "approves", "enact", "enacted", "sanctioned", "blacklist", "blacklisted", "designated",
                "designating", "designates", "designate", "weigh", "weighs", "weighing", "mull", "mulls", "mulling",
                "consider", "considers", "considering", "prepare", "prepares", "preparing", "draw up", "drawing up",
                "drew up", "drafting", "retaliate with", "retaliated with", "retaliates with", "retaliating with",
                "hit back with", "hits back with", "hitting back with",
                "round of", "package", "additional", "further", "targeted", "targets", "target", "targeting",
                "passed", "pass", "agreed", "imposition of", "sanctioning", "slaps", "penalize", "penalized",
                "punish", "punished", "apply", "applied", "applies", "restore", "restored", "restores", "restoring",
                "join", "joins", "joined", "joining");
        cue(Cue.S_TIGHTEN, "tighten", "tightened", "tightens", "tightening", "toughen", "toughened", "tougher",
                "stricter", "harsher", "expand", "expanded", "expands", "expanding", "broaden", "broadened",
                "broadening", "widen", "widened", "widening", "strengthen", "strengthened", "strengthening",
                "intensify", "intensified", "step up", "stepped up", "ramp up", "ramped up", "escalate",
                "escalated", "more", "increase", "increased", "toughening", "ratchet up", "ratcheted up",
                "ratcheting up", "ratchets up", "beef up", "beefed up", "stiffer", "stiffen", "stiffened",
                "heavier", "tighter", "redouble", "broader");
        cue(Cue.S_EASE, "ease", "eased", "eases", "easing", "relax", "relaxed", "relaxes", "relaxing",
                "relaxation", "loosen", "loosened", "loosening", "loosens", "relief", "soften", "softened",
                "softening", "roll back", "rolled back", "rolling back", "scale back", "scaled back", "reduce",
                "reduced", "reducing", "waive", "waived", "waiver", "waivers", "exemption", "exemptions",
                "exempt", "exempted", "suspend", "suspended", "suspends", "suspending", "suspension", "lighten",
                "lightened", "alleviate", "alleviation", "unwind", "unwinding", "loosening of", "carve-out",
                "carve-outs", "reprieve", "exempting", "exempts", "waiving", "waives");
        cue(Cue.S_LIFT, "lift", "lifted", "lifts", "lifting", "remove", "removed", "removes", "removing",
                "removal", "scrap", "scrapped", "scraps", "scrapping", "end", "ended", "ends", "ending", "drop",
                "dropped", "drops", "dropping", "rescind", "rescinded", "revoke", "revoked", "repeal",
                "repealed", "terminate", "terminated", "cancel", "cancelled", "canceled", "reverse", "reversed", "do away", "abolish", "abolished", "lift all",
                "unfreeze", "annul", "annulled", "annuls", "annulling", "terminating", "rescinding", "revoking", "repealing", "delist", "delisted", "cessation",
                "termination", "withdrawal", "withdraw", "withdraws", "withdrew", "withdrawing", "phase out", "phased out",
                "phases out", "phasing out");
        cue(Cue.S_MAINTAIN, "keep", "keeps", "kept", "keeping", "maintain", "maintained", "maintains",
                "maintaining", "retain", "retained", "retains", "renew", "renewed", "renews", "renewing",
                "renewal", "extend", "extended", "extends", "extending", "extension", "prolong", "prolonged",
                "roll over", "rolled over", "uphold", "upheld", "upholds", "in place", "remain", "remains",
                "remained", "stay", "stays", "preserve",
                "preserved", "keep up", "sustain", "sustained", "persist", "still", "remain in force",
                "in force", "enforce", "enforced", "enforcing", "enforcement", "implement", "implemented",
                "implementing", "implementation");
        cue(Cue.S_THREATEN, "threaten", "threatened", "threatens", "threatening", "threat", "threats", "warn",
                "warned", "warns", "warning", "could face", "would face", "will face", "may face", "might face",
                "risk", "risks", "risking", "ultimatum", "raised the prospect", "prospect of", "possible",
                "looming", "potential", "consequences", "severe costs", "costs", "or face", "or else face", "or risk");
        cue(Cue.S_MENTION, "evade", "evades", "evading", "evaded", "evasion", "violate", "violates", "violated",
                "violating", "violation", "violations", "breach", "breaches", "breaching", "bust", "busting",
                "circumvent", "circumvents", "circumventing", "circumvention", "skirt", "skirting", "despite",
                "under", "hobbled", "battered", "hit by", "hurt", "crippled", "impact", "effect", "effects",
                "because of", "due to", "amid", "face", "faces", "facing", "sanctions-hit", "sanctions-hit", "affected", "suffering");
        cue(Cue.S_NEG, "not", "no", "never", "'t", "nor", "cannot", "against", "oppose", "opposed", "opposes",
                "opposing", "opposition", "refuse", "refused", "refuses", "refusing", "resist", "resisted",
                "reject", "rejected", "rejects", "rejecting", "discounted", "discount", "discounts",
                "ruled out", "rule out", "rules out", "ruling out", "dismissed", "dismisses", "denied", "deny",
                "denies", "no plans", "unlikely", "premature", "declined", "decline", "declines",
                "blocked", "block", "blocks", "vetoed", "veto", "vetoes", "without", "neither", "nothing",
                "too early", "not yet", "hesitant", "reluctant", "failed", "fail", "fails", "failing", "out of the question",
                "not on the table", "off the table", "stopped short of", "stop short of", "stops short of",
                "stopping short of", "held off", "hold off", "holds off", "holding off", "shied away from",
                "shy away from", "balked at", "balk at", "refrained from", "refrain from", "refrains from",
                "refraining from");
        cue(Cue.MONTH, "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
                "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "nos.", "page", "article", "resolution", "section",
                "chapter", "number", "route", "highway", "flight", "paragraph", "room", "unit", "gate");
        cue(Cue.PREP_IN, "in", "inside", "within", "across", "throughout", "on", "at", "near", "around",
                "in northern", "in southern", "in eastern", "in western", "in central", "in northeastern", "in northeast", "in northwestern", "in southeastern",
                "in southwestern", "along", "inside", "into", "to", "through", "throughout", "via");
        cue(Cue.PREP_TO, "to", "into", "toward", "towards", "in", "on", "for", "onto", "bound for");
        cue(Cue.PREP_FROM, "from", "out of", "off", "leave", "leaves", "leaving", "left", "exit", "exits",
                "exited", "quit", "quits", "depart", "departed", "departing", "withdraw from", "away from",
                "from northern", "from southern", "from eastern", "from western", "from central", "evacuate");
        cue(Cue.HOST_VERB, "hosts", "host", "hosting", "hosted", "houses", "has", "have");
        cue(Cue.SAID, "said", "says", "say", "told", "announced", "stated", "confirmed", "reported", "added",
                "noted", "according", "warned", "insisted", "argued", "claimed", "wrote", "tweeted");
        cue(Cue.STARTER, "the", "a", "an", "it", "he", "she", "they", "we", "i", "in", "on", "at", "but", "and",
                "this", "that", "these", "those", "there", "officials", "his", "her", "its", "their", "however",
                "meanwhile", "last", "after", "before", "when", "while", "if", "as", "for", "some", "many", "no",
                "one", "under", "since", "according", "during", "both", "about", "our", "us", "such");
        cue(Cue.EACH, "each", "apiece", "per country", "in each", "to each", "for each", "each to");
        cue(Cue.RESPECTIVELY, "respectively");
        // figurative moves: "moving toward a force of 2,500" is no relocation (phrases with no cue)
        for (String w : new String[] {"move toward", "moves toward", "moving toward", "moved toward", "move towards",
            "moves towards", "moving towards", "moved towards"}) {
            entry(w);
        }
        cue(Cue.PRONOUN, "them", "those", "these");
        cue(Cue.SOURCE, "intelligence", "officials", "official", "media", "sources", "source", "analysts", "press",
                "newspaper", "newspapers", "agencies", "agency", "experts", "diplomats", "diplomat", "spy",
                "estimates", "estimate", "reports", "report", "journalists", "observers", "monitors", "satellite");
        cue(Cue.SPORTS_BODY, "fifa", "uefa", "ioc", "international olympic committee", "olympic committee", "wada",
                "world anti-doping agency", "fiba", "world athletics", "iaaf", "court of arbitration for sport",
                "fina", "world aquatics", "fivb", "concacaf", "conmebol");
        cue(Cue.SANCTION_PRONOUN, "they", "it", "own", "the measures", "the restrictions", "the penalties");
        cue(Cue.ABBREVIATION, ABBREVIATIONS.toArray(new String[0]));
        cue(Cue.DEMONYM, "Americans", "Britons", "Germans", "Canadians", "Italians", "Spaniards", "Poles", "Danes", "Norwegians", "Swedes", "Finns", "Estonians", "Latvians", "Lithuanians", "Romanians", "Australians", "South Koreans", "North Koreans", "Turks", "Russians", "Ukrainians", "Frenchmen", "Dutchmen", "Belgians", "Czechs", "Hungarians", "Greeks", "Iranians");
        cue(Cue.AREA, "city", "town", "region", "province",
            "port", "village", "area", "district", "capital", "island", "islands", "county", "state", "oblast",
            "governorate", "prefecture", "enclave", "territory", "base", "border", "borders", "invasion", "occupation",
            "liberation", "defence", "defense");
        cue(Cue.NOT_FORCE, "mission", "operation",
            "deployment", "base", "number", "numbers", "cap", "ceiling", "strength", "headcount", "units", "unit",
            "group", "company", "rotation");
        cue(Cue.PART, "many", "much", "some", "all", "any",
            "none", "most", "part", "half", "rest", "portion", "share", "majority", "bulk", "one", "third", "quarter",
            "each", "fraction", "remainder");
        cue(Cue.KOREA, "kim jong un", "kim jong-un", "kim jong-un", "koreas", "korea", "korean", "koreans", "pyongyang", "seoul", "dprk", "rok", "usfk");
        cue(Cue.DETERMINER, "a", "an", "the", "of", "just", "only", "well", "little", "some", "another",
                "an additional", "additional", "total", "a total of", "remaining", "its remaining", "the remaining",
                "a force of", "'s", "its", "their", "his", "her", "our", "fully", "all", "over");
        cue(Cue.BORDER, "border", "borders", "frontier", "frontiers", "border with", "borders with",
                "line of actual control", "Line of Actual Control", "LAC", "boundary");
        cue(Cue.EVENT_PREP, "in", "during", "since", "back in", "by late", "in early", "in late", "in mid",
                "in the spring of", "in the summer of", "in the autumn of", "in the fall of", "in the winter of",
                "by");
        cue(Cue.POSSESSIVE, "'s", "'");
        cue(Cue.GEO_ADJ, "the", "northern", "southern", "eastern", "western", "central", "neighboring",
                "neighbouring", "nearby", "war-torn", "occupied", "northeastern", "northwestern", "southeastern",
                "southwestern", "northeast", "northwest", "southeast", "southwest", "rural", "restive", "volatile",
                "landlocked", "troubled", "remote", "mainland", "frontline", "front-line", "allied", "southern-most",
                "northernmost", "southernmost", "far", "strategic", "key", "ally", "fellow", "member", "state", "'s",
                "alliance", "its", "their");
        cue(Cue.NOT_TROOP_CONTEXT, "aged", "age", "ages", "old", "year-old", "years-old", "yearold", "born",
                "salary", "salaries");
    }
}
