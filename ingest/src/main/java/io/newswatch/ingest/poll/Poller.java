package io.newswatch.ingest.poll;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.newswatch.schemas.FeedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every feed polling on its own schedule: the first poll of a feed comes at the time its saved state names
 * (so backoff survives a restart) or after a jittered start, each later one when the previous
 * {@link PollOutcome} says. A poll that throws is logged with its feed and rescheduled; no feed stops another.
 */
public final class Poller {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final List<FeedSource> feeds;
    private final FeedPoller poller;
    private final Scheduler scheduler;
    private final Jitter jitter;
    private final Clock clock;
    private final AtomicLong polls = new AtomicLong();
    private volatile boolean stopped;

    public Poller(List<FeedSource> feeds, FeedPoller poller, Scheduler scheduler, Jitter jitter, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.poller = Objects.requireNonNull(poller, "poller");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Schedules the first poll of every feed. */
    public void start() {
        Instant now = clock.instant();
        LOG.info("polling {} feeds", feeds.size());
        for (FeedSource feed : feeds) {
            Instant first = firstPoll(feed, now);
            LOG.debug("feed {}: every {} (first poll at {})", feed.url(), feed.interval(), first);
            scheduler.schedule(first, () -> run(feed));
        }
    }

    /** Schedules nothing more; polls already running finish. */
    public void stop() {
        stopped = true;
    }

    /** Polls done so far. */
    public long polls() {
        return polls.get();
    }

    /**
     * When a feed is first polled: when its saved state says, if that is still ahead (a healthy feed no later than
     * one interval from now, in case the interval was shortened), else after a jittered wait.
     */
    Instant firstPoll(FeedSource feed, Instant now) {
        FeedState state = poller.state(feed);
        Instant saved = state == null ? null : state.getNextPoll();
        if (saved != null && saved.isAfter(now)) {
            Instant latest = now.plus(feed.interval());
            return state.getConsecutiveFailures() == 0 && saved.isAfter(latest) ? latest : saved;
        }
        return now.plus(jitter.initial(feed.interval()));
    }

    private void run(FeedSource feed) {
        if (stopped) {
            return;
        }
        Instant next;
        try {
            next = poller.poll(feed).next();
        } catch (RuntimeException e) {
            LOG.error("feed {}: poll failed unexpectedly; trying again in {}", feed.url(), feed.interval(), e);
            next = clock.instant().plus(feed.interval());
        } finally {
            polls.incrementAndGet();
        }
        if (!stopped) {
            scheduler.schedule(next, () -> run(feed));
        }
    }
}
