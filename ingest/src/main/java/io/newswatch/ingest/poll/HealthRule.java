package io.newswatch.ingest.poll;

import java.time.Duration;
import java.time.Instant;

import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.HealthStatus;

/**
 * Judges a feed's health from its state: FAILING after {@code failingAfter} failed polls in a row, else QUIET
 * when no new entry arrived for longer than {@code quietAfter}, else OK. Failing wins over quiet.
 */
public record HealthRule(int failingAfter, Duration quietAfter) {

    public HealthRule {
        if (failingAfter < 1) {
            throw new IllegalArgumentException("failingAfter must be at least 1, was " + failingAfter);
        }
        if (quietAfter == null || quietAfter.isNegative() || quietAfter.isZero()) {
            throw new IllegalArgumentException("quietAfter must be positive, was " + quietAfter);
        }
    }

    /** The status the feed has at {@code now}. */
    public HealthStatus assess(FeedState state, Instant now) {
        if (state.getConsecutiveFailures() >= failingAfter) {
            return HealthStatus.FAILING;
        }
        Instant since = state.getLastNewEntry();
        if (since != null && Duration.between(since, now).compareTo(quietAfter) > 0) {
            return HealthStatus.QUIET;
        }
        return HealthStatus.OK;
    }

    /** A line for the health record: why the feed has this status. */
    public String describe(HealthStatus status, FeedState state, String lastError) {
        return switch (status) {
            case FAILING -> state.getConsecutiveFailures()
                    + (state.getConsecutiveFailures() == 1 ? " poll failed" : " polls failed") + " in a row"
                    + (lastError == null ? "" : "; last: " + lastError);
            case QUIET -> "no new entry since " + state.getLastNewEntry() + " (quiet after " + quietAfter + ")";
            case OK -> "recovered: polled successfully";
        };
    }
}
