package io.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import io.newswatch.ingest.feed.FeedEntry;
import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedJson;
import io.newswatch.ingest.feed.FeedLimits;
import io.newswatch.ingest.feed.ParsedFeed;
import io.newswatch.ingest.http.AddressGuard;
import io.newswatch.ingest.http.FetchConfig;
import io.newswatch.ingest.http.HttpFetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final String FEED = "<rss version=\"2.0\"><channel><title>Desk</title><link>https://desk.example/</link>"
            + "<item><title>Caf&#233; &lt;b&gt;talks&lt;/b&gt;</title><link>/a</link><guid>g1</guid>"
            + "<pubDate>Fri, 23 May 2025 12:00:00 GMT</pubDate><author>ed@desk.example</author>"
            + "<description>&lt;p&gt;No &lt;i&gt;talks&lt;/i&gt;.&lt;/p&gt;</description></item>"
            + "<item><title>bare</title></item></channel></rss>";

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", ex -> {
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    @Test
    void shouldFetchAndParseAUrlWhenTheGuardIsOpened() throws Exception {
        FeedReader reader = new FeedReader(FeedLimits.defaults(),
                new HttpFetcher(FetchConfig.builder().guard(AddressGuard.allowingEverything()).build(), Clock.systemUTC()));

        ParsedFeed feed = reader.read(url());

        assertEquals(2, feed.entries().size());
        assertEquals(URI.create("https://desk.example/a"), feed.entries().get(0).link());
    }

    @Test
    void shouldRefuseALoopbackUrlWithTheDefaultGuard() {
        FeedReader reader = new FeedReader(FeedLimits.defaults(), new HttpFetcher());

        FeedException e = assertThrows(FeedException.class, () -> reader.read(url()));

        assertTrue(e.getMessage().contains(url()) && e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void shouldKeepFileLinksBesideAFeedFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "article");
        Path feedFile = Files.writeString(dir.resolve("feed.rss"),
                "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>a.txt</link></item></channel></rss>");

        ParsedFeed feed = new FeedReader(FeedLimits.defaults(), new HttpFetcher()).read(feedFile.toString());

        assertEquals(dir.resolve("a.txt").toUri(), feed.entries().get(0).link());
    }

    @Test
    void shouldNameAMissingFile(@TempDir Path dir) {
        String missing = dir.resolve("missing.rss").toString();

        FeedException e = assertThrows(FeedException.class,
                () -> new FeedReader(FeedLimits.defaults(), new HttpFetcher()).read(missing));

        assertEquals("feed " + missing + ": no such file", e.getMessage());
    }

    @Test
    void shouldWriteEachEntryAsOneAsciiJsonLineWithTheContractFields() throws Exception {
        FeedReader reader = new FeedReader(FeedLimits.defaults(),
                new HttpFetcher(FetchConfig.builder().guard(AddressGuard.allowingEverything()).build(), Clock.systemUTC()));
        List<FeedEntry> entries = reader.read(url()).entries();

        String first = FeedJson.line(entries.get(0));
        String second = FeedJson.line(entries.get(1));

        assertTrue(first.chars().allMatch(c -> c < 128 && c != '\n'), "one ASCII line: " + first);
        JsonNode json = JsonMapper.builder().build().readTree(first);
        assertEquals(List.of("title", "link", "guid", "published", "author", "summary"), iterate(json));
        assertEquals("Café talks", json.get("title").asText());
        assertEquals("https://desk.example/a", json.get("link").asText());
        assertEquals("g1", json.get("guid").asText());
        assertEquals(Instant.parse("2025-05-23T12:00:00Z").toString(), json.get("published").asText());
        assertEquals("ed@desk.example", json.get("author").asText());
        assertEquals("No talks.", json.get("summary").asText());
        JsonNode bare = JsonMapper.builder().build().readTree(second);
        assertTrue(bare.get("link").isNull() && bare.get("published").isNull() && bare.get("guid").isNull(),
                "absent values are JSON null: " + second);
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
