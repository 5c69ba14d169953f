package io.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newswatch.ingest.ManualClock;
import io.newswatch.schemas.Article;
import org.junit.jupiter.api.Test;

class ReplayerTest {

    private static final Path SEEDS = Path.of("..", "seeds", "seeds.rss");

    @Test
    void shouldReadTheSeedFeedInPublicationOrderWithTheDatesTheArticlesState() throws Exception {
        ArchiveReader reader = new ArchiveReader(Clock.systemUTC());
        List<ArchiveItem> items = reader.read(SEEDS);
        assertEquals(List.of(), reader.problems());
        assertEquals(List.of(Instant.parse("2018-05-03T12:00:00Z"), Instant.parse("2019-02-21T12:00:00Z"),
                        Instant.parse("2025-05-23T12:00:00Z")),
                items.stream().map(i -> i.article().getPublished()).toList());
        Article first = items.get(0).article();
        assertEquals("urn:newswatch:archive:002_4e60ce3ae991eb2a.txt", first.getCanonicalUrl());
        assertTrue(first.getText().startsWith("date 2018-05-03 President Donald Trump"), first.getText().substring(0, 40));
        assertEquals("The Washington Times", items.get(1).article().getSource());
    }

    @Test
    void shouldGiveTheSameIdsEveryTime() throws Exception {
        List<String> a = new ArchiveReader(Clock.systemUTC()).read(SEEDS).stream().map(i -> i.article().getId()).toList();
        List<String> b = new ArchiveReader(Clock.systemUTC()).read(SEEDS.toAbsolutePath()).stream()
                .map(i -> i.article().getId()).toList();
        assertEquals(a, b);
        assertEquals(3, a.stream().distinct().count());
    }

    @Test
    void shouldPaceByPublicationTimeAtTheGivenSpeed() throws Exception {
        List<ArchiveItem> items = new ArchiveReader(Clock.systemUTC()).read(SEEDS);
        ManualClock clock = new ManualClock(Instant.parse("2026-11-22T00:00:00Z"));
        List<Duration> waits = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        Replayer replayer = new Replayer(clock, d -> {
            waits.add(d);
            clock.advance(d);
        });
        int sent = replayer.run(items, new Replayer.Options(null, null, Speed.parse("86400x")),
                a -> sentAt.add(clock.instant()), Replayer.quiet());
        assertEquals(3, sent);
        // at one day of publication time per second, the gaps in days become seconds
        assertEquals(Duration.ofSeconds(294), Duration.between(sentAt.get(0), sentAt.get(1)),
                "2018-05-03 to 2019-02-21 is 294 days");
        assertEquals(Duration.ofSeconds(2283), Duration.between(sentAt.get(1), sentAt.get(2)),
                "2019-02-21 to 2025-05-23 is 2,283 days");
        assertEquals(2, waits.size(), "the first article goes at once");
    }

    @Test
    void shouldSelectTheWindowFromInclusiveToExclusive() throws Exception {
        List<ArchiveItem> items = new ArchiveReader(Clock.systemUTC()).read(SEEDS);
        Replayer.Options window = new Replayer.Options(Instant.parse("2019-01-01T00:00:00Z"),
                Instant.parse("2025-05-23T12:00:00Z"), Speed.MAX);
        assertEquals(List.of(Instant.parse("2019-02-21T12:00:00Z")),
                Replayer.select(items, window).stream().map(i -> i.article().getPublished()).toList());
    }

    @Test
    void shouldParseSpeedsAndRejectNonsense() {
        assertEquals(Speed.MAX, Speed.parse("max"));
        assertEquals(3600, Speed.parse("3600x").factor());
        assertEquals(Duration.ofSeconds(1), Speed.parse("60x").wallTime(Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> Speed.parse("fast"));
        assertThrows(IllegalArgumentException.class, () -> Speed.parse("0x"));
        assertThrows(IllegalArgumentException.class, () -> new Replayer.Options(Instant.parse("2020-01-02T00:00:00Z"),
                Instant.parse("2020-01-01T00:00:00Z"), Speed.MAX));
    }
}
