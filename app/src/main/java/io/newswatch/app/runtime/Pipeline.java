package io.newswatch.app.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import io.newswatch.alerts.AlertTopology;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.processor.TaggingTopology;
import io.newswatch.processor.tagger.Tagger;
import io.newswatch.schemas.Topics;
import io.newswatch.schemas.Mention;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The processor and alerts Streams apps running side by side in one process, as the demo runs them. */
public final class Pipeline implements AutoCloseable {

    private final List<StreamsApp> apps = new ArrayList<>();
    private final Cluster cluster;
    private final Topics topics;

    private Pipeline(Cluster cluster, Topics topics) {
        this.cluster = cluster;
        this.topics = topics;
    }

    public static Pipeline start(Cluster cluster, NewswatchConfig config, Topics topics, Tagger tagger)
            throws InterruptedException {
        Pipeline pipeline = new Pipeline(cluster, topics);
        try {
            pipeline.apps.add(StreamsApp.start(StreamsApp.applicationId(config, "processor"),
                    TaggingTopology.build(topics, tagger), cluster, config, topics, "processor"));
            pipeline.apps.add(StreamsApp.start(StreamsApp.applicationId(config, "alerts"),
                    AlertTopology.build(topics, config.alertRules(), config.reorderDelay()), cluster, config, topics, "alerts"));
            for (StreamsApp app : pipeline.apps) {
                app.awaitRunning(Duration.ofSeconds(90));
            }
        } catch (RuntimeException | InterruptedException e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    /**
     * Waits until both apps have committed everything on their inputs, checked twice in a row so
     * that records still in flight between them are not missed.
     */
    public void awaitDrained(Duration deadline) throws InterruptedException {
        String processor = apps.get(0).applicationId();
        String alerts = apps.get(1).applicationId();
        Instant until = Instant.now().plus(deadline);
        int stable = 0;
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            while (stable < 2) {
                for (StreamsApp app : apps) {
                    if (app.failed()) {
                        throw new IllegalStateException(app.applicationId() + " stopped (" + app.state() + "); see the log");
                    }
                }
                boolean drained = Drain.groupCaughtUp(admin, processor,
                        List.of(topics.articles().name()))
                        && Drain.groupCaughtUp(admin, alerts,
                        List.of(topics.mentions().name(), topics.health().name()))
                        && reorderBufferEmpty()
                        && Drain.noOpenTransactions(admin, topics.alerts().name());
                stable = drained ? stable + 1 : 0;
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("pipeline not drained within " + deadline);
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read consumer group offsets: " + e.getCause().getMessage(), e);
        }
    }

    /** True when the alerts app holds no mention back for reordering (this instance's partitions). */
    private boolean reorderBufferEmpty() {
        try {
            ReadOnlyKeyValueStore<String, Mention> buffer = apps.get(1).streams().store(StoreQueryParameters
                    .fromNameAndType(AlertTopology.REORDER_STORE, QueryableStoreTypes.<String, Mention>keyValueStore()));
            try (KeyValueIterator<String, Mention> it = buffer.all()) {
                return !it.hasNext();
            }
        } catch (InvalidStateStoreException e) {
            return false;
        }
    }

    /** Records each app has still to commit on its inputs: processor, then alerts. */
    public long[] lag() throws InterruptedException {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            return new long[] {
                    Drain.lag(admin, apps.get(0).applicationId(), List.of(topics.articles().name())),
                    Drain.lag(admin, apps.get(1).applicationId(), List.of(topics.mentions().name(), topics.health().name()))};
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read consumer group offsets: " + e.getCause().getMessage(), e);
        }
    }

    /** The alerts app, for queries of its state. */
    public StreamsApp alerts() {
        return apps.get(1);
    }

    @Override
    public void close() {
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).close();
        }
    }
}
