package io.newswatch.ingest.poll;

import java.time.Instant;

/**
 * Runs tasks at given instants. The live one ({@link ExecutorScheduler}) waits on the wall clock; tests use one
 * that runs due tasks as they move a clock forward, so nothing sleeps.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} at {@code at}, or as soon as possible when that has passed. */
    void schedule(Instant at, Runnable task);
}
