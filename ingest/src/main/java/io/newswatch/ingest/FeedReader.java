package io.newswatch.ingest;

import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedLimits;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.feed.ParsedFeed;
import io.newswatch.ingest.feed.UriText;
import io.newswatch.ingest.http.FetchOutcome;
import io.newswatch.ingest.http.FetchRequest;
import io.newswatch.ingest.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one feed from a file or an http(s) URL and parses it: what {@code newswatch feed FILE|URL} does. A URL
 * is fetched with the {@link HttpFetcher} (and its guard); a file is read up to the size limit, and, unless the
 * limits name an archive root, the file's own directory is its archive root, so relative links to files beside
 * it are kept.
 */
public final class FeedReader {

    private final FeedLimits limits;
    private final HttpFetcher fetcher;

    public FeedReader(FeedLimits limits, HttpFetcher fetcher) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** @throws FeedException naming the input and the reason, when it cannot be read or parsed */
    public ParsedFeed read(String target) throws FeedException {
        Objects.requireNonNull(target, "target");
        String lower = target.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return readUrl(target.trim());
        }
        return readFile(target);
    }

    private ParsedFeed readUrl(String target) throws FeedException {
        URI uri = UriText.parse(target);
        if (uri == null || uri.getHost() == null) {
            throw new FeedException(target, "not a valid URL");
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(uri));
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            return new FeedParser(limits).parse(fetched.body(), fetched.finalUri(), fetched.contentType());
        }
        if (outcome instanceof FetchOutcome.RetryLater retry) {
            throw new FeedException(uri, "not fetched, retry in " + retry.delay().toSeconds() + " s (" + retry.reason() + ")");
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            throw new FeedException(uri, "not fetched (" + failed.reason() + ")");
        }
        throw new FeedException(uri, "server answered 304 Not Modified to an unconditional request");
    }

    private ParsedFeed readFile(String target) throws FeedException {
        Path path;
        try {
            path = Path.of(target).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new FeedException(target, "not a valid file name");
        }
        if (!Files.isRegularFile(path)) {
            throw new FeedException(target, Files.exists(path) ? "not a regular file" : "no such file");
        }
        byte[] body;
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new FeedException(target, "file of " + size + " bytes exceeds the limit of " + limits.maxBytes() + " bytes");
            }
            body = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FeedException(target, "cannot be read: " + e.getMessage(), e);
        }
        FeedLimits effective = limits.archiveRoot() != null ? limits : limits.toBuilder().archiveRoot(path.getParent()).build();
        try {
            return new FeedParser(effective).parse(body, path.toUri(), null);
        } catch (FeedException e) {
            throw new FeedException(target, e.reason(), e);
        }
    }
}
