package io.newswatch.alerts.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP(S) URL to POST to, with its own timeouts.
 *
 * @param url            absolute http or https URL
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param requestTimeout how long to wait for the whole response after sending
 */
public record HttpEndpoint(URI url, Duration connectTimeout, Duration requestTimeout) {

    public HttpEndpoint {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("endpoint url must be an absolute http(s) URL with a host, was " + url);
        }
        Durations.requirePositive(connectTimeout, "connectTimeout");
        Durations.requirePositive(requestTimeout, "requestTimeout");
    }

    /** An endpoint at {@code url} with 5 s connect and 10 s request timeouts. */
    public static HttpEndpoint of(String url) {
        return builder().url(url).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with 5 s connect and 10 s request timeouts by default. */
    public static final class Builder {
        private URI url;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        /** @throws IllegalArgumentException naming the text when it is not a URI */
        public Builder url(String url) {
            try {
                this.url = URI.create(Objects.requireNonNull(url, "url").strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpoint url is not a valid URI: '" + url + "'", e);
            }
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public HttpEndpoint build() {
            return new HttpEndpoint(url, connectTimeout, requestTimeout);
        }
    }
}
