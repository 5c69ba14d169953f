package io.newswatch.alerts.notify;

import java.util.Objects;

/**
 * Counts for one channel since the notifier started.
 *
 * @param channel      the channel name
 * @param type         the channel type
 * @param delivered    alerts delivered
 * @param retried      failed attempts that were followed by another attempt
 * @param deadLettered alerts given up on and sent to the dead-letter sink
 * @param skipped      alerts the ledger already had as delivered
 * @param queued       alerts waiting or in progress
 */
public record ChannelStats(String channel, ChannelType type, long delivered, long retried, long deadLettered,
                           long skipped, int queued) {

    public ChannelStats {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return channel + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + "): delivered " + delivered
                + ", retried " + retried + ", dead-lettered " + deadLettered + ", skipped " + skipped
                + ", queued " + queued;
    }
}
