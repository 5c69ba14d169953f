package io.newswatch.alerts.notify;

/** What a channel delivers to: one record variant per {@link ChannelType}. */
public sealed interface ChannelSettings
        permits WebhookSettings, SlackSettings, TeamsSettings, EmailSettings, JsonLinesSettings, ConsoleSettings {

    /** The channel type these settings configure. */
    ChannelType type();
}
