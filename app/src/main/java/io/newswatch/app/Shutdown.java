package io.newswatch.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A shutdown hook and a latch: the hook asks the main thread to stop, then waits (bounded) for it
 * to say it has closed its resources, so Ctrl-C leaves Kafka groups and state clean.
 */
final class Shutdown {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    private Shutdown() {
    }

    static Shutdown onSignal() {
        Shutdown s = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.requested.countDown();
            try {
                s.finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newswatch-shutdown"));
        return s;
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    /** Blocks until a shutdown is requested. */
    void await() throws InterruptedException {
        requested.await();
    }

    /** Blocks until a shutdown is requested or {@code timeout} passes; true when requested. */
    boolean await(java.time.Duration timeout) throws InterruptedException {
        return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells the hook the main thread has closed everything. */
    void finished() {
        finished.countDown();
    }
}
