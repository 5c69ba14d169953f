package io.newswatch.alerts.notify;

/**
 * Where alerts a channel gave up on go, e.g. the Kafka dead-letter topic via
 * {@link FailedDelivery#toDeadLetter()}. Called from channel worker threads, concurrently.
 */
@FunctionalInterface
public interface DeadLetterSink {

    /** Keeps {@code failure}; exceptions are logged and do not stop the channel. */
    void accept(FailedDelivery failure);
}
