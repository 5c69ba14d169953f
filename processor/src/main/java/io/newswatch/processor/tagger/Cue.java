package io.newswatch.processor.tagger;

/** Cue classes of words and phrases, as bits of {@link Word#cues}. */
final class Cue {
    static final long TROOP = 1L;
    static final long UNIT = 1L << 1;
    static final long MODIFIER = 1L << 2;
    static final long CASUALTY = 1L << 3;
    static final long CAPACITY = 1L << 4;
    static final long APPROX = 1L << 5;
    static final long MORE_THAN = 1L << 6;
    static final long UP_TO = 1L << 7;
    static final long REDUCE = 1L << 8;
    static final long INCREASE = 1L << 9;
    static final long RELOCATE = 1L << 10;
    static final long LEVEL_AFTER = 1L << 11;
    static final long LEVEL_BEFORE = 1L << 12;
    static final long PAST = 1L << 13;
    static final long DENY = 1L << 14;
    static final long NEG = 1L << 15;
    static final long PROPOSE = 1L << 16;
    static final long SANCTION = 1L << 17;
    static final long S_IMPOSE = 1L << 18;
    static final long S_TIGHTEN = 1L << 19;
    static final long S_EASE = 1L << 20;
    static final long S_LIFT = 1L << 21;
    static final long S_MAINTAIN = 1L << 22;
    static final long S_THREATEN = 1L << 23;
    static final long NUMBER_WORD = 1L << 24;
    static final long VAGUE = 1L << 25;
    static final long MONTH = 1L << 26;
    static final long PREP_IN = 1L << 27;
    static final long PREP_TO = 1L << 28;
    static final long PREP_FROM = 1L << 29;
    static final long HOST_VERB = 1L << 30;
    static final long SAID = 1L << 31;
    static final long STARTER = 1L << 32;
    static final long EACH = 1L << 33;
    static final long RESPECTIVELY = 1L << 34;
    static final long DETERMINER = 1L << 35;
    static final long LEAVE = 1L << 36;
    static final long NOT_TROOP_CONTEXT = 1L << 37;
    static final long AUX = 1L << 38;
    static final long S_NEG = 1L << 39;
    static final long BORDER = 1L << 40;
    static final long PERFECT = 1L << 41;
    static final long SUFFIX_HEAD = 1L << 42;
    static final long BLOCK_HEAD = 1L << 43;
    static final long EVENT_PREP = 1L << 44;
    static final long POSSESSIVE = 1L << 45;
    static final long GEO_ADJ = 1L << 46;
    /** A phrase that only masks its words' cues ("up from" is no increase). */
    static final long NEUTRAL = 1L << 47;
    static final long S_MENTION = 1L << 48;
    static final long ONGOING = 1L << 49;
    static final long CLAUSE_WORD = 1L << 50;
    static final long LEVEL_NOW = 1L << 51;
    static final long KOREA = 1L << 52;
    static final long AREA = 1L << 53;
    static final long NOT_FORCE = 1L << 54;
    static final long PART = 1L << 55;
    static final long PROPOSE_AFTER = 1L << 56;
    static final long PRONOUN = 1L << 57;
    static final long DEMONYM = 1L << 58;
    static final long ABBREVIATION = 1L << 59;
    static final long SANCTION_PRONOUN = 1L << 60;
    static final long SOURCE = 1L << 61;
    /** A sports body ("FIFA", "IOC"): its sanctions are on federations and athletes, not a country's. */
    static final long SPORTS_BODY = 1L << 62;

    static final long CHANGE = REDUCE | INCREASE | RELOCATE;
    static final long S_ACTION = S_IMPOSE | S_TIGHTEN | S_EASE | S_LIFT | S_MAINTAIN | S_THREATEN | S_MENTION;

    private Cue() {
    }
}
