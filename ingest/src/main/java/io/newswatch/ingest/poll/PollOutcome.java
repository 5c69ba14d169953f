package io.newswatch.ingest.poll;

import java.time.Instant;
import java.util.Objects;

/** What one poll of one feed came to; every variant says when the feed is due again. */
public sealed interface PollOutcome permits PollOutcome.Updated, PollOutcome.NotModified, PollOutcome.Failed {

    /** When to poll the feed next. */
    Instant next();

    /**
     * The feed was read.
     *
     * @param newEntries entries not seen before in this feed
     * @param sent       articles written (new entries that were not repeats of an article from any feed, plus
     *                   articles held back from an earlier poll whose write failed)
     * @param repeats    new entries recognised as an article already sent (same story, another feed or GUID)
     */
    record Updated(int newEntries, int sent, int repeats, Instant next) implements PollOutcome {
        public Updated {
            Objects.requireNonNull(next, "next");
            if (newEntries < 0 || sent < 0 || repeats < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }
    }

    /** The server answered 304: nothing changed since the last poll. */
    record NotModified(Instant next) implements PollOutcome {
        public NotModified {
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * The poll failed: the feed could not be fetched or parsed, or its articles were not acknowledged.
     *
     * @param reason              what happened, naming the feed
     * @param consecutiveFailures failures in a row, this one included
     */
    record Failed(String reason, int consecutiveFailures, Instant next) implements PollOutcome {
        public Failed {
            Objects.requireNonNull(next, "next");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
            if (consecutiveFailures < 0) {
                throw new IllegalArgumentException("consecutiveFailures must not be negative");
            }
        }
    }
}
