package io.newswatch.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JitterTest {

    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void shouldKeepEveryIntervalWithinTheFractionAndActuallySpreadThem() {
        Jitter jitter = new Jitter(0.2, new Random(42));
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            Duration d = jitter.next(FIVE_MINUTES);
            assertTrue(d.compareTo(Duration.ofMinutes(4)) >= 0 && d.compareTo(Duration.ofMinutes(6)) <= 0,
                    "within 4..6 minutes: " + d);
            seen.add(d);
        }
        assertTrue(seen.size() > 1_000, "spread over many values, saw " + seen.size());
    }

    @Test
    void shouldStartEachFeedWithinTheFractionOfItsInterval() {
        Jitter jitter = new Jitter(0.2, new Random(7));
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long ms = jitter.initial(FIVE_MINUTES).toMillis();
            earliest = Math.min(earliest, ms);
            latest = Math.max(latest, ms);
        }
        assertTrue(earliest >= 0, "never before now: " + earliest);
        assertTrue(latest <= 60_000, "never after a fifth of the interval: " + latest);
        assertTrue(latest - earliest > 50_000, "spread over the minute: " + earliest + ".." + latest);
    }

    @Test
    void shouldLeaveIntervalsAloneWithoutJitter() {
        Jitter none = new Jitter(0, new Random(1));
        assertEquals(FIVE_MINUTES, none.next(FIVE_MINUTES));
        assertEquals(Duration.ZERO, none.initial(FIVE_MINUTES));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 0.51, Double.NaN, Double.POSITIVE_INFINITY})
    void shouldRefuseFractionsOutside0To05(double fraction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Jitter(fraction, new Random()));
        assertTrue(e.getMessage().contains("jitter"), e.getMessage());
    }
}
