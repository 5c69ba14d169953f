package io.newswatch.alerts.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one delivery attempt to one channel came to. */
public sealed interface DeliveryOutcome {

    /** The channel took the alert. */
    record Delivered(String detail) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A transient failure: try again, after {@code retryAfter} when the receiver named a wait. */
    record Retry(String reason, Optional<Duration> retryAfter) implements DeliveryOutcome {
        public Retry {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
            retryAfter.ifPresent(d -> Durations.requireNonNegative(d, "retryAfter"));
        }

        /** A retry with the policy's own backoff. */
        public static Retry after(String reason) {
            return new Retry(reason, Optional.empty());
        }
    }

    /** A permanent failure: retrying the same alert cannot succeed, so it is dead-lettered at once. */
    record Rejected(String reason) implements DeliveryOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
