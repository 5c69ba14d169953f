package io.newswatch.ingest.poll;

import io.newswatch.ingest.ManualClock;

import static io.newswatch.ingest.poll.FeedServer.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newswatch.ingest.feed.FeedParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schedule of many feeds, driven by a clock the test moves: nothing sleeps. */
class PollerTest {

    static final Instant T0 = FeedPollerTest.T0;

    private FeedServer server;
    private ManualClock clock;
    private ManualScheduler scheduler;
    private RecordingSink sink;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        clock = new ManualClock(T0);
        scheduler = new ManualScheduler(clock);
        sink = new RecordingSink();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Poller poller(List<FeedSource> feeds, double jitter) {
        Jitter j = new Jitter(jitter, new Random(3));
        FeedPoller feedPoller = new FeedPoller(FeedPollerTest.fetcher(clock), new FeedParser(), sink,
                PollConfig.builder().jitter(jitter).build(), j, clock);
        return new Poller(feeds, feedPoller, scheduler, j, clock);
    }

    @Test
    void shouldPollEachFeedOnItsOwnIntervalWithJitterWithinBounds() {
        server.feed("/fast.xml", item("f", null, "Fast", null, "fast feed text"));
        server.feed("/slow.xml", item("s", null, "Slow", null, "slow feed text"));
        FeedSource fast = new FeedSource("fast", server.uri("/fast.xml"), Duration.ofMinutes(2));
        FeedSource slow = new FeedSource("slow", server.uri("/slow.xml"), Duration.ofMinutes(30));
        Poller poller = poller(List.of(fast, slow), 0.1);
        poller.start();

        List<Instant> firsts = scheduler.scheduled();
        assertTrue(!firsts.get(0).isAfter(T0.plusSeconds(12)), "fast starts within 10 % of 2 min: " + firsts.get(0));
        assertTrue(!firsts.get(1).isAfter(T0.plusSeconds(180)), "slow starts within 10 % of 30 min: " + firsts.get(1));

        scheduler.runUntil(T0.plus(Duration.ofHours(1)));

        long fastPolls = server.hitsOn("/fast.xml");
        long slowPolls = server.hitsOn("/slow.xml");
        assertTrue(fastPolls >= 25 && fastPolls <= 34, "about 30 polls of the 2-minute feed in an hour: " + fastPolls);
        assertTrue(slowPolls == 2 || slowPolls == 3, "2 or 3 polls of the 30-minute feed: " + slowPolls);
        assertEquals(2, sink.articles.size(), "each entry sent once");
        assertEquals(fastPolls + slowPolls, poller.polls());
    }

    @Test
    void shouldKeepPollingOtherFeedsWhileOneFails() {
        server.set("/down.xml", FeedServer.Page.status(503, Map.of()));
        server.feed("/up.xml", item("u", null, "Up", null, "up feed text"));
        FeedSource down = new FeedSource("down", server.uri("/down.xml"), Duration.ofMinutes(5));
        FeedSource up = new FeedSource("up", server.uri("/up.xml"), Duration.ofMinutes(5));
        Poller poller = poller(List.of(down, up), 0);
        poller.start();

        scheduler.runUntil(T0.plus(Duration.ofMinutes(60)));

        assertEquals(13, server.hitsOn("/up.xml"), "the healthy feed every 5 minutes, 0..60 inclusive");
        long downPolls = server.hitsOn("/down.xml");
        assertTrue(downPolls >= 4 && downPolls < 13, "the failing feed backs off: " + downPolls);
        assertEquals(1, sink.articles.size());
    }

    @Test
    void shouldResumeAtTheSavedNextPollAfterARestart() {
        server.set("/busy.xml", FeedServer.Page.status(429, Map.of("Retry-After", "3600")));
        FeedSource busy = new FeedSource("busy", server.uri("/busy.xml"), Duration.ofMinutes(5));
        poller(List.of(busy), 0).start();
        scheduler.runUntil(T0);
        assertEquals(1, server.hitsOn("/busy.xml"));

        clock.advance(Duration.ofMinutes(10));
        ManualScheduler afterRestart = new ManualScheduler(clock);
        scheduler = afterRestart;
        poller(List.of(busy), 0).start();

        assertEquals(List.of(T0.plusSeconds(3600)), afterRestart.scheduled(), "the server's hour is still honoured");
    }

    @Test
    void shouldNotWaitLongerThanTheNewIntervalForAHealthyFeedAfterARestart() {
        server.feed("/daily.xml", item("d", null, "Daily", null, "daily feed text"));
        FeedSource daily = new FeedSource("daily", server.uri("/daily.xml"), Duration.ofDays(1));
        poller(List.of(daily), 0).start();
        scheduler.runUntil(T0);

        ManualScheduler afterRestart = new ManualScheduler(clock);
        scheduler = afterRestart;
        FeedSource shortened = new FeedSource("daily", server.uri("/daily.xml"), Duration.ofMinutes(5));
        poller(List.of(shortened), 0).start();

        assertEquals(List.of(T0.plus(Duration.ofMinutes(5))), afterRestart.scheduled(),
                "the saved next poll a day ahead gives way to the new 5-minute interval");
    }
}
