package io.newswatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-05-23T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final Deduplicator dedup = new Deduplicator(1_000, Duration.ofHours(24), clock);

    private static List<ArticleId> keys(String url, String feed, String guid, String text) {
        return ArticleId.keys(URI.create(url), URI.create(feed), guid, text);
    }

    @Test
    void shouldSeeTheSameStoryFromTwoFeedsOnce() {
        Sighting first = dedup.see(keys("https://news.example.com/a?utm_source=feed1", "https://f1.example/rss", "1", "Story text"));
        Sighting second = dedup.see(keys("https://NEWS.example.com/a?utm_source=feed2", "https://f2.example/rss", "x9", "Other summary"));

        assertInstanceOf(Sighting.First.class, first);
        assertEquals(new Sighting.Repeat(ArticleId.ofUrl(URI.create("https://news.example.com/a"))), second);
    }

    @Test
    void shouldSeeARepublicationWithANewGuidAndLinkByItsText() {
        dedup.see(keys("https://news.example.com/a", "https://f1.example/rss", "1", "Seoul says no talks were held."));

        Sighting again = dedup.see(keys("https://news.example.com/a-updated", "https://f1.example/rss", "2",
                "Seoul says: no talks were held"));

        assertEquals(new Sighting.Repeat(ArticleId.ofText("seoul says no talks were held")), again);
    }

    @Test
    void shouldForgetKeysNotSeenWithinTheWindow() {
        List<ArticleId> article = keys("https://news.example.com/a", "https://f1.example/rss", "1", "text");
        dedup.see(article);
        clock.advance(Duration.ofHours(23));
        assertInstanceOf(Sighting.Repeat.class, dedup.see(article), "still within the window; seeing it renews it");

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertInstanceOf(Sighting.First.class, dedup.see(article), "forgotten after a full window unseen");
    }

    @Test
    void shouldStayWithinItsSizeBound() {
        Deduplicator small = new Deduplicator(30, Duration.ofDays(7), clock);
        for (int i = 0; i < 1_000; i++) {
            small.see(keys("https://news.example.com/" + i, "https://f.example/rss", "g" + i, "text number " + i));
        }

        assertEquals(30, small.size());
        assertInstanceOf(Sighting.First.class,
                small.see(keys("https://news.example.com/0", "https://f.example/rss", "g0", "text number 0")),
                "the oldest keys were evicted");
    }

    @Test
    void shouldRefuseNonsenseBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Deduplicator(0, Duration.ofHours(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new Deduplicator(10, Duration.ZERO, clock));
    }
}
