package io.newswatch.alerts.notify;

import java.time.Duration;

/** Waits between delivery attempts; tests supply one that records waits instead of sleeping them. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration}; throws when the thread is interrupted (notifier shutdown). */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> {
            long millis = duration.toMillis();
            if (millis > 0) {
                Thread.sleep(millis);
            } else if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        };
    }
}
