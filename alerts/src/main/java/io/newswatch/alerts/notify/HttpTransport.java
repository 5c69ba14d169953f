package io.newswatch.alerts.notify;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.newswatch.schemas.Alert;

/** Renders an alert to an HTTP request body and headers, and POSTs it with an {@link HttpPoster}. */
final class HttpTransport implements Transport {

    /** A rendered request: the body bytes, their content type and extra headers. */
    record Request(byte[] body, String contentType, Map<String, String> headers) {
        Request {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            headers = Map.copyOf(headers);
        }
    }

    private final HttpPoster poster;
    private final Function<Alert, Request> renderer;

    HttpTransport(HttpPoster poster, Function<Alert, Request> renderer) {
        this.poster = poster;
        this.renderer = renderer;
    }

    @Override
    public DeliveryOutcome deliver(Alert alert) throws Exception {
        Request request = renderer.apply(alert);
        return poster.post(request.body(), request.contentType(), request.headers());
    }

    @Override
    public void close() {
        poster.close();
    }
}
