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
    /**
     * The entries that second words of this word's phrases have, each once, or null when no phrase starts
     * with this word; built once phrases are complete. A short array scanned by identity: most words start
     * phrases with one or two second words.
     */
    Word[] seconds;
    /** Per entry of {@link #seconds}, the phrases with that second word, longest first. */
    Phrase[][] bySecond;

    Word(String key) {
        this.key = key;
    }

    /** The phrases starting with this word whose second word is {@code second}, longest first, or null. */
    Phrase[] phrasesWithSecond(Word second) {
        Word[] s = seconds;
        for (int j = 0; j < s.length; j++) {
            if (s[j] == second) {
                return bySecond[j];
            }
        }
        return null;
    }

    boolean is(long cue) {
        return (cues & cue) != 0;
    }

    /** A multi-word entry: the words after the first (keys and entries), and what the phrase means. */
    record Phrase(String[] rest, Word[] restWords, Word meaning) {
    }
}
