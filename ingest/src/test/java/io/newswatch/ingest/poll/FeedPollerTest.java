package io.newswatch.ingest.poll;

import io.newswatch.ingest.ManualClock;

import static io.newswatch.ingest.poll.FeedServer.item;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.http.AddressGuard;
import io.newswatch.ingest.http.FetchConfig;
import io.newswatch.ingest.http.HttpFetcher;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.HealthStatus;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.SourceHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poll at a time against a real HTTP server on 127.0.0.1, with a clock the test moves. */
class FeedPollerTest {

    static final Instant T0 = Instant.parse("2025-05-23T12:00:00Z");
    static final String TEXT_A = "South Korea's defense ministry said on Friday that no discussions have taken place "
            + "with the United States regarding a withdrawal of American troops from the peninsula.";
    static final String TEXT_B = "About 28,500 U.S. troops are stationed in South Korea, a figure that has stayed "
            + "stable for years, officials in Seoul said on Friday morning.";
    static final Duration INTERVAL = Duration.ofMinutes(5);

    private FeedServer server;
    private ManualClock clock;
    private RecordingSink sink;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        clock = new ManualClock(T0);
        sink = new RecordingSink();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static HttpFetcher fetcher(java.time.Clock clock) {
        return new HttpFetcher(FetchConfig.builder()
                .guard(AddressGuard.builder().allowNetwork("127.0.0.1/32").build())
                .backoff(Duration.ofMinutes(1), Duration.ofHours(1))
                .readTimeout(Duration.ofSeconds(10))
                .build(), clock);
    }

    private FeedPoller poller(PollConfig config) {
        return new FeedPoller(fetcher(clock), new FeedParser(), sink, config, new Jitter(0, new Random(1)), clock);
    }

    private FeedPoller poller() {
        return poller(PollConfig.builder().jitter(0).failingAfter(3).quietAfter(Duration.ofHours(2)).build());
    }

    private FeedSource feed(String path) {
        return new FeedSource("test " + path, server.uri(path), INTERVAL);
    }

    private void twoStories() {
        server.article("/a", "http://news.example/world/a?utm_source=rss", null, TEXT_A);
        server.article("/b", null, "2025-05-22T08:00:00Z", TEXT_B);
        server.feed("/feed.xml",
                item("g-a", server.uri("/a").toString(), "Seoul: no talks", "Fri, 23 May 2025 09:00:00 GMT", "summary a"),
                item("g-b", server.uri("/b").toString(), "28,500 troops", null, "summary b"));
    }

    @Test
    void shouldPublishEachNewEntryWithPageTextCanonicalIdAndFeedOrPageDate() {
        twoStories();
        PollOutcome outcome = poller().poll(feed("/feed.xml"));

        PollOutcome.Updated updated = assertInstanceOf(PollOutcome.Updated.class, outcome);
        assertEquals(2, updated.newEntries(), "two entries new");
        assertEquals(2, updated.sent(), "two articles sent");
        Article a = sink.articles.get(0);
        assertEquals(TEXT_A, a.getText(), "text from the page, not the summary");
        assertEquals("http://news.example/world/a", a.getCanonicalUrl(), "canonical link without tracking");
        assertEquals(Ids.of("http://news.example/world/a"), a.getId(), "id from the canonical URL");
        assertEquals(Instant.parse("2025-05-23T09:00:00Z"), a.getPublished(), "feed date");
        assertEquals(T0, a.getFetched(), "fetched is the clock");
        assertEquals(server.uri("/feed.xml").toString(), a.getFeed());
        Article b = sink.articles.get(1);
        assertEquals(Instant.parse("2025-05-22T08:00:00Z"), b.getPublished(), "page meta date when the feed has none");
        assertEquals(server.uri("/b").toString(), b.getCanonicalUrl(), "the page URL when no canonical link");
        assertTrue(server.hits().stream().allMatch(h -> h.userAgent().startsWith("newswatch/")),
                "every request names the product: " + server.hits());
    }

