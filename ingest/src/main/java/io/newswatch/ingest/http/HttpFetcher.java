package io.newswatch.ingest.http;

import io.newswatch.ingest.feed.UriText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A polite, guarded HTTP client for feeds and article pages. Each hop (the first URL and every redirect, at most
 * {@link FetchConfig#maxRedirects()}, followed by hand) is checked by the {@link AddressGuard} before any
 * connection. Sends conditional GETs (If-None-Match, If-Modified-Since), accepts gzip and deflate, stops reading
 * at the size cap, checks the content type of article pages, and turns 429/5xx into {@link FetchOutcome.RetryLater}
 * with the server's Retry-After (seconds or HTTP-date) or exponential backoff. Thread-safe.
 */
public final class HttpFetcher {

    private static final String FEED_ACCEPT =
            "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private static final String ARTICLE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final FetchConfig config;
    private final Clock clock;
    private final HttpClient client;

    /** A fetcher with {@link FetchConfig#defaults()} and the system clock. */
    public HttpFetcher() {
        this(FetchConfig.defaults(), Clock.systemUTC());
    }

    /** @param clock the clock HTTP-date Retry-After values are measured against */
    public HttpFetcher(FetchConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchConfig config() {
        return config;
    }

    /** Fetches; never throws for network or server trouble, which becomes the outcome. */
    public FetchOutcome fetch(FetchRequest request) {
        URI current = request.uri();
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            try {
                config.guard().check(current);
            } catch (AddressGuard.RefusedException e) {
                return new FetchOutcome.Failed("refused: " + e.getMessage());
            }
            if (!seen.add(current)) {
                return new FetchOutcome.Failed(request.uri() + ": redirect loop at " + current);
            }
            HttpResponse<byte[]> response;
            try {
                response = send(build(current, request));
            } catch (CappedBody.TooLarge e) {
                return new FetchOutcome.Failed(current + ": " + e.getMessage());
            } catch (HttpTimeoutException | TimeoutException e) {
                return retry(request, 0, current + ": no complete response within " + config.readTimeout().toMillis() + " ms");
            } catch (IOException e) {
                return retry(request, 0, current + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchOutcome.Failed(current + ": interrupted");
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new FetchOutcome.Failed(current + ": HTTP " + status + " without Location");
                }
                if (hop >= config.maxRedirects()) {
                    return new FetchOutcome.Failed(request.uri() + ": more than " + config.maxRedirects() + " redirects");
                }
                URI next = UriText.resolve(current, location);
                if (next == null) {
                    return new FetchOutcome.Failed(current + ": unusable redirect Location '" + location + "'");
                }
                current = next;
                continue;
            }
            return conclude(request, current, response);
        }
    }

    private FetchOutcome conclude(FetchRequest request, URI current, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchOutcome.NotModified(current);
        }
        if (status == 429 || status == 408 || status >= 500) {
            Duration delay = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            String reason = current + ": HTTP " + status;
            return delay != null
                    ? new FetchOutcome.RetryLater(delay, status, reason + ", Retry-After " + delay.toSeconds() + " s")
                    : retry(request, status, reason);
        }
        if (status < 200 || status > 299) {
            return new FetchOutcome.Failed(current + ": HTTP " + status);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (request.kind() == FetchRequest.Kind.ARTICLE && contentType != null && !HTML_TYPES.contains(mediaType(contentType))) {
            return new FetchOutcome.Failed(current + ": content type '" + contentType + "' is not an HTML page");
        }
        byte[] body;
        try {
            body = ContentDecoding.decode(response.body(),
                    response.headers().firstValue("Content-Encoding").orElse(null), config.maxBytes());
        } catch (IOException e) {
            return new FetchOutcome.Failed(current + ": " + describe(e));
        }
        if (body.length == 0) {
            return new FetchOutcome.Failed(current + ": HTTP " + status + " with an empty body");
        }
        return new FetchOutcome.Fetched(body, contentType,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null),
                current);
    }

    private HttpRequest build(URI uri, FetchRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", request.kind() == FetchRequest.Kind.FEED ? FEED_ACCEPT : ARTICLE_ACCEPT);
        if (request.etag() != null && !request.etag().isBlank()) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null && !request.lastModified().isBlank()) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        return builder.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> new CappedBody(config.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return future.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "request failed" : cause.toString(), cause);
        }
    }

    /** Retry-After as a delay (delta-seconds or HTTP-date against the clock), capped; {@code null} when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Duration delay;
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                delay = Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                delay = config.backoffMax();
            }
        } else {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                delay = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : delay;
    }

    /** base * 2^priorFailures, capped at the maximum. */
    Duration backoff(int priorFailures) {
        Duration delay = config.backoffBase();
        for (int i = 0; i < priorFailures && delay.compareTo(config.backoffMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : delay;
    }

    private FetchOutcome.RetryLater retry(FetchRequest request, int status, String reason) {
        Duration delay = backoff(request.priorFailures());
        return new FetchOutcome.RetryLater(delay, status, reason + "; backing off " + delay.toSeconds() + " s");
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
