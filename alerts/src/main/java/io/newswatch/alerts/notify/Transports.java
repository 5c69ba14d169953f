package io.newswatch.alerts.notify;

import java.time.Clock;

/** Builds the {@link Transport} a channel's settings call for. */
final class Transports {

    private Transports() {
    }

    static Transport create(ChannelConfig channel, AlertFormatter formatter, Clock clock) {
        ChannelSettings settings = channel.settings();
        AlertJson json = new AlertJson(formatter);
        if (settings instanceof WebhookSettings webhook) {
            return new HttpTransport(new HttpPoster(channel.name(), webhook.endpoint(), clock),
                    new WebhookRenderer(webhook, json, clock));
        }
        if (settings instanceof SlackSettings slack) {
            return new HttpTransport(new HttpPoster(channel.name(), slack.endpoint(), clock),
                    new SlackRenderer(formatter));
        }
        if (settings instanceof TeamsSettings teams) {
            return new HttpTransport(new HttpPoster(channel.name(), teams.endpoint(), clock),
                    new TeamsRenderer(formatter));
        }
        if (settings instanceof EmailSettings email) {
            return new EmailTransport(email, formatter);
        }
        if (settings instanceof JsonLinesSettings jsonl) {
            return new JsonLinesTransport(jsonl, json);
        }
        if (settings instanceof ConsoleSettings console) {
            return new ConsoleTransport(console, formatter);
        }
        throw new IllegalArgumentException("channel " + channel.name() + " has unsupported settings " + settings);
    }
}