    @Test
    void shouldSendNothingNewWhenTheServerAnswers304() {
        twoStories();
        FeedPoller poller = poller();
        poller.poll(feed("/feed.xml"));
        clock.advance(INTERVAL);
        PollOutcome second = poller.poll(feed("/feed.xml"));

        assertInstanceOf(PollOutcome.NotModified.class, second);
        assertEquals(2, sink.articles.size(), "still the two articles of the first poll");
        FeedServer.Hit last = server.hits().get(server.hits().size() - 1);
        assertEquals("/feed.xml", last.path());
        assertTrue(last.ifNoneMatch() != null && !last.ifNoneMatch().isBlank(), "second request was conditional");
        assertEquals(T0.plus(INTERVAL), sink.states.get(feed("/feed.xml").key()).getLastSuccess());
    }

    @Test
    void shouldNotResendEntriesSeenBeforeWhenTheFeedChanges() {
        twoStories();
        FeedPoller poller = poller();
        poller.poll(feed("/feed.xml"));
        server.article("/c", null, null, TEXT_B.replace("28,500", "30,000"));
        server.feed("/feed.xml",
                item("g-c", server.uri("/c").toString(), "30,000 troops", "Fri, 23 May 2025 13:00:00 GMT", "c"),
                item("g-a", server.uri("/a").toString(), "Seoul: no talks", "Fri, 23 May 2025 09:00:00 GMT", "summary a"),
                item("g-b", server.uri("/b").toString(), "28,500 troops", null, "summary b"));
        clock.advance(INTERVAL);
        PollOutcome second = poller.poll(feed("/feed.xml"));

        assertEquals(1, assertInstanceOf(PollOutcome.Updated.class, second).sent(), "only the new entry");
        assertEquals(List.of("Seoul: no talks", "28,500 troops", "30,000 troops"), sink.titles());
        assertEquals(1, server.hitsOn("/a"), "an old entry's page is not fetched again");
    }

    @Test
    void shouldFallBackToTheFeedSummaryWhenThePageCannotBeFetched() {
        server.feed("/feed.xml", item("g-x", server.uri("/missing").toString(), "Gone page", null,
                "Summary text about 28,500 troops stationed in South Korea."));
        server.set("/pdf", FeedServer.Page.ok("application/pdf", "%PDF-1.7"));
        server.feed("/pdf-feed.xml", item("g-p", server.uri("/pdf").toString(), "A PDF", null, "Summary of the PDF."));
        FeedPoller poller = poller();

        poller.poll(feed("/feed.xml"));
        poller.poll(feed("/pdf-feed.xml"));

        assertEquals("Summary text about 28,500 troops stationed in South Korea.", sink.articles.get(0).getText(),
                "404 page: summary");
        assertEquals("Summary of the PDF.", sink.articles.get(1).getText(), "not an HTML page: summary");
        assertNull(sink.articles.get(0).getPublished(), "no date in feed or page: null, never now");
    }

    @Test
    void shouldBackOffAndReportFailingAfterNFailuresThenOkOnRecovery() {
        server.set("/flaky.xml", FeedServer.Page.status(500, Map.of()));
        FeedPoller poller = poller();
        FeedSource flaky = feed("/flaky.xml");
        Duration previousWait = Duration.ZERO;
        for (int i = 1; i <= 4; i++) {
            PollOutcome.Failed failed = assertInstanceOf(PollOutcome.Failed.class, poller.poll(flaky));
            assertEquals(i, failed.consecutiveFailures());
            Duration wait = Duration.between(clock.instant(), failed.next());
            assertTrue(wait.compareTo(previousWait) > 0, "poll " + i + " waits longer than the one before: " + wait);
            previousWait = wait;
            assertEquals(i < 3 ? 0 : 1, sink.health.size(), "FAILING only once, at the third failure (poll " + i + ")");
            clock.set(failed.next());
        }
        SourceHealth failing = sink.health.get(0);
        assertEquals(HealthStatus.FAILING, failing.getStatus());
        assertEquals(flaky.key(), failing.getFeed());
        assertEquals(3, failing.getConsecutiveFailures());
        assertTrue(failing.getMessage().contains("HTTP 500"), failing.getMessage());

        server.feed("/flaky.xml", item("g-1", null, "Back", null, "Back online with 28,500 troops."));
        assertInstanceOf(PollOutcome.Updated.class, poller.poll(flaky));
        assertEquals(List.of(HealthStatus.FAILING, HealthStatus.OK),
                sink.health.stream().map(SourceHealth::getStatus).toList(), "OK on recovery, once");
        assertEquals(0, sink.states.get(flaky.key()).getConsecutiveFailures());
    }

