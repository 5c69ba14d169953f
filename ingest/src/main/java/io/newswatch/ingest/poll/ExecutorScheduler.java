package io.newswatch.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Scheduler} on a pool of worker threads, measuring delays against a clock. */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

    private final ScheduledThreadPoolExecutor executor;
    private final Clock clock;

    /** @param threads how many polls may run at once */
    public ExecutorScheduler(int threads, Clock clock) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "newswatch-poll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = new ScheduledThreadPoolExecutor(threads, factory);
        this.executor.setRemoveOnCancelPolicy(true);
        // on close, polls not yet due are dropped; polls running finish
        this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void schedule(Instant at, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        try {
            executor.schedule(task, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed: nothing more runs
        }
    }

    /** Stops waiting tasks and waits (bounded) for running polls to finish. */
    @Override
    public void close() {
        // let running polls finish publishing and saving their state; interrupt only what overstays
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
