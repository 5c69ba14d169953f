package io.newswatch.ingest.poll;

import java.time.Duration;

/**
 * Settings of live polling.
 *
 * @param interval        the poll interval of a feed that names none
 * @param jitter          how far each interval may move, as a fraction (0..0.5), see {@link Jitter}
 * @param failingAfter    failed polls in a row after which a feed is reported FAILING
 * @param quietAfter      how long without a new entry before a feed is reported QUIET
 * @param recentKeys      entry keys remembered per feed (at least the feed's current entries are kept)
 * @param deadLetterBytes most bytes of a malformed feed kept in its dead letter
 * @param dedupKeys       article keys the cross-feed deduplicator remembers
 * @param dedupWindow     how long the deduplicator remembers a key
 * @param threads         polls that may run at once
 */
public record PollConfig(Duration interval, double jitter, int failingAfter, Duration quietAfter, int recentKeys,
                         int deadLetterBytes, int dedupKeys, Duration dedupWindow, int threads) {

    public PollConfig {
        positive(interval, "interval");
        positive(quietAfter, "quietAfter");
        positive(dedupWindow, "dedupWindow");
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("jitter must be in 0..0.5, was " + jitter);
        }
        atLeast(failingAfter, 1, "failingAfter");
        atLeast(recentKeys, 1, "recentKeys");
        atLeast(deadLetterBytes, 0, "deadLetterBytes");
        atLeast(dedupKeys, 1, "dedupKeys");
        atLeast(threads, 1, "threads");
    }

    public static PollConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().interval(interval).jitter(jitter).failingAfter(failingAfter).quietAfter(quietAfter)
                .recentKeys(recentKeys).deadLetterBytes(deadLetterBytes).dedupKeys(dedupKeys)
                .dedupWindow(dedupWindow).threads(threads);
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
        }
    }

    private static void atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    /**
     * Builds {@link PollConfig}: every 5 minutes ± 20 %, FAILING after 5 failures, QUIET after 24 hours,
     * 500 keys per feed, 64 KiB of a bad feed kept, 100,000 dedup keys for 7 days, 4 threads.
     */
    public static final class Builder {
        private Duration interval = Duration.ofMinutes(5);
        private double jitter = 0.2;
        private int failingAfter = 5;
        private Duration quietAfter = Duration.ofHours(24);
        private int recentKeys = 500;
        private int deadLetterBytes = 64 * 1024;
        private int dedupKeys = 100_000;
        private Duration dedupWindow = Duration.ofDays(7);
        private int threads = 4;

        private Builder() {
        }

        public Builder interval(Duration v) { interval = v; return this; }
        public Builder jitter(double v) { jitter = v; return this; }
        public Builder failingAfter(int v) { failingAfter = v; return this; }
        public Builder quietAfter(Duration v) { quietAfter = v; return this; }
        public Builder recentKeys(int v) { recentKeys = v; return this; }
        public Builder deadLetterBytes(int v) { deadLetterBytes = v; return this; }
        public Builder dedupKeys(int v) { dedupKeys = v; return this; }
        public Builder dedupWindow(Duration v) { dedupWindow = v; return this; }
        public Builder threads(int v) { threads = v; return this; }

        public PollConfig build() {
            return new PollConfig(interval, jitter, failingAfter, quietAfter, recentKeys, deadLetterBytes, dedupKeys,
                    dedupWindow, threads);
        }
    }
}
