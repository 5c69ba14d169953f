package io.newswatch.alerts.notify;

import java.util.Objects;

/**
 * A Microsoft Teams-compatible webhook (Workflows "post to a channel when a webhook request is
 * received"), sent an Adaptive Card wrapped in a message.
 *
 * @param endpoint the webhook URL
 */
public record TeamsSettings(HttpEndpoint endpoint) implements ChannelSettings {

    public TeamsSettings {
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Teams settings for {@code url} with default timeouts. */
    public static TeamsSettings of(String url) {
        return new TeamsSettings(HttpEndpoint.of(url));
    }

    @Override
    public ChannelType type() {
        return ChannelType.TEAMS;
    }

    @Override
    public String toString() {
        return "TeamsSettings[host=" + endpoint.url().getHost() + "]";
    }
}
