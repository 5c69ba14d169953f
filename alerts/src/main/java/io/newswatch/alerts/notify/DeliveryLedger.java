package io.newswatch.alerts.notify;

/**
 * Remembers which alerts each channel has delivered, so a restarted notifier does not send them
 * again. Delivery is at least once: an alert delivered just before a crash, but not yet marked,
 * is sent again after the restart (webhook receivers dedupe it by {@code Idempotency-Key}).
 * Implementations are thread-safe; channel workers call them concurrently.
 */
public interface DeliveryLedger extends AutoCloseable {

    /** Records that {@code channel} delivered {@code alertId}. */
    void markDelivered(String channel, String alertId);

    /** True when {@code channel} has delivered {@code alertId}, in this run or an earlier one. */
    boolean isDelivered(String channel, String alertId);

    /** The key a ledger stores for one delivery: {@code "channel|alertId"}. */
    static String key(String channel, String alertId) {
        return channel + "|" + alertId;
    }

    @Override
    default void close() {
    }

    /**
     * What one delivery of {@code alert} is: its id, and for a corroboration update (the same
     * alert with more sources) the number of sources after it, so each update is delivered once
     * and a receiver's idempotency key tells the versions apart: {@code <id>}, {@code <id>#2}, ...
     */
    static String deliveryId(io.newswatch.schemas.Alert alert) {
        int sources = alert.getSources().size();
        return sources > 1 ? alert.getId() + "#" + sources : alert.getId();
    }
}
