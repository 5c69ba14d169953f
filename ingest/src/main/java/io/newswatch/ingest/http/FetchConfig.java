package io.newswatch.ingest.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an {@link HttpFetcher}.
 *
 * @param connectTimeout longest wait for a TCP/TLS connection
 * @param readTimeout    longest wait for a whole response (headers and body) of one hop
 * @param maxBytes       largest body accepted, after decompression
 * @param maxRedirects   most redirects followed
 * @param userAgent      the User-Agent header
 * @param backoffBase    the first retry delay when the server gives none; doubled per prior failure
 * @param backoffMax     the longest retry delay, also the cap on Retry-After
 * @param guard          checks every URL (and every redirect hop) before connecting
 */
public record FetchConfig(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                          String userAgent, Duration backoffBase, Duration backoffMax, AddressGuard guard) {

    public static final String DEFAULT_USER_AGENT = "newswatch/0.1 (+https://github.com/newswatch/newswatch)";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public FetchConfig {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(backoffBase, "backoffBase");
        requirePositive(backoffMax, "backoffMax");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16) + ", was " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be in 0..20, was " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        Objects.requireNonNull(guard, "guard");
    }

    public static FetchConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    /** Builds {@link FetchConfig}: 5 s connect, 20 s read, 10 MiB, 5 redirects, 1 min..6 h backoff, strict guard. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(20);
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxRedirects = 5;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration backoffBase = Duration.ofMinutes(1);
        private Duration backoffMax = Duration.ofHours(6);
        private AddressGuard guard = AddressGuard.strict();

        private Builder() {
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        public Builder maxBytes(long value) {
            this.maxBytes = value;
            return this;
        }

        public Builder maxRedirects(int value) {
            this.maxRedirects = value;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        public Builder backoff(Duration base, Duration max) {
            this.backoffBase = base;
            this.backoffMax = max;
            return this;
        }

        public Builder guard(AddressGuard value) {
            this.guard = value;
            return this;
        }

        public FetchConfig build() {
            return new FetchConfig(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, backoffBase,
                    backoffMax, guard);
        }
    }
}
