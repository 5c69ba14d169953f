package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number forms seen in real news, each read as a head count in a plain level sentence. */
class NumberFormsTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "28,500 | 28500",
        "2500 | 2500",
        "4.600 | 4600",
        "3 000 | 3000",
        "3\u00A0000 | 3000",
        "3\u202F000 | 3000",
        "28.5k | 28500",
        "28-thousand-500 | 28500",
        "Seven Thousand | 7000",
        "two thousand | 2000",
        "twenty-five hundred | 2500",
        "a dozen | 12",
        "1.2 million | 1200000",
        "4 thousand | 4000",
    })
    void shouldReadNumberForm(String form, long expected) {
        List<Tag> tags = tagger.tag("There are " + form + " US troops stationed in Germany.", null);
        assertEquals(1, tags.size(), "one tag for " + form);
        assertEquals(expected, ((TroopTag) tags.get(0)).quantity(), "quantity of " + form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tens of thousands of",
        "several thousand",
        "a few hundred",
        "hundreds of",
        "dozens of",
    })
    void shouldGiveNoQuantityForVagueAmounts(String form) {
        List<Tag> tags = tagger.tag("There are " + form + " US troops stationed in Germany.", null);
        assertEquals(0, tags.stream().filter(t -> t instanceof TroopTag tr && tr.quantity() != null).count(),
                "no quantity for " + form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The 36,000-strong U.S. force in Germany is the backbone of NATO's defense. | 36000",
        "A 5,000-man U.S. brigade is stationed in Poland. | 5000",
        "A brigade of 4,000 U.S. soldiers is based in Lithuania. | 4000",
    })
    void shouldReadFiguresWithoutATroopNounAfterTheNumber(String text, long expected) {
        List<Tag> tags = tagger.tag(text, null);
        assertEquals(1, tags.size(), "one tag in: " + text);
        assertEquals(expected, ((TroopTag) tags.get(0)).quantity());
    }
}
