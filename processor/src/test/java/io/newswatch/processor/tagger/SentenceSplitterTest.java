package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence boundaries that survive abbreviations. Sentences are separated by " || " in the expectations. */
class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        Tokens t = Tokens.read(text, Vocabulary.standard());
        int[] b = SentenceSplitter.split(t);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] < b[i + 1]) {
                out.add(text.substring(t.start[b[i]], t.end[b[i + 1] - 1]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', value = {
        "The U.S. has 28,500 troops in Korea. Seoul agrees. ## The U.S. has 28,500 troops in Korea. || Seoul agrees.",
        "Mr. Trump met Mr. Kim on Feb. 27 in Hanoi. ## Mr. Trump met Mr. Kim on Feb. 27 in Hanoi.",
        "He ranked No. 2 in the poll. It was close. ## He ranked No. 2 in the poll. || It was close.",
        "Troops left the U.S. The base closed. ## Troops left the U.S. || The base closed.",
        "George W. Bush sent troops. ## George W. Bush sent troops.",
        "“It is over.” The official left. ## “It is over.” || The official left.",
        "Headline without a stop\\nBody starts here. ## Headline without a stop || Body starts here.",
    })
    void shouldSplitSentences(String line) {
        String[] parts = line.replace("\\n", "\n").split(" ## ");
        assertEquals(List.of(parts[1].split(" \\|\\| ")), sentences(parts[0]), "sentences of: " + parts[0]);
    }
}
