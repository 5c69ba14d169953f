package io.newswatch.ingest.http;

import java.net.URI;
import java.util.Objects;

/**
 * One fetch to make.
 *
 * @param uri           what to fetch (http or https)
 * @param kind          a feed (any content type; the parser decides) or an article page (HTML required)
 * @param etag          the ETag of the last fetch, for If-None-Match, or {@code null}
 * @param lastModified  the Last-Modified of the last fetch, for If-Modified-Since, or {@code null}
 * @param priorFailures how many fetches of this URL failed in a row before, for exponential backoff
 */
public record FetchRequest(URI uri, Kind kind, String etag, String lastModified, int priorFailures) {

    /** What is fetched. */
    public enum Kind { FEED, ARTICLE }

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("uri must be absolute, was " + uri);
        }
        if (priorFailures < 0) {
            throw new IllegalArgumentException("priorFailures must not be negative, was " + priorFailures);
        }
    }

    public static FetchRequest feed(URI uri) {
        return new FetchRequest(uri, Kind.FEED, null, null, 0);
    }

    public static FetchRequest article(URI uri) {
        return new FetchRequest(uri, Kind.ARTICLE, null, null, 0);
    }

    /** The same request, conditional on the validators of the last fetch. */
    public FetchRequest withValidators(String newEtag, String newLastModified) {
        return new FetchRequest(uri, kind, newEtag, newLastModified, priorFailures);
    }

    public FetchRequest withPriorFailures(int failures) {
        return new FetchRequest(uri, kind, etag, lastModified, failures);
    }
}
