package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real-world-like feeds under src/test/resources/feeds, each with its expected count, first title and link. */
class FeedCorpusTest {

    static final String BASE = "https://feeds.example.test/";
    private final FeedParser parser = new FeedParser();

    static Stream<Arguments> corpus() {
        String encTitle = "Séoul — 서울 troops";
        String encLink = "https://enc.example.com/seoul";
        String latinTitle = "Défense: ministère «non»";
        String latinLink = "https://latin.example.com/d%C3%A9fense";
        return Stream.of(
                Arguments.of("rss20-basic.xml", null, 2, "Seoul says 28,500 U.S. troops remain",
                        "https://news.example.com/2025/05/23/troops-remain.html?utm_source=rss", "2025-05-23T00:15:00Z"),
                Arguments.of("rss091-netscape-doctype.xml", null, 2, "Corée : les troupes américaines",
                        "http://www.example.fr/coree.html", null),
                Arguments.of("rss092.xml", null, 1, "Sanctions relief debated", "http://userland.example.com/sanctions", null),
                Arguments.of("rss090-rdf.xml", null, 2, "New Status Updates", "http://www.mozilla.org/status/", null),
                Arguments.of("rss10-rdf.xml", null, 1, "North Korea sanctions eased?", "http://rdf.example.com/a",
                        "2019-02-21T13:30:00Z"),
                Arguments.of("atom10-xmlbase.xml", null, 2, "Troop levels unchanged",
                        "https://atom.example.org/news/2025/05/troops", "2025-05-23T07:00:00Z"),
                Arguments.of("atom10-nested-xmlbase.xml", null, 1, "Deep", "http://nested.example.com/a/c/d/e.html",
                        "2025-01-01T00:00:00Z"),
                Arguments.of("atom03.xml", null, 1, "Old-style entry", "http://diary.example.com/2004/01/02/entry",
                        "2004-01-02T13:00:00Z"),
                Arguments.of("truncated.xml", null, 2, "Complete item", "https://cut.example.com/1", "2025-05-05T10:00:00Z"),
                Arguments.of("podcast-itunes-media.xml", null, 2, "Episode 12: The Korean Peninsula",
                        "https://pod.example.com/episodes/12", "2025-05-06T11:00:00Z"),
                Arguments.of("html-entities-undeclared.xml", null, 1, "Troops — 28,500 stay", "https://ent.example.com/1", null),
                Arguments.of("odd-dates.xml", null, 9, "rfc822 wrong weekday", "https://dates.example.com/1",
                        "2018-05-03T12:00:00Z"),
                Arguments.of("relative-links.xml", null, 2, "relative to channel",
                        "https://feeds.example.test/site/story%201.html", null),
                Arguments.of("unescaped-ampersand.xml", null, 1, "Troops & sanctions: Q&A",
                        "https://qa.example.com/story?id=7&section=world", "2025-05-21T08:00:00Z"),
                Arguments.of("undeclared-prefix.xml", null, 1, "Creator without namespace", "https://prefix.example.com/1",
                        "2025-05-20T10:00:00Z"),
                Arguments.of("php-warning-before-feed.xml", "text/html", 1, "Still here", "https://php.example.com/1", null),
                Arguments.of("controls-and-trailing-junk.xml", null, 1, "Verticaltab and bell", "https://ctl.example.com/1", null),
                Arguments.of("utf8-bom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf8-bom.xml", "text/xml; charset=ISO-8859-1", 1, encTitle, encLink, null),
                Arguments.of("utf16le-bom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf16be-bom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf16le-nobom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf16be-nobom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf16le-nobom-korean.xml", null, 1, "주한미군 28,500명 유지 국방부는 철수 논의가 없었다고 밝혔다 서울에서 열린 브리핑에서",
                        "https://kr.example.com/1", null),
                Arguments.of("utf32le-bom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf32be-bom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf32le-nobom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf32be-nobom.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf16le-bom.xml", "application/rss+xml; charset=utf-8", 1, encTitle, encLink, null),
                Arguments.of("utf8-undeclared.xml", null, 1, encTitle, encLink, null),
                Arguments.of("utf8-undeclared.xml", "text/xml; charset=ISO-8859-1", 1, encTitle, encLink, null),
                Arguments.of("utf8-undeclared.xml", "text/xml; charset=no-such-charset", 1, encTitle, encLink, null),
                Arguments.of("latin1-undeclared.xml", null, 1, latinTitle, latinLink, null),
                Arguments.of("latin1-undeclared.xml", "application/rss+xml; charset=ISO-8859-1", 1, latinTitle, latinLink, null),
                Arguments.of("latin1-labelled-utf8.xml", null, 1, latinTitle, latinLink, null),
                Arguments.of("latin1-labelled-utf8.xml", "text/xml; charset=utf-8", 1, latinTitle, latinLink, null),
                Arguments.of("utf8-labelled-latin1.xml", null, 1, latinTitle, latinLink, null),
                Arguments.of("utf8-with-stray-latin1.xml", null, 1, "Séoul — café 서울", "https://mixed.example.com/1", null),
                Arguments.of("windows1252-declared.xml", null, 1, "Défense: ministère “non”", latinLink, null));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("corpus")
    void shouldParseTheCorpusFeed(String file, String contentType, int count, String firstTitle, String firstLink,
                                  String firstPublished) throws Exception {
        ParsedFeed feed = parser.parse(read(file), URI.create(BASE + file), contentType);

        assertEquals(count, feed.entries().size(), "entry count of " + file);
        FeedEntry first = feed.entries().get(0);
        assertEquals(firstTitle, first.title(), "first title of " + file);
        assertEquals(firstLink, String.valueOf(first.link()), "first link of " + file);
        assertEquals(firstPublished == null ? null : Instant.parse(firstPublished), first.published(),
                "first published of " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"html-instead.html", "xhtml-instead.xml", "not-a-feed.xml", "plain-text.txt"})
    void shouldFailWithOneClearErrorNamingTheFeed(String file) throws IOException {
        URI location = URI.create(BASE + file);

        FeedException e = assertThrows(FeedException.class, () -> parser.parse(read(file), location, "text/html"));

        assertTrue(e.getMessage().contains(location.toString()), "message names the feed: " + e.getMessage());
        assertTrue(!e.reason().isBlank(), "message gives a reason: " + e.getMessage());
    }

    static byte[] read(String file) throws IOException {
        try (InputStream in = FeedCorpusTest.class.getResourceAsStream("/feeds/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource /feeds/" + file);
            }
            return in.readAllBytes();
        }
    }
}
