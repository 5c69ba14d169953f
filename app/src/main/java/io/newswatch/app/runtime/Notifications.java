package io.newswatch.app.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newswatch.alerts.notify.AlertDispatcher;
import io.newswatch.alerts.notify.ChannelConfig;
import io.newswatch.alerts.notify.ChannelStats;
import io.newswatch.alerts.notify.KafkaDeadLetterSink;
import io.newswatch.alerts.notify.KafkaDeliveryLedger;
import io.newswatch.alerts.notify.Notifier;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery of alerts to the configured channels, wired to Kafka: alerts read from the alerts
 * topic, progress kept in the deliveries topic, give-ups written to the dead-letter topic. Runs on
 * its own thread until closed.
 */
public final class Notifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final KafkaDeliveryLedger ledger;
    private final KafkaDeadLetterSink deadLetters;
    private final Notifier notifier;
    private final AlertDispatcher dispatcher;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private Notifications(Cluster cluster, NewswatchConfig config, Topics topics, List<ChannelConfig> channels) {
        this.ledger = KafkaDeliveryLedger.open(cluster.clientProperties(), topics.deliveries(), Duration.ofSeconds(60),
                Clock.systemUTC());
        this.deadLetters = new KafkaDeadLetterSink(cluster.clientProperties(), topics.deadLetters());
        this.notifier = Notifier.builder().channels(channels).ledger(ledger).deadLetters(deadLetters).build();
        this.dispatcher = new AlertDispatcher(cluster.clientProperties(), config.topicPrefix() + "-notifier",
                topics.alerts(), notifier);
        this.thread = new Thread(this::run, "newswatch-notifications");
    }

    /** Starts delivering to {@code channels}. */
    public static Notifications start(Cluster cluster, NewswatchConfig config, Topics topics,
                                      List<ChannelConfig> channels) {
        Notifications n = new Notifications(cluster, config, topics, channels);
        n.thread.start();
        return n;
    }

    private void run() {
        while (running) {
            try {
                dispatcher.pollOnce(Duration.ofMillis(200));
            } catch (org.apache.kafka.common.errors.RetriableException
                     | org.apache.kafka.clients.consumer.CommitFailedException
                     | org.apache.kafka.common.errors.RebalanceInProgressException e) {
                LOG.warn("alert delivery: {}; retrying", e.toString());
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                if (running) {
                    failure = e;
                }
                return;
            } catch (RuntimeException e) {
                failure = e;
                LOG.error("alert delivery stopped: {}", e.getMessage(), e);
                return;
            }
        }
    }

    /** The error that stopped delivery, or null while it runs. */
    public RuntimeException failure() {
        return failure;
    }

    /** Per-channel counts. */
    public List<ChannelStats> stats() {
        return notifier.stats();
    }

    /**
     * Waits until every channel has nothing queued and the dispatcher has read every committed
     * alert, twice in a row; for the demo and tests.
     */
    public void awaitIdle(Duration deadline) throws InterruptedException {
        Instant until = Instant.now().plus(deadline);
        int stable = 0;
        while (stable < 3) {
            if (failure != null) {
                throw failure;
            }
            stable = dispatcher.idle() && dispatcher.caughtUp() ? stable + 1 : 0;
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("alert delivery not finished within " + deadline + ": " + stats());
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        running = false;
        dispatcher.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Notifier.CloseReport report = notifier.close(Duration.ofSeconds(30));
        if (!report.drained()) {
            LOG.warn("alerts left undelivered at shutdown (they are re-read on restart): {}", report.undelivered());
        }
        dispatcher.close();
        deadLetters.close();
        ledger.close();
    }
}
