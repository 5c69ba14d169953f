package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Never crash: every corpus feed, truncated at many points and with bytes corrupted (fixed seeds, so the inputs
 * are the same on every run), either parses or fails with a FeedException naming the feed.
 */
class FeedMutationTest {

    private final FeedParser parser = new FeedParser();

    static Stream<String> corpusFiles() throws IOException {
        try (InputStream in = FeedMutationTest.class.getResourceAsStream("/feeds/")) {
            if (in == null) {
                throw new IOException("corpus directory not on the class path");
            }
            List<String> names = Arrays.stream(new String(in.readAllBytes()).split("\\R"))
                    .filter(n -> !n.isBlank()).sorted().toList();
            assertTrue(names.size() > 20, "the corpus is listed: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void shouldParseOrFailCleanlyWhenTruncatedOrCorrupted(String file) throws IOException {
        byte[] original = FeedCorpusTest.read(file);
        URI location = URI.create(FeedCorpusTest.BASE + file);
        Random random = new Random(file.hashCode());
        for (int i = 1; i <= 16; i++) {
            check(Arrays.copyOf(original, original.length * i / 17), location, "truncated at " + i + "/17");
            byte[] corrupted = original.clone();
            for (int j = 0; j < 1 + i / 4; j++) {
                corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
            }
            check(corrupted, location, "corruption " + i);
        }
    }

    private void check(byte[] body, URI location, String what) {
        try {
            parser.parse(body, location, null);
        } catch (FeedException e) {
            assertTrue(e.getMessage().startsWith("feed " + location + ": "), what + ": " + e.getMessage());
        } catch (RuntimeException e) {
            fail(what + " of " + location + " crashed the parser", e);
        }
    }
}
