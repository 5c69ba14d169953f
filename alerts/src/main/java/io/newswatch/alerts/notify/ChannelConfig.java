package io.newswatch.alerts.notify;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One delivery channel: a name unique within a notifier, what to deliver to, how to retry and how
 * many alerts may wait for it.
 *
 * @param name          letters, digits, '.', '_' or '-' (it is part of ledger keys and dead-letter stages)
 * @param settings      the channel type and its settings
 * @param retry         when to retry and when to give up
 * @param queueCapacity alerts that may wait for this channel; beyond that they are dead-lettered
 */
public record ChannelConfig(String name, ChannelSettings settings, RetryPolicy retry, int queueCapacity) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public ChannelConfig {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("channel name '" + name
                    + "' must be 1..64 letters, digits, '.', '_' or '-'");
        }
        Objects.requireNonNull(settings, "settings of channel " + name);
        Objects.requireNonNull(retry, "retry of channel " + name);
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity of channel " + name + " must be positive, was "
                    + queueCapacity);
        }
    }

    /** The channel type, from its settings. */
    public ChannelType type() {
        return settings.type();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builder; settings are required, retry defaults to {@link RetryPolicy#defaults()}, capacity to 10,000. */
    public static final class Builder {
        private final String name;
        private ChannelSettings settings;
        private RetryPolicy retry = RetryPolicy.defaults();
        private int queueCapacity = 10_000;

        private Builder(String name) {
            this.name = name;
        }

        public Builder settings(ChannelSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
            return this;
        }

        public ChannelConfig build() {
            return new ChannelConfig(name, settings, retry, queueCapacity);
        }
    }
}
