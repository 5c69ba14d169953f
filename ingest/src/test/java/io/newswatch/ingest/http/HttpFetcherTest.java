package io.newswatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.newswatch.ingest.LoopbackListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HttpFetcher against a real in-process HTTP server on 127.0.0.1, one route per behaviour. */
class HttpFetcherTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2025-05-23T12:00:00Z");
    private static final String FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Fri, 23 May 2025 10:00:00 GMT";

    private HttpServer server;
    private LoopbackListener listener;
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicReference<String> seenUserAgent = new AtomicReference<>();
    private final AtomicReference<String> seenAcceptEncoding = new AtomicReference<>();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        listener = new LoopbackListener();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        route("/etag", conditional("If-None-Match", "ETag", ETAG));
        route("/lastmod", conditional("If-Modified-Since", "Last-Modified", LAST_MODIFIED));
        route("/slow", ex -> {
            try {
                releaseSlow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/xml", FEED.getBytes(StandardCharsets.UTF_8));
        });
        route("/stalled-body", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/xml");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                releaseSlow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        route("/loop-a", ex -> redirect(ex, "/loop-b"));
        route("/loop-b", ex -> redirect(ex, "/loop-a"));
        route("/chain/", ex -> {
            int left = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
            if (left == 0) {
                respond(ex, 200, "text/xml", FEED.getBytes(StandardCharsets.UTF_8));
            } else {
                redirect(ex, "/chain/" + (left - 1));
            }
        });
        route("/gzip", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(ex, 200, "text/xml", gzip(FEED.getBytes(StandardCharsets.UTF_8)));
        });
        route("/deflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            respond(ex, 200, "text/xml", deflate(FEED.getBytes(StandardCharsets.UTF_8)));
        });
        route("/gzip-bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(ex, 200, "text/xml", gzip(new byte[50 * 1024 * 1024]));
        });
        route("/429", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            respond(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        route("/429-date", ex -> {
            ex.getResponseHeaders().add("Retry-After",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC)));
            respond(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        route("/503", ex -> respond(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        route("/404", ex -> respond(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
        route("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/xml");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 20 * 16; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading at its cap
            }
        });
        route("/huge-declared", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/xml");
            ex.sendResponseHeaders(200, 20L * 1024 * 1024);
            ex.close();
        });
        route("/pdf", ex -> respond(ex, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        route("/article", ex -> respond(ex, 200, "text/html; charset=utf-8",
                "<html><body><p>story</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        route("/to-hidden-loopback", ex -> redirect(ex, "http://2130706433:" + listener.port() + "/"));
        route("/to-localhost", ex -> redirect(ex, "http://localhost:" + listener.port() + "/"));
        route("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.start();
        fetcher = new HttpFetcher(config().build(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws IOException {
        releaseSlow.countDown();
        server.stop(0);
        listener.close();
    }

    private FetchConfig.Builder config() {
        return FetchConfig.builder()
                .guard(AddressGuard.builder().allowNetwork("127.0.0.1/32").build())
                .backoff(Duration.ofMinutes(1), Duration.ofHours(1));
    }

    @Test
    void shouldSendTheUserAgentAndAcceptCompression() {
        FetchOutcome outcome = fetch(FetchRequest.feed(url("/etag")));

        assertInstanceOf(FetchOutcome.Fetched.class, outcome);
        assertEquals("newswatch/0.1 (+https://github.com/newswatch/newswatch)", seenUserAgent.get());
        assertEquals("gzip, deflate", seenAcceptEncoding.get());
    }

    @Test
    void shouldAnswerNotModifiedWhenTheEtagMatches() {
        FetchOutcome.Fetched first = assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.feed(url("/etag"))));
        assertEquals(ETAG, first.etag());

        FetchOutcome second = fetch(FetchRequest.feed(url("/etag")).withValidators(first.etag(), first.lastModified()));

        assertEquals(new FetchOutcome.NotModified(url("/etag")), second);
    }

    @Test
    void shouldAnswerNotModifiedWhenLastModifiedMatches() {
        FetchOutcome.Fetched first = assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.feed(url("/lastmod"))));
        assertEquals(LAST_MODIFIED, first.lastModified());

        FetchOutcome second = fetch(FetchRequest.feed(url("/lastmod")).withValidators(null, first.lastModified()));

        assertInstanceOf(FetchOutcome.NotModified.class, second);
    }

    @Test
    void shouldGiveUpOnASlowServerAndAskToRetry() {
        HttpFetcher impatient = new HttpFetcher(config().readTimeout(Duration.ofSeconds(1)).build(), Clock.fixed(NOW, ZoneOffset.UTC));

        FetchOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> impatient.fetch(FetchRequest.feed(url("/slow"))));

        FetchOutcome.RetryLater retry = assertInstanceOf(FetchOutcome.RetryLater.class, outcome);
        assertEquals(0, retry.status(), "no response arrived");
        assertEquals(Duration.ofMinutes(1), retry.delay(), "first backoff step");
    }

    @Test
    void shouldGiveUpOnABodyThatStallsAfterTheHeaders() {
        HttpFetcher impatient = new HttpFetcher(config().readTimeout(Duration.ofSeconds(1)).build(), Clock.fixed(NOW, ZoneOffset.UTC));

        FetchOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> impatient.fetch(FetchRequest.feed(url("/stalled-body"))));

        FetchOutcome.RetryLater retry = assertInstanceOf(FetchOutcome.RetryLater.class, outcome);
        assertTrue(retry.reason().contains("no complete response within 1000 ms"), retry.reason());
    }

    @Test
    void shouldStopARedirectLoop() {
        FetchOutcome outcome = fetch(FetchRequest.feed(url("/loop-a")));

        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, outcome);
        assertTrue(failed.reason().contains("redirect loop"), failed.reason());
    }

    @Test
    void shouldFollowFiveRedirectsButNotSix() {
        FetchOutcome.Fetched five = assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.feed(url("/chain/5"))));
        assertEquals(url("/chain/0"), five.finalUri());

        FetchOutcome.Failed six = assertInstanceOf(FetchOutcome.Failed.class, fetch(FetchRequest.feed(url("/chain/6"))));
        assertTrue(six.reason().contains("more than 5 redirects"), six.reason());
    }

    @Test
    void shouldDecodeGzipAndDeflate() {
        byte[] expected = FEED.getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(expected, assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.feed(url("/gzip")))).body());
        assertArrayEquals(expected, assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.feed(url("/deflate")))).body());
    }

    @Test
    void shouldHonourRetryAfterInSeconds() {
        FetchOutcome.RetryLater retry = assertInstanceOf(FetchOutcome.RetryLater.class, fetch(FetchRequest.feed(url("/429"))));

        assertEquals(Duration.ofSeconds(120), retry.delay());
        assertEquals(429, retry.status());
    }

    @Test
    void shouldHonourRetryAfterAsHttpDate() {
        FetchOutcome.RetryLater retry = assertInstanceOf(FetchOutcome.RetryLater.class, fetch(FetchRequest.feed(url("/429-date"))));

        assertEquals(Duration.ofSeconds(90), retry.delay(), "measured against the injected clock");
    }

    @Test
    void shouldBackOffExponentiallyOnServerErrorsWithoutRetryAfter() {
        FetchOutcome.RetryLater first = assertInstanceOf(FetchOutcome.RetryLater.class, fetch(FetchRequest.feed(url("/503"))));
        FetchOutcome.RetryLater fourth = assertInstanceOf(FetchOutcome.RetryLater.class,
                fetch(FetchRequest.feed(url("/503")).withPriorFailures(3)));
        FetchOutcome.RetryLater capped = assertInstanceOf(FetchOutcome.RetryLater.class,
                fetch(FetchRequest.feed(url("/503")).withPriorFailures(40)));

        assertEquals(Duration.ofMinutes(1), first.delay());
        assertEquals(Duration.ofMinutes(8), fourth.delay());
        assertEquals(Duration.ofHours(1), capped.delay());
        assertEquals(503, first.status());
    }

    @Test
    void shouldStopReadingAHugeBodyAtTheCap() {
        FetchOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> fetch(FetchRequest.feed(url("/huge"))));

        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, outcome);
        assertTrue(failed.reason().contains("exceeds the limit of 10485760 bytes"), failed.reason());
    }

    @Test
    void shouldRefuseADeclaredHugeBodyBeforeReadingIt() {
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetch(FetchRequest.feed(url("/huge-declared"))));

        assertTrue(failed.reason().contains("Content-Length"), failed.reason());
    }

    @Test
    void shouldStopAGzipBombAtTheCap() {
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetch(FetchRequest.feed(url("/gzip-bomb"))));

        assertTrue(failed.reason().contains("decoded body exceeds"), failed.reason());
    }

    @Test
    void shouldRefuseArticlesThatAreNotHtml() {
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetch(FetchRequest.article(url("/pdf"))));

        assertTrue(failed.reason().contains("application/pdf"), failed.reason());
        assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.article(url("/article"))));
        assertInstanceOf(FetchOutcome.Fetched.class, fetch(FetchRequest.feed(url("/pdf"))), "feeds are judged by the parser");
    }

    @Test
    void shouldFailOnClientErrors() {
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetch(FetchRequest.feed(url("/404"))));

        assertTrue(failed.reason().contains("HTTP 404"), failed.reason());
    }

    @Test
    void shouldRecheckEveryRedirectHopWithTheGuard() {
        for (String route : new String[] {"/to-hidden-loopback", "/to-localhost", "/to-file"}) {
            FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetch(FetchRequest.feed(url(route))), route);
            assertTrue(failed.reason().startsWith("refused"), route + ": " + failed.reason());
        }
        assertEquals(0, listener.accepted(), "no redirect reached the loopback listener");
    }

    @Test
    void shouldRefuseLoopbackArticleLinksWithTheDefaultGuard() {
        HttpFetcher guarded = new HttpFetcher(FetchConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

        FetchOutcome outcome = guarded.fetch(FetchRequest.article(URI.create(listener.url("/article"))));

        assertInstanceOf(FetchOutcome.Failed.class, outcome);
        assertEquals(0, listener.accepted(), "the default guard never connects to loopback");
        assertEquals(0, hits.get(), "nor to the test server");
    }

    @Test
    void shouldValidateOutcomesInTheirConstructors() {
        assertThrows(IllegalArgumentException.class, () -> new FetchOutcome.RetryLater(Duration.ofSeconds(-1), 429, "x"));
        assertThrows(IllegalArgumentException.class, () -> new FetchOutcome.Failed(" "));
        assertThrows(IllegalArgumentException.class, () -> new FetchOutcome.NotModified(URI.create("relative")));
        assertThrows(NullPointerException.class, () -> new FetchOutcome.Fetched(null, null, null, null, url("/")));
    }

    private FetchOutcome fetch(FetchRequest request) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> fetcher.fetch(request));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            seenUserAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            seenAcceptEncoding.set(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            try {
                handler.handle(ex);
            } finally {
                ex.close();
            }
        });
    }

    /** 304 when the request carries {@code value} in {@code requestHeader}, else the feed with {@code responseHeader}. */
    private static HttpHandler conditional(String requestHeader, String responseHeader, String value) {
        return ex -> {
            if (value.equals(ex.getRequestHeaders().getFirst(requestHeader))) {
                respond(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().add(responseHeader, value);
                respond(ex, 200, "application/rss+xml", FEED.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        respond(ex, 302, null, new byte[0]);
    }

    private static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
