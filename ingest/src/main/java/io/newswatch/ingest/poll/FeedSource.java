package io.newswatch.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One feed to poll.
 *
 * @param name     a short name for messages (the config key, the OPML title, else the URL)
 * @param url      the feed's absolute http(s) URL ({@code file:} only for replay of local OPML lists)
 * @param interval how long between polls, before jitter
 */
public record FeedSource(String name, URI url, Duration interval) {

    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    public FeedSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        if (!url.isAbsolute() || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("feed URL must be absolute http(s), was " + url);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("feed " + url + ": interval must be positive, was " + interval);
        }
        name = name == null || name.isBlank() ? url.toString() : name.strip();
    }

    /** A feed named by its URL. */
    public static FeedSource of(URI url, Duration interval) {
        return new FeedSource(null, url, interval);
    }

    /** The key of this feed's state and health records: the URL as configured. */
    public String key() {
        return url.toString();
    }

    /** Whether the URL is http or https, which live polling needs. */
    public boolean isWeb() {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }
}
