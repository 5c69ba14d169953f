package io.newswatch.alerts.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * POSTs bodies to one {@link HttpEndpoint} with its own HTTP client and threads, so a hanging
 * receiver only ever holds up its own channel, and maps responses to {@link DeliveryOutcome}s:
 * 2xx delivered; 408, 425, 429 and 5xx retried (honouring Retry-After); other statuses rejected.
 */
final class HttpPoster implements AutoCloseable {

    private static final int SNIPPET = 200;

    private final HttpEndpoint endpoint;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client;

    HttpPoster(String channel, HttpEndpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "notify-" + channel + "-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /**
     * One POST of {@code body} as {@code contentType} with {@code headers}; the request timeout
     * bounds the whole exchange, response body included.
     */
    DeliveryOutcome post(byte[] body, String contentType, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url())
                .timeout(endpoint.requestTimeout())
                .header("Content-Type", contentType)
                .header("User-Agent", "newswatch-notifier")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = exchange.get(endpoint.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return noResponse(e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException timeout) {
                return noResponse(timeout);
            }
            throw new IOException("POST to " + endpoint.url().getHost() + ":" + endpoint.url().getPort() + " failed: "
                    + e.getCause(), e.getCause());
        }
        return outcome(response, response.body());
    }

    private DeliveryOutcome noResponse(Exception e) {
        return DeliveryOutcome.Retry.after("no response from " + endpoint.url().getHost() + " within "
                + endpoint.requestTimeout().toMillis() + " ms (" + e.getClass().getSimpleName() + ")");
    }

    private DeliveryOutcome outcome(HttpResponse<?> response, String body) {
        int status = response.statusCode();
        String what = "HTTP " + status + " from " + endpoint.url().getHost() + snippet(body);
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered("HTTP " + status);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new DeliveryOutcome.Retry(what,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant()));
        }
        if (status >= 300 && status < 400) {
            return new DeliveryOutcome.Rejected(what + " (redirect to "
                    + response.headers().firstValue("Location").orElse("?") + " not followed; fix the URL)");
        }
        return new DeliveryOutcome.Rejected(what);
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        return ": " + Markup.truncate(Markup.singleLine(body), SNIPPET);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
