package io.newswatch.alerts.notify;

import java.util.Objects;

/**
 * A Slack-compatible incoming webhook.
 *
 * @param endpoint the incoming-webhook URL
 */
public record SlackSettings(HttpEndpoint endpoint) implements ChannelSettings {

    public SlackSettings {
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Slack settings for {@code url} with default timeouts. */
    public static SlackSettings of(String url) {
        return new SlackSettings(HttpEndpoint.of(url));
    }

    @Override
    public ChannelType type() {
        return ChannelType.SLACK;
    }

    @Override
    public String toString() {
        return "SlackSettings[host=" + endpoint.url().getHost() + "]";
    }
}
