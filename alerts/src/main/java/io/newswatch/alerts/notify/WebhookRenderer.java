package io.newswatch.alerts.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.newswatch.schemas.Alert;

/**
 * The generic webhook request: the {@link AlertJson} body, the alert id as
 * {@code Idempotency-Key}, the send time as {@code X-Newswatch-Timestamp} and the
 * {@code X-Newswatch-Signature} over both.
 */
final class WebhookRenderer implements Function<Alert, HttpTransport.Request> {

    private final WebhookSettings settings;
    private final AlertJson json;
    private final Clock clock;

    WebhookRenderer(WebhookSettings settings, AlertJson json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public HttpTransport.Request apply(Alert alert) {
        byte[] body = json.write(alert).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>(settings.headers());
        headers.put(WebhookSignature.IDEMPOTENCY_HEADER, DeliveryLedger.deliveryId(alert));
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(settings.secret(), timestamp, body));
        return new HttpTransport.Request(body, "application/json; charset=utf-8", headers);
    }
}