    @Test
    void shouldWaitAsLongAsRetryAfterSays() {
        server.set("/busy.xml", FeedServer.Page.status(429, Map.of("Retry-After", "1200")));
        PollOutcome.Failed failed = assertInstanceOf(PollOutcome.Failed.class, poller().poll(feed("/busy.xml")));
        assertEquals(T0.plusSeconds(1200), failed.next(), "Retry-After of 1200 s");
        assertEquals(T0.plusSeconds(1200), sink.states.get(feed("/busy.xml").key()).getNextPoll(), "kept in state");
    }

    @Test
    void shouldReportQuietFeedAndOkWhenANewEntryArrives() {
        twoStories();
        FeedPoller poller = poller();
        FeedSource source = feed("/feed.xml");
        poller.poll(source);
        clock.advance(Duration.ofMinutes(90));
        poller.poll(source);
        assertEquals(List.of(), sink.health, "90 minutes without news is not quiet (threshold 2 h)");

        clock.advance(Duration.ofMinutes(31));
        poller.poll(source);
        assertEquals(1, sink.health.size(), "quiet after more than 2 hours");
        assertEquals(HealthStatus.QUIET, sink.health.get(0).getStatus());
        clock.advance(INTERVAL);
        poller.poll(source);
        assertEquals(1, sink.health.size(), "QUIET is reported once, not on every poll");

        server.article("/c", null, null, TEXT_B.replace("28,500", "30,000"));
        server.feed("/feed.xml", item("g-c", server.uri("/c").toString(), "News again", null, "c"));
        poller.poll(source);
        assertEquals(List.of(HealthStatus.QUIET, HealthStatus.OK),
                sink.health.stream().map(SourceHealth::getStatus).toList());
    }

    @Test
    void shouldSendAMalformedFeedToTheDeadLettersWithItsBytesAndCarryOn() {
        byte[] junk = "<html><body>Server error page, not a feed at all".getBytes(StandardCharsets.UTF_8);
        server.set("/broken.xml", new FeedServer.Page(200, "text/plain", junk, null, Map.of()));
        twoStories();
        FeedPoller poller = poller(PollConfig.builder().jitter(0).deadLetterBytes(16).build());

        PollOutcome broken = poller.poll(feed("/broken.xml"));
        PollOutcome good = poller.poll(feed("/feed.xml"));

        assertInstanceOf(PollOutcome.Failed.class, broken);
        assertInstanceOf(PollOutcome.Updated.class, good, "the other feed is still read");
        DeadLetter letter = sink.deadLetters.get(0);
        assertEquals(FeedPoller.STAGE, letter.getStage());
        assertEquals(feed("/broken.xml").key(), letter.getInput(), "names the feed");
        byte[] kept = new byte[letter.getValue().remaining()];
        letter.getValue().duplicate().get(kept);
        assertArrayEquals(java.util.Arrays.copyOf(junk, 16), kept, "the first 16 bytes, as capped");
        assertTrue(letter.getError().contains(feed("/broken.xml").key()), letter.getError());
    }

    @Test
    void shouldPublishTheSameStoryFromTwoFeedsOrUnderANewGuidOnce() {
        server.article("/story", "http://news.example/story", null, TEXT_A);
        server.article("/story-copy", null, null, TEXT_A);
        server.feed("/one.xml", item("one-1", server.uri("/story").toString(), "Story", null, "s"));
        server.feed("/two.xml",
                item("two-1", server.uri("/story?utm_campaign=x").toString(), "Same story", null, "s"),
                item("two-2", server.uri("/story-copy").toString(), "Same text elsewhere", null, "s"));
        FeedPoller poller = poller();

        poller.poll(feed("/one.xml"));
        PollOutcome.Updated two = assertInstanceOf(PollOutcome.Updated.class, poller.poll(feed("/two.xml")));
        server.feed("/one.xml", item("one-1-republished", server.uri("/story").toString(), "Story (updated)", null, "s"));
        clock.advance(INTERVAL);
        PollOutcome.Updated again = assertInstanceOf(PollOutcome.Updated.class, poller.poll(feed("/one.xml")));

        assertEquals(1, sink.articles.size(), "one article: " + sink.titles());
        assertEquals(2, two.repeats(), "canonical URL and text repeat the first feed's story");
        assertEquals(1, again.newEntries(), "the new GUID is a new entry");
        assertEquals(1, again.repeats(), "but the same article");
    }

