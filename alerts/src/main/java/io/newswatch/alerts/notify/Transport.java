package io.newswatch.alerts.notify;

import io.newswatch.schemas.Alert;

/**
 * Renders an alert for one channel and hands it over, once per call. A {@link ChannelWorker}
 * calls it from a single thread and does all retrying.
 */
public interface Transport extends AutoCloseable {

    /**
     * Attempts one delivery. I/O failures may be thrown and count as transient; other runtime
     * exceptions count as permanent for this alert.
     */
    DeliveryOutcome deliver(Alert alert) throws Exception;

    /** Releases connections and threads. */
    @Override
    default void close() {
    }
}
