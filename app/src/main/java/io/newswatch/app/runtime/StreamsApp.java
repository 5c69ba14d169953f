package io.newswatch.app.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.schemas.Topics;
import io.newswatch.schemas.streams.DeadLetterHandler;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * Runs one Streams topology with newswatch's settings: exactly-once, state under the data
 * directory, the bad-input policy with the dead-letter topic, and a close that leaves the group
 * so a restart does not wait out the session timeout.
 */
public final class StreamsApp implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams streams;
    private final String applicationId;
    private volatile boolean closing;

    private StreamsApp(KafkaStreams streams, String applicationId) {
        this.streams = streams;
        this.applicationId = applicationId;
    }

    public static StreamsApp start(String applicationId, Topology topology, Cluster cluster, NewswatchConfig config,
                                   Topics topics, String stage) {
        Properties p = new Properties();
        p.putAll(cluster.clientProperties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().normalize().toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replication());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(DeadLetterHandler.POLICY_CONFIG, config.badInput().name());
        p.put(DeadLetterHandler.TOPIC_CONFIG, topics.deadLetters().name());
        p.put(DeadLetterHandler.STAGE_CONFIG, stage);
        KafkaStreams streams = new KafkaStreams(topology, p);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{} stopped on an unexpected error: {}", applicationId, e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        return new StreamsApp(streams, applicationId);
    }


    /** Waits until the app is RUNNING; fails if it dies or the deadline passes. */
    public void awaitRunning(Duration deadline) throws InterruptedException {
        Instant until = Instant.now().plus(deadline);
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (failed()) {
                throw new IllegalStateException(applicationId + " stopped: " + streams.state());
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException(applicationId + " not running within " + deadline + ": " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    /** {@code <topic prefix>-<role>}: several pipelines can share a cluster under different prefixes. */
    public static String applicationId(NewswatchConfig config, String role) {
        return config.topicPrefix() + "-" + role;
    }

    /** The running Streams instance, for interactive queries of its stores. */
    public KafkaStreams streams() {
        return streams;
    }

    /** True when the app has stopped on its own: an error, not a close. */
    public boolean failed() {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || (!closing && (state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN));
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public String applicationId() {
        return applicationId;
    }


    @Override
    public void close() {
        closing = true;
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
