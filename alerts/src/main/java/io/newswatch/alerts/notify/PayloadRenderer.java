package io.newswatch.alerts.notify;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newswatch.schemas.Alert;

/** Renders an alert as a chat JSON payload (Slack, Teams) from its {@link AlertMessage} layout. */
abstract class PayloadRenderer implements Function<Alert, HttpTransport.Request> {

    private final AlertFormatter formatter;

    PayloadRenderer(AlertFormatter formatter) {
        this.formatter = formatter;
    }

    /** The JSON payload for one laid-out alert. */
    abstract ObjectNode payload(AlertMessage message);

    @Override
    public final HttpTransport.Request apply(Alert alert) {
        byte[] body = payload(formatter.format(alert)).toString().getBytes(StandardCharsets.UTF_8);
        return new HttpTransport.Request(body, "application/json; charset=utf-8", Map.of());
    }
}