    @Test
    void shouldResumeFromSavedStateWithoutResendingAndPickUpNewItems() {
        server.article("/a", null, null, TEXT_A);
        server.set("/plain.xml", FeedServer.Page.ok("application/rss+xml", FeedServer.rss(
                item("g-a", server.uri("/a").toString(), "A", null, "a"))));
        poller().poll(feed("/plain.xml"));
        server.article("/b", null, null, TEXT_B);
        server.set("/plain.xml", FeedServer.Page.ok("application/rss+xml", FeedServer.rss(
                item("g-b", server.uri("/b").toString(), "B", null, "b"),
                item("g-a", server.uri("/a").toString(), "A", null, "a"))));

        FeedPoller restarted = poller();
        clock.advance(INTERVAL);
        PollOutcome outcome = restarted.poll(feed("/plain.xml"));

        assertEquals(1, assertInstanceOf(PollOutcome.Updated.class, outcome).sent());
        assertEquals(List.of("A", "B"), sink.titles(), "A once, B picked up");
    }

    @Test
    void shouldHoldArticlesBackAndKeepTheOldStateWhenTheirWriteFails() {
        twoStories();
        FeedPoller poller = poller();
        sink.refuseArticles = true;
        PollOutcome refused = poller.poll(feed("/feed.xml"));
        assertInstanceOf(PollOutcome.Failed.class, refused);
        assertEquals(0, sink.stateWrites, "no state written before the articles are acknowledged");

        sink.refuseArticles = false;
        clock.advance(INTERVAL);
        PollOutcome retried = poller.poll(feed("/feed.xml"));
        assertEquals(2, assertInstanceOf(PollOutcome.Updated.class, retried).sent(), "held-back articles sent");
        assertEquals(List.of("Seoul: no talks", "28,500 troops"), sink.titles());
        FeedState state = sink.states.get(feed("/feed.xml").key());
        assertEquals(2, state.getRecentKeys().size(), "both entries remembered once written");
    }

    @Test
    void shouldKeepEntryKeysBoundedButAlwaysTheCurrentEntries() {
        String[] many = new String[8];
        for (int i = 0; i < many.length; i++) {
            many[i] = item("g-" + i, null, "Title " + i, null, "Entry number " + i + " with its own text.");
        }
        server.feed("/many.xml", many);
        FeedPoller poller = poller(PollConfig.builder().jitter(0).recentKeys(3).build());
        poller.poll(feed("/many.xml"));
        server.feed("/many.xml", many[0], many[1]);
        clock.advance(INTERVAL);
        poller.poll(feed("/many.xml"));

        List<String> keys = sink.states.get(feed("/many.xml").key()).getRecentKeys();
        assertEquals(3, keys.size(), "bounded to 3 once the feed is shorter: " + keys);
        assertEquals(8, sink.articles.size(), "no entry sent twice");
        URI feedUri = server.uri("/many.xml");
        assertEquals(FeedPoller.entryKey(feedUri, new io.newswatch.ingest.feed.FeedEntry("Title 0", null, "g-0", null,
                null, "x", null)).value(), keys.get(0), "current entries first");
    }

    @Test
    void shouldRememberSentStoriesAcrossARestartSoAnotherFeedDoesNotResendThem() {
        server.article("/story", "http://news.example/story", null, TEXT_A);
        server.feed("/one.xml", item("one-1", server.uri("/story").toString(), "Story", null, "s"));
        poller().poll(feed("/one.xml"));
        server.feed("/two.xml", item("two-1", server.uri("/story?utm_source=two").toString(), "Same story", null, "s"));

        FeedPoller restarted = poller();
        PollOutcome.Updated two = assertInstanceOf(PollOutcome.Updated.class, restarted.poll(feed("/two.xml")));

        assertEquals(1, two.repeats(), "the story the first feed sent before the restart");
        assertEquals(List.of("Story"), sink.titles());
        assertEquals(2, sink.states.get(feed("/one.xml").key()).getArticleKeys().size(),
                "canonical URL and text keys of the one article kept in the state");
    }
}
