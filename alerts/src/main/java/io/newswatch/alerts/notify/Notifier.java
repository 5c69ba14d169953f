package io.newswatch.alerts.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newswatch.schemas.Alert;

/**
 * Delivers alerts to every configured channel, once each. {@link #submit} returns at once: every
 * channel has its own queue, worker thread and HTTP client, retries on its own schedule and
 * dead-letters what it gives up on, so a slow or broken channel never delays another. Channels
 * skip alerts the {@link DeliveryLedger} already has as delivered, so a restart resumes.
 */
public final class Notifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    /** What {@link #close(Duration)} left undelivered, per channel; empty when everything drained. */
    public record CloseReport(Map<String, List<Alert>> undelivered) {
        public CloseReport {
            undelivered = Map.copyOf(undelivered);
        }

        /** True when every channel finished its queue before the deadline. */
        public boolean drained() {
            return undelivered.values().stream().allMatch(List::isEmpty);
        }
    }

    private final List<ChannelWorker> workers;
    private final Duration closeTimeout;
    private final Clock clock;
    private volatile boolean closed;

    private Notifier(Builder b) {
        this.clock = b.clock;
        this.closeTimeout = b.closeTimeout;
        AlertFormatter formatter = new AlertFormatter();
        List<ChannelWorker> started = new ArrayList<>();
        for (ChannelConfig channel : b.channels) {
            Transport transport = Transports.create(channel, formatter, b.clock);
            started.add(new ChannelWorker(channel, transport, b.ledger, b.deadLetters, b.clock, b.sleeper, b.random));
        }
        this.workers = List.copyOf(started);
    }

    /**
     * Queues {@code alert} on every channel and returns without waiting for any delivery.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void submit(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        if (closed) {
            throw new IllegalStateException("notifier is closed; alert " + alert.getId() + " was not queued");
        }
        for (ChannelWorker worker : workers) {
            if (!worker.offer(alert)) {
                throw new IllegalStateException("notifier is closing; alert " + alert.getId()
                        + " was not queued on channel " + worker.name());
            }
        }
    }

    /** Counts per channel, in configuration order. */
    public List<ChannelStats> stats() {
        return workers.stream().map(ChannelWorker::stats).toList();
    }

    /** Counts of one channel. */
    public ChannelStats stats(String channel) {
        return workers.stream().filter(w -> w.name().equals(channel)).findFirst()
                .map(ChannelWorker::stats)
                .orElseThrow(() -> new IllegalArgumentException("no channel named '" + channel + "'"));
    }

    /** True when no channel has anything waiting or in progress. */
    public boolean idle() {
        return workers.stream().allMatch(w -> w.stats().queued() == 0);
    }

    /**
     * Stops accepting alerts and lets every channel finish its queue (including retries) until
     * {@code timeout} has passed; then interrupts the channels still busy. Alerts left undelivered
     * are not in the ledger, so a restart delivers them.
     */
    public CloseReport close(Duration timeout) {
        closed = true;
        Instant deadline = clock.instant().plus(timeout);
        workers.forEach(ChannelWorker::stopAccepting);
        Map<String, List<Alert>> left = new LinkedHashMap<>();
        boolean interruptedWhileWaiting = false;
        for (ChannelWorker worker : workers) {
            try {
                if (!interruptedWhileWaiting && worker.awaitDrained(deadline)) {
                    worker.release();
                    continue;
                }
            } catch (InterruptedException e) {
                interruptedWhileWaiting = true;
            }
            try {
                List<Alert> undelivered = worker.abort();
                if (!undelivered.isEmpty()) {
                    LOG.warn("channel {}: closed with {} alerts undelivered", worker.name(), undelivered.size());
                    left.put(worker.name(), undelivered);
                }
            } catch (InterruptedException e) {
                interruptedWhileWaiting = true;
            }
        }
        if (interruptedWhileWaiting) {
            Thread.currentThread().interrupt();
        }
        return new CloseReport(left);
    }

    /** {@link #close(Duration)} with the builder's close timeout. */
    @Override
    public void close() {
        close(closeTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; at least one channel. Defaults: in-memory ledger, dead letters logged, system clock. */
    public static final class Builder {
        private final List<ChannelConfig> channels = new ArrayList<>();
        private DeliveryLedger ledger = new InMemoryDeliveryLedger();
        private DeadLetterSink deadLetters = failure -> LOG.error("dead letter from {}: alert {}: {}",
                failure.channel(), failure.alert().getId(), failure.reason());
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Duration closeTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder channel(ChannelConfig channel) {
            channels.add(Objects.requireNonNull(channel, "channel"));
            return this;
        }

        public Builder channels(List<ChannelConfig> channels) {
            channels.forEach(this::channel);
            return this;
        }

        public Builder ledger(DeliveryLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        public Builder deadLetters(DeadLetterSink deadLetters) {
            this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Source of uniform numbers in [0, 1) for backoff jitter. */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public Builder closeTimeout(Duration closeTimeout) {
            this.closeTimeout = Durations.requireNonNegative(closeTimeout, "closeTimeout");
            return this;
        }

        /**
         * Starts one worker per channel.
         *
         * @throws IllegalArgumentException when there is no channel or two share a name
         */
        public Notifier build() {
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("a notifier needs at least one channel");
            }
            Set<String> names = new HashSet<>();
            for (ChannelConfig channel : channels) {
                if (!names.add(channel.name())) {
                    throw new IllegalArgumentException("two channels are named '" + channel.name() + "'");
                }
            }
            return new Notifier(this);
        }
    }
}
