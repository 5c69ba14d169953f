package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a parsed entry holds beyond the corpus' first title and link. */
class FeedParserContentTest {

    private final FeedParser parser = new FeedParser();

    private ParsedFeed corpus(String file) throws Exception {
        return parser.parse(FeedCorpusTest.read(file), URI.create(FeedCorpusTest.BASE + file), null);
    }

    @Test
    void shouldTurnHtmlDescriptionsIntoCleanText() throws Exception {
        FeedEntry entry = corpus("rss20-basic.xml").entries().get(0);

        assertEquals("The ministry said no talks were held.", entry.summary(), "tags and script content are gone");
        assertEquals("Kim Min-ji", entry.author());
        assertEquals("kd-1001", entry.guid());
        assertEquals("Korea Desk & Wire", entry.source(), "the feed title stands in for a missing <source>");
    }

    @Test
    void shouldReadXhtmlAndHtmlAtomContent() throws Exception {
        ParsedFeed feed = corpus("atom10-xmlbase.xml");

        assertEquals("Atom Wire", feed.title());
        assertEquals("Still 28,500.", feed.entries().get(0).summary());
        assertEquals("Jane Roe", feed.entries().get(0).author());
        assertEquals("Inline xhtml", feed.entries().get(1).summary());
        assertEquals("tag:atom.example.org,2025:1", feed.entries().get(0).guid());
    }

    @Test
    void shouldReadEveryOddDateOrLeaveItNull() throws Exception {
        List<Instant> published = corpus("odd-dates.xml").entries().stream().map(FeedEntry::published).toList();

        Instant may3noon = Instant.parse("2018-05-03T12:00:00Z");
        assertEquals(Arrays.asList(may3noon, may3noon, may3noon, may3noon, may3noon, may3noon, null, null, null), published);
    }

    @Test
    void shouldReportRecoveryAndRepairsAsWarnings() throws Exception {
        ParsedFeed truncated = corpus("truncated.xml");
        ParsedFeed latin = corpus("latin1-labelled-utf8.xml");
        ParsedFeed dates = corpus("odd-dates.xml");

        assertTrue(truncated.warnings().stream().anyMatch(w -> w.contains("recovered leniently")), truncated.warnings().toString());
        assertTrue(latin.warnings().stream().anyMatch(w -> w.contains("not valid UTF-8")), latin.warnings().toString());
        assertTrue(dates.warnings().stream().anyMatch(w -> w.contains("yesterday-ish")), dates.warnings().toString());
    }

    @Test
    void shouldNameTheFeedAnHtmlPageAdvertises() {
        String page = "<!DOCTYPE html><html><head><title>Korea Desk</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/korea/feed.xml\"></head><body></body></html>";

        FeedException e = org.junit.jupiter.api.Assertions.assertThrows(FeedException.class, () -> parser.parse(
                page.getBytes(java.nio.charset.StandardCharsets.UTF_8), URI.create("https://news.example.com/korea/"), "text/html"));

        assertEquals("feed https://news.example.com/korea/: an HTML page, not a feed (page title 'Korea Desk'; "
                + "it advertises the feed https://news.example.com/korea/feed.xml)", e.getMessage());
    }

    @Test
    void shouldKeepPodcastEntriesWithoutLinks() throws Exception {
        ParsedFeed feed = corpus("podcast-itunes-media.xml");

        assertEquals("Troops, talks and sanctions.", feed.entries().get(0).summary(), "from itunes:summary");
        assertNull(feed.entries().get(1).link(), "an episode with only an enclosure has no article link");
        assertEquals("pod-11", feed.entries().get(1).guid());
        assertEquals(0, feed.droppedLinks());
        assertEquals(URI.create("https://pod.example.com"), feed.link());
    }

    @Test
    void shouldResolveProtocolRelativeLinksAndEncodeSpaces() throws Exception {
        ParsedFeed feed = corpus("relative-links.xml");

        assertEquals(URI.create("https://cdn.example.net/x"), feed.entries().get(1).link());
        assertFalse(feed.entries().get(0).link().toString().contains(" "));
    }
}
