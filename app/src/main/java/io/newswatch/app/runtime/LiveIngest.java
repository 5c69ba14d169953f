package io.newswatch.app.runtime;

import java.time.Clock;
import java.util.List;
import java.util.Random;

import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.http.HttpFetcher;
import io.newswatch.ingest.poll.ExecutorScheduler;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.FeedSource;
import io.newswatch.ingest.poll.Jitter;
import io.newswatch.ingest.poll.KafkaPollSink;
import io.newswatch.ingest.poll.PollConfig;
import io.newswatch.ingest.poll.Poller;
import io.newswatch.schemas.Topics;

/**
 * Live polling wired to a cluster, as {@code newswatch ingest} runs it: feed state loaded from Kafka, every feed
 * on its own schedule on a pool of {@link PollConfig#threads()} workers. {@link #close()} stops the schedule,
 * waits for running polls and closes the producers.
 */
public final class LiveIngest implements AutoCloseable {

    private final KafkaPollSink sink;
    private final FeedPoller feedPoller;
    private final ExecutorScheduler scheduler;
    private final Poller poller;

    private LiveIngest(KafkaPollSink sink, FeedPoller feedPoller, ExecutorScheduler scheduler, Poller poller) {
        this.sink = sink;
        this.feedPoller = feedPoller;
        this.scheduler = scheduler;
        this.poller = poller;
    }

    /** Loads the feed state and builds the poller; nothing is polled until {@link #start()} or {@link #feedPoller()}. */
    public static LiveIngest open(Cluster cluster, Topics topics, List<FeedSource> feeds, PollConfig config,
                                  HttpFetcher fetcher, Clock clock) {
        KafkaPollSink sink = new KafkaPollSink(cluster.clientProperties(), topics);
        try {
            Jitter jitter = new Jitter(config.jitter(), new Random());
            FeedPoller feedPoller = new FeedPoller(fetcher, new FeedParser(), sink, config, jitter, clock);
            ExecutorScheduler scheduler = new ExecutorScheduler(config.threads(), clock);
            return new LiveIngest(sink, feedPoller, scheduler, new Poller(feeds, feedPoller, scheduler, jitter, clock));
        } catch (RuntimeException e) {
            sink.close();
            throw e;
        }
    }

    /** Starts every feed's schedule. */
    public LiveIngest start() {
        poller.start();
        return this;
    }

    /** The poller of single feeds, for polling each once by hand. */
    public FeedPoller feedPoller() {
        return feedPoller;
    }

    /** Polls done so far on the schedule. */
    public long polls() {
        return poller.polls();
    }

    @Override
    public void close() {
        poller.stop();
        try {
            scheduler.close();
        } finally {
            sink.close();
        }
    }
}
