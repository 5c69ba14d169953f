package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and hostile inputs: the tagger (in strict mode, so that a failure inside a sentence is not
 * swallowed) must not throw, and every tag it returns must carry offsets into the input.
 */
class AdversarialTextTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    static Stream<Arguments> inputs() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("empty", ""));
        out.add(Arguments.of("one space", " "));
        // sentences that end on the token arrays' last slot (16 tokens, no full stop) or open with a list
        out.add(Arguments.of("a relative participle at the very end", "U.S. says it is weighing, for now, the fate of all 2,500 troops remaining"));
        out.add(Arguments.of("a headline ending on a participle", "the 28,500 American soldiers stationed"));
        out.add(Arguments.of("a sanctions list at the start", "Sanctions list."));
        // found by a second reviewer of session 3's changes
        out.add(Arguments.of("a hedged figure opening a dashed aside", "roughly 40,000 troops — has grown since October."));
        out.add(Arguments.of("a mover at the token arrays' end",
                "floor 28,500 into cutting the US force in the region South Korea that number."));
        out.add(Arguments.of("a megabyte of digits and commas", repeat("1,234,", 175_000)));
        out.add(Arguments.of("a megabyte of digits", "9".repeat(1_000_000)));
        out.add(Arguments.of("digits, dots and spaces", repeat("12.345 678 9.0 ", 40_000)));
        out.add(Arguments.of("a 100k-character sentence", repeat("US troops withdraw 2,000 from Germany and ", 2_400)));
        out.add(Arguments.of("unbalanced quotes", repeat("“He said “the 28,500 US troops in South Korea ‘will ", 2_000)));
        out.add(Arguments.of("every Unicode space", everySpace("28,500 US troops stationed in South Korea")));
        out.add(Arguments.of("every Unicode dash", everyDash("28-thousand-500 troops, 5,000-man brigade, 36,000-strong")));
        out.add(Arguments.of("lone surrogates", "\uD800 28,500 \uDC00 troops in \uD83D Korea \uDE00"));
        out.add(Arguments.of("astral characters", "😀 28,500 U.S. troops 🇰🇷 in South Korea 😀 sanctions on 🇰🇵"));
        out.add(Arguments.of("only punctuation", repeat(".,;:!?()[]'\"-—", 10_000)));
        out.add(Arguments.of("apostrophes everywhere", repeat("'s 's’s ' ’ n't US's troops' ", 10_000)));
        out.add(Arguments.of("abbreviations only", repeat("U.S. Feb. Mr. No. 2 U.N. E. ", 20_000)));
        out.add(Arguments.of("number words without end", repeat("thousand hundred million and twenty-five ", 20_000)));
        out.add(Arguments.of("huge values", "999,999,999,999,999,999,999 troops 1e400 troops 99999999999999999999k troops"));
        out.add(Arguments.of("sanctions without end", repeat("sanctions on sanctions against lift ease not ", 20_000)));
        out.add(Arguments.of("places without end", repeat("South Korea North Korea the peninsula the country ", 20_000)));
        out.add(Arguments.of("control characters", "\u0000\u0001 28,500\u0007 troops\u001B in\u007F South Korea\u0085."));
        out.add(Arguments.of("right-to-left text", "\u202E28,500 US troops in South Korea\u202C سيتم سحب ٢٨٥٠٠ جندي"));
        out.add(Arguments.of("random bytes", random(200_000, 7)));
        out.add(Arguments.of("random words", randomWords(50_000, 11)));
        out.add(Arguments.of("a range at the very start", "Up to 3,000 to 4,000 troops will leave Germany."));
        out.add(Arguments.of("hedges only", "about nearly up to more than some around 2,000"));
        out.add(Arguments.of("figure first", "2,000. troops"));
        out.add(Arguments.of("dash words", "- - -- — 28-thousand- -500 troops-"));
        for (long seed = 1; seed <= 30; seed++) {
            out.add(Arguments.of("short random words " + seed, randomWords(40, seed)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void shouldNeverThrowAndGiveValidOffsets(String name, String text) {
        List<Tag> tags = assertDoesNotThrow(() -> tagger.tag(text, null), name);
        for (Tag t : tags) {
            assertTrue(t.start() >= 0 && t.end() <= text.length() && t.start() <= t.end(), name + ": offsets in range");
            assertEquals(t.sentence(), text.substring(t.start(), t.end()), name + ": sentence at its offsets");
        }
    }

    @org.junit.jupiter.api.Test
    void shouldSurviveThousandsOfShortRandomTexts() {
        for (long seed = 100; seed < 3_100; seed++) {
            String text = randomWords(3 + (int) (seed % 25), seed);
            List<Tag> tags = assertDoesNotThrow(() -> tagger.tag(text, null), "random text " + seed + ": " + text);
            for (Tag t : tags) {
                assertEquals(t.sentence(), text.substring(t.start(), t.end()), "offsets for random text " + seed);
            }
        }
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static String everySpace(String s) {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < 0x3001; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(s.replace(' ', c)).append(c).append('.').append(c);
            }
        }
        return b.toString();
    }

    private static String everyDash(String s) {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                b.append(s.replace('-', c)).append(". ");
            }
        }
        return b.toString();
    }

    private static String random(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) r.nextInt(0x10000));
        }
        return b.toString();
    }

    private static String randomWords(int n, long seed) {
        String[] words = {"28,500", "troops", "US", "withdraw", "from", "to", "South", "Korea", "the", "peninsula",
            "sanctions", "on", "ease", "not", "about", "up", "nearly", "4.600", "3 000", "28.5k", "-", "strong",
            ".", ",", "“", "”", "each", "respectively", "and", "Estonia", "Latvia", "Lithuania", "border", "of",
            "killed", "$", "%", "In", "2004", "Feb.", "U.S.", "No.", "2", "thousand", "twenty", "a", "dozen",
            "(", ")", "from", "by", "below", "leave", "leaving", "of", "them", "Americans", "here", "SEOUL", "--",
            "sanctioned", "relief", "Kim", "not", "denied", "will", "Guam", "relocate", "since", "stationed",
            "more", "up", "between", "-odd", "-plus", "-strong", "force", "Syria", "Iraq", "'s", "border"};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "" : " ");
        }
        return b.toString();
    }
}
