package io.newswatch.processor.tagger;

/**
 * What the tagger knows about one word or phrase: its cue classes (bits of {@link Cue}), the
 * place it names, and its value when it is a number word. Built once by {@link Vocabulary};
 * read-only afterwards.
 */
final class Word {
    final String key;
    long cues;
    Place place;
    /** Whether the place only counts when the token is written in capitals ("US" but not "us"). */
    boolean placeNeedsCaps;
    /** Value of a number word, or -1. */
    long number = -1;
    /** Multiplier of a number word ("thousand" = 1000), or 0. */
    long multiplier;
    /** Phrases that start with this word, longest first. */
    Phrase[] phrases = new Phrase[0];
    /** The phrases by the entry of their second word, longest first (built once phrases are complete). */
    java.util.IdentityHashMap<Word, Phrase[]> bySecond;

    Word(String key) {
        this.key = key;
    }

    boolean is(long cue) {
        return (cues & cue) != 0;
    }

    /** A multi-word entry: the words after the first (keys and entries), and what the phrase means. */
    record Phrase(String[] rest, Word[] restWords, Word meaning) {
    }
}
