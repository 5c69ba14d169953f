package io.newswatch.alerts.notify;

/** The kinds of channel a notifier can deliver to. */
public enum ChannelType {
    /** Signed JSON POST to any URL. */
    WEBHOOK,
    /** Slack-compatible incoming webhook (text + blocks). */
    SLACK,
    /** Microsoft Teams-compatible webhook (Adaptive Card in a message). */
    TEAMS,
    /** Multipart plain-text + HTML e-mail over SMTP. */
    EMAIL,
    /** One JSON object per line, appended to a file. */
    JSONL,
    /** The readable multi-line form on a console stream. */
    CONSOLE
}
