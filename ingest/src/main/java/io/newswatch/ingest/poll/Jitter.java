package io.newswatch.ingest.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Spreads polls out so hundreds of feeds with the same interval do not all fire together: each interval is
 * stretched or shrunk by up to {@code fraction}, and the first poll of a feed waits a random part of
 * {@code fraction} of its interval.
 */
public final class Jitter {

    private final double fraction;
    private final RandomGenerator random;

    /**
     * @param fraction how far an interval may move, 0 (none) to 0.5 (half)
     * @param random   the source of randomness; pass a seeded one in tests
     */
    public Jitter(double fraction, RandomGenerator random) {
        if (!(fraction >= 0 && fraction <= 0.5)) {
            throw new IllegalArgumentException("jitter fraction must be in 0..0.5, was " + fraction);
        }
        this.fraction = fraction;
        this.random = Objects.requireNonNull(random, "random");
    }

    public double fraction() {
        return fraction;
    }

    /** The wait before the next poll: within {@code interval × (1 ± fraction)}. */
    public Duration next(Duration interval) {
        long millis = interval.toMillis();
        long spread = (long) (millis * fraction);
        if (spread == 0) {
            return interval;
        }
        return Duration.ofMillis(millis - spread + random.nextLong(2 * spread + 1));
    }

    /** The wait before a feed's first poll: within {@code 0 .. interval × fraction}. */
    public Duration initial(Duration interval) {
        long spread = (long) (interval.toMillis() * fraction);
        return spread == 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(spread + 1));
    }
}
