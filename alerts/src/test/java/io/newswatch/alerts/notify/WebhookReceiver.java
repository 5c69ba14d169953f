package io.newswatch.alerts.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver on 127.0.0.1: answers the first requests as scripted (500, 429 with
 * Retry-After, or hanging without an answer), then 200. It verifies every signature with the
 * channel secret and records each successful receipt by idempotency key.
 */
final class WebhookReceiver implements AutoCloseable {

    /** How the receiver answers one request. */
    sealed interface Reply permits Status, Hang, LoseResponse {
    }

    record Status(int code, Map<String, String> headers) implements Reply {
    }

    record Hang() implements Reply {
    }

    /** Takes the request (a receipt is recorded) but never answers, as when a response is lost. */
    record LoseResponse() implements Reply {
    }

    /** One request answered 2xx. */
    record Receipt(String idempotencyKey, String body, boolean signatureValid, Map<String, List<String>> headers) {
    }

    static Reply status(int code) {
        return new Status(code, Map.of());
    }

    static Reply retryAfter(String value) {
        return new Status(429, Map.of("Retry-After", value));
    }

    static Reply hang() {
        return new Hang();
    }

    static Reply loseResponse() {
        return new LoseResponse();
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final String secret;
    private final Clock clock;
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> receiptsByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requestsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();

    /** A receiver that checks signatures with {@code secret} (null: accept unsigned payloads). */
    WebhookReceiver(String secret, Clock clock, Reply... firstReplies) throws IOException {
        this.secret = secret;
        this.clock = clock;
        script.addAll(List.of(firstReplies));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Reply reply;
        synchronized (script) {
            reply = script.isEmpty() ? status(200) : script.poll();
        }
        String key = exchange.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_HEADER);
        requestsByKey.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
        boolean valid = secret == null || WebhookSignature.verify(secret,
                exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), body,
                exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER),
                clock.instant(), Duration.ofMinutes(5));
        if (reply instanceof LoseResponse) {
            receipts.add(new Receipt(key, new String(body, StandardCharsets.UTF_8), valid,
                    Map.copyOf(exchange.getRequestHeaders())));
            receiptsByKey.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
        }
        if (reply instanceof Hang || reply instanceof LoseResponse) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        Status status = (Status) reply;
        int code = status.code();
        if (!valid) {
            badSignatures.incrementAndGet();
            code = 401;
        }
        if (code >= 200 && code < 300) {
            receipts.add(new Receipt(key, new String(body, StandardCharsets.UTF_8), valid,
                    Map.copyOf(exchange.getRequestHeaders())));
            receiptsByKey.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
        }
        status.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] answer = (code >= 200 && code < 300 ? "ok" : "error " + code).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Successful receipts (and requests taken whose response was lost) per idempotency key. */
    Map<String, Integer> receiptsByKey() {
        return counts(receiptsByKey);
    }

    /** Requests per idempotency key, however they were answered. */
    Map<String, Integer> requestsByKey() {
        return counts(requestsByKey);
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> counters) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        counters.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    int requests() {
        return requests.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
