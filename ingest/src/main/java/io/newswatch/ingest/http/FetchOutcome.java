package io.newswatch.ingest.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** What one fetch came to. */
public sealed interface FetchOutcome
        permits FetchOutcome.Fetched, FetchOutcome.NotModified, FetchOutcome.RetryLater, FetchOutcome.Failed {

    /**
     * A body was received (decoded from gzip/deflate, within the size cap).
     *
     * @param body         the body bytes; not copied, do not modify
     * @param contentType  the Content-Type header, or {@code null}
     * @param etag         the ETag to send next time, or {@code null}
     * @param lastModified the Last-Modified to send next time, or {@code null}
     * @param finalUri     the URL after redirects
     */
    record Fetched(byte[] body, String contentType, String etag, String lastModified, URI finalUri)
            implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(body, "body");
            requireAbsolute(finalUri);
        }
    }

    /** The server confirmed the validators: nothing changed since the last fetch. */
    record NotModified(URI finalUri) implements FetchOutcome {
        public NotModified {
            requireAbsolute(finalUri);
        }
    }

    /**
     * Try again after {@code delay}: the server asked (429/5xx with Retry-After) or backoff applies.
     *
     * @param delay  how long to wait, zero or more
     * @param status the HTTP status, or 0 when no response arrived (timeout, connection error)
     * @param reason what happened, naming the URL
     */
    record RetryLater(Duration delay, int status, String reason) implements FetchOutcome {
        public RetryLater {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, was " + delay);
            }
            if (status != 0 && (status < 100 || status > 599)) {
                throw new IllegalArgumentException("status must be 0 or an HTTP status, was " + status);
            }
            requireReason(reason);
        }

        /** A retry the caller decided on, with no response behind it. */
        public RetryLater(Duration delay) {
            this(delay, 0, "retry later");
        }
    }

    /** A permanent failure for this URL (refused by the guard, 4xx, too large, wrong content type, too many redirects). */
    record Failed(String reason) implements FetchOutcome {
        public Failed {
            requireReason(reason);
        }
    }

    private static void requireAbsolute(URI uri) {
        Objects.requireNonNull(uri, "finalUri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("finalUri must be absolute, was " + uri);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
