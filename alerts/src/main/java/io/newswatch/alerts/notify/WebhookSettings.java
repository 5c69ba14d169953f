package io.newswatch.alerts.notify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A generic webhook: the alert's {@link AlertJson} body, signed with {@link WebhookSignature}.
 *
 * @param endpoint where to POST
 * @param secret   the HMAC-SHA256 key receivers verify {@code X-Newswatch-Signature} with
 * @param headers  extra headers, e.g. an Authorization; may not override the signature headers
 */
public record WebhookSettings(HttpEndpoint endpoint, String secret, Map<String, String> headers)
        implements ChannelSettings {

    private static final Set<String> RESERVED = Set.of(
            WebhookSignature.SIGNATURE_HEADER.toLowerCase(Locale.ROOT),
            WebhookSignature.TIMESTAMP_HEADER.toLowerCase(Locale.ROOT),
            WebhookSignature.IDEMPOTENCY_HEADER.toLowerCase(Locale.ROOT),
            "content-type", "content-length", "host", "connection");

    public WebhookSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("webhook secret must not be blank (endpoint " + endpoint.url() + ")");
        }
        headers = Map.copyOf(headers);
        for (String name : headers.keySet()) {
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("webhook header '" + name + "' is set by the notifier itself");
            }
        }
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public String toString() {
        return "WebhookSettings[endpoint=" + endpoint + ", secret=***, headers=" + headers.keySet() + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; endpoint and secret are required. */
    public static final class Builder {
        private HttpEndpoint endpoint;
        private String secret;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder endpoint(HttpEndpoint endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder url(String url) {
            this.endpoint = HttpEndpoint.of(url);
            return this;
        }

        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value"));
            return this;
        }

        public WebhookSettings build() {
            return new WebhookSettings(endpoint, secret, headers);
        }
    }
}
