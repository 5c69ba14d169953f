package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexicon's look-ups, and the marks its slots keep for each entry once the vocabulary is sealed. */
class LexiconTest {

    private static Word lookUp(Lexicon lexicon, String text) {
        char[] chars = text.toCharArray();
        return lexicon.get(chars, 0, chars.length, Lexicon.hash(chars, 0, chars.length));
    }

    @Test
    void shouldFindEveryEntryIgnoringCaseAfterTheTableGrows() {
        Lexicon lexicon = new Lexicon();
        List<Word> entries = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            entries.add(lexicon.entry("word" + i));
        }
        for (int i = 0; i < 5_000; i++) {
            assertSame(entries.get(i), lookUp(lexicon, "WORD" + i), "entry of word" + i + " after growth");
        }
        assertNull(lookUp(lexicon, "word5000"), "a word never entered");
        assertNull(lookUp(lexicon, "word"), "a prefix of entered words");
    }

    @Test
    void shouldReadTheTypographicApostropheAsAPlainOne() {
        Lexicon lexicon = new Lexicon();
        Word entry = lexicon.entry("'s");
        assertSame(entry, lookUp(lexicon, "\u2019S"), "’S reads as 's");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"troops", "withdraw", "sanctions", "some", "seven", "the", "U.S.", "camp", "in", "Korea",
        "service", "remain", "they"})
    void shouldKeepTheMarksAndPhraseStartOfEachEntryInItsSlot(String text) {
        Lexicon lexicon = Vocabulary.standard().lexicon();
        char[] chars = text.toCharArray();
        int slot = lexicon.slot(chars, 0, chars.length, Lexicon.hash(chars, 0, chars.length));
        assertTrue(slot >= 0, "'" + text + "' is in the standard vocabulary");
        Word w = lexicon.value(slot);
        int info = lexicon.info(slot);
        assertEquals(Tokens.marksOf(w.cues), (byte) info, "marks of '" + text + "'");
        assertEquals(w.seconds != null, (info & Lexicon.STARTS_PHRASE) != 0, "whether '" + text + "' starts a phrase");
    }
}
