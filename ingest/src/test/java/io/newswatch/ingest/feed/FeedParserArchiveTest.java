package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserArchiveTest {

    private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

    @Test
    void shouldReadTheSeedFeedWithFileLinksInsideTheArchive() throws Exception {
        Path feedFile = SEEDS.resolve("seeds.rss");
        FeedParser parser = new FeedParser(FeedLimits.builder().archiveRoot(SEEDS).build());

        ParsedFeed feed = parser.parse(Files.readAllBytes(feedFile), feedFile.toUri(), null);

        assertEquals("newswatch seed articles", feed.title());
        assertEquals(3, feed.entries().size(), "three seed items");
        assertEquals(0, feed.droppedLinks(), "every seed link stays inside the archive");
        List<String> files = feed.entries().stream().map(e -> Path.of(e.link()).getFileName().toString()).toList();
        assertEquals(List.of("002_4e60ce3ae991eb2a.txt", "000_dc611732de9b23bb.txt", "001_6a66de03a92d95d0.txt"), files);
        for (FeedEntry entry : feed.entries()) {
            assertEquals("file", entry.link().getScheme());
            assertTrue(Files.isRegularFile(Path.of(entry.link())), "link points at the article file " + entry.link());
        }
        assertEquals(Instant.parse("2018-05-03T12:00:00Z"), feed.entries().get(0).published());
        assertEquals(Instant.parse("2019-02-21T12:00:00Z"), feed.entries().get(1).published());
        assertEquals(Instant.parse("2025-05-23T12:00:00Z"), feed.entries().get(2).published());
        assertEquals("seed-000_dc611732de9b23bb", feed.entries().get(1).guid());
        assertEquals("The Washington Times", feed.entries().get(1).source());
        assertEquals("dboyer@washingtontimes.com (Dave Boyer)", feed.entries().get(1).author());
    }

    @Test
    void shouldDropFileLinksOfTheSeedFeedWithoutAnArchiveRoot() throws Exception {
        Path feedFile = SEEDS.resolve("seeds.rss");

        ParsedFeed feed = new FeedParser().parse(Files.readAllBytes(feedFile), feedFile.toUri(), null);

        assertEquals(3, feed.entries().size());
        assertEquals(0, feed.entries().stream().filter(e -> e.link() != null && !e.link().getScheme().startsWith("http")).count(),
                "no file link survives without an archive root");
    }

    @Test
    void shouldRefuseLinksThatEscapeTheArchiveRoot(@TempDir Path dir) throws IOException, FeedException {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(archive.resolve("inside.txt"), "inside");
        String rss = """
                <rss version="2.0"><channel><title>a</title>
                <item><title>inside</title><link>inside.txt</link></item>
                <item><title>dotdot</title><link>../secret.txt</link></item>
                <item><title>encoded</title><link>%2e%2e/secret.txt</link></item>
                <item><title>absolute</title><link>file:///etc/passwd</link></item>
                </channel></rss>""";
        Path feedFile = archive.resolve("feed.rss");
        FeedParser parser = new FeedParser(FeedLimits.builder().archiveRoot(archive).build());

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), feedFile.toUri(), null);

        assertEquals(archive.resolve("inside.txt").toUri(), feed.entries().get(0).link());
        assertNull(feed.entries().get(1).link(), "../ escapes the archive");
        assertNull(feed.entries().get(2).link(), "percent-encoded ../ escapes the archive");
        assertNull(feed.entries().get(3).link(), "absolute file link outside the archive");
        assertEquals(3, feed.droppedLinks());
    }
}
