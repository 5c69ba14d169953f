package io.newswatch.alerts.notify;

import java.time.Duration;

/**
 * When a channel retries a failed delivery and when it gives up. Attempt {@code n} (1-based) that
 * fails waits {@code min(maxDelay, baseDelay * multiplier^(n-1))}, reduced by a random share of up
 * to {@code jitter} of itself, unless the receiver said how long to wait (Retry-After). An alert
 * goes to the dead-letter sink after {@code maxAttempts} attempts, or when the next attempt would
 * start more than {@code maxAge} after the channel first tried it.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param maxAge      how long one alert may keep a channel retrying
 * @param baseDelay   the wait after the first failure
 * @param maxDelay    the longest computed wait (a Retry-After may ask for more)
 * @param multiplier  growth per attempt, at least 1
 * @param jitter      share of the wait that is random, 0..1
 */
public record RetryPolicy(int maxAttempts, Duration maxAge, Duration baseDelay, Duration maxDelay,
                          double multiplier, double jitter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Durations.requirePositive(maxAge, "maxAge");
        Durations.requireNonNegative(baseDelay, "baseDelay");
        Durations.requireNonNegative(maxDelay, "maxDelay");
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
        }
    }

    /** 8 attempts within 1 hour, 1 s doubling to at most 5 min, 20 % jitter. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * The wait after failed attempt {@code attempt} (1-based), given a uniform random number
     * {@code random} in [0, 1).
     */
    public Duration delay(int attempt, double random) {
        double millis = baseDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        millis = Math.min(millis, maxDelay.toMillis());
        millis -= millis * jitter * random;
        return Duration.ofMillis(Math.round(millis));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder starting from {@link #defaults()}. */
    public static final class Builder {
        private int maxAttempts = 8;
        private Duration maxAge = Duration.ofHours(1);
        private Duration baseDelay = Duration.ofSeconds(1);
        private Duration maxDelay = Duration.ofMinutes(5);
        private double multiplier = 2.0;
        private double jitter = 0.2;

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, maxAge, baseDelay, maxDelay, multiplier, jitter);
        }
    }
}
