package io.newswatch.ingest.poll;

import io.newswatch.ingest.ManualClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Runs scheduled tasks in time order as the test moves its clock, on the test's thread. */
final class ManualScheduler implements Scheduler {

    private record Task(Instant at, long seq, Runnable run) {
    }

    private final ManualClock clock;
    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
    private final List<Instant> scheduled = new ArrayList<>();
    private long seq;

    ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void schedule(Instant at, Runnable task) {
        queue.add(new Task(at, seq++, task));
        scheduled.add(at);
    }

    /** Every instant a task was scheduled for, in the order asked. */
    synchronized List<Instant> scheduled() {
        return List.copyOf(scheduled);
    }

    /** Runs every task due up to {@code until}, moving the clock to each task's time; returns how many ran. */
    int runUntil(Instant until) {
        int ran = 0;
        while (true) {
            Task next;
            synchronized (this) {
                if (queue.isEmpty() || queue.peek().at().isAfter(until)) {
                    break;
                }
                next = queue.poll();
            }
            if (next.at().isAfter(clock.instant())) {
                clock.set(next.at());
            }
            next.run().run();
            ran++;
        }
        if (until.isAfter(clock.instant())) {
            clock.set(until);
        }
        return ran;
    }
}
