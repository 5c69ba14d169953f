package io.newswatch.alerts.notify;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newswatch.schemas.Alert;

/**
 * One channel's queue and its single worker thread. Alerts are delivered in submission order;
 * a failing alert is retried with backoff (or the receiver's Retry-After) until it is delivered or
 * its retry policy gives up, when it goes to the dead-letter sink. Nothing here is shared with
 * other channels, so a slow channel only delays itself.
 */
final class ChannelWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelWorker.class);
    private static final Pending STOP = new Pending(null, Instant.EPOCH);

    private record Pending(Alert alert, Instant enqueued) {
    }

    private final ChannelConfig config;
    private final Transport transport;
    private final DeliveryLedger ledger;
    private final DeadLetterSink deadLetters;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final ExecutorService executor;
    private volatile Pending current;
    private volatile boolean accepting = true;

    ChannelWorker(ChannelConfig config, Transport transport, DeliveryLedger ledger, DeadLetterSink deadLetters,
                  Clock clock, Sleeper sleeper, DoubleSupplier random) {
        this.config = config;
        this.transport = transport;
        this.ledger = ledger;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "notify-" + config.name());
            t.setDaemon(true);
            return t;
        });
        executor.execute(this::run);
        executor.shutdown();
    }

    String name() {
        return config.name();
    }

    /** Queues {@code alert}; a full queue dead-letters it. False once the worker is closing. */
    boolean offer(Alert alert) {
        if (!accepting) {
            return false;
        }
        if (waiting.incrementAndGet() > config.queueCapacity()) {
            waiting.decrementAndGet();
            giveUp(alert, 0, "queue full: " + config.queueCapacity() + " alerts already waiting for channel "
                    + config.name(), Optional.empty());
            return true;
        }
        queue.add(new Pending(alert, clock.instant()));
        return true;
    }

    ChannelStats stats() {
        return new ChannelStats(config.name(), config.type(), delivered.get(), retried.get(), deadLettered.get(),
                skipped.get(), waiting.get());
    }

    /** Stops accepting; the worker finishes what is queued, then ends. */
    void stopAccepting() {
        if (accepting) {
            accepting = false;
            queue.add(STOP);
        }
    }

    /** Waits for the worker to finish the queue until {@code deadline}. */
    boolean awaitDrained(Instant deadline) throws InterruptedException {
        long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Interrupts the worker and returns the alerts it did not settle, in order: the one in progress
     * (also when a blocking call ignores the interrupt and is still running) and the queued ones.
     */
    List<Alert> abort() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        List<Alert> left = new ArrayList<>();
        Pending unfinished = current;
        if (unfinished != null) {
            left.add(unfinished.alert());
        }
        for (Pending p : queue) {
            if (p != STOP) {
                left.add(p.alert());
            }
        }
        queue.clear();
        transport.close();
        return left;
    }

    /** Releases the transport after a clean drain. */
    void release() {
        transport.close();
    }

    private void run() {
        try {
            while (true) {
                Pending next = queue.take();
                if (next == STOP) {
                    return;
                }
                current = next;
                try {
                    process(next);
                } catch (RuntimeException e) {
                    giveUp(next.alert(), 0, "internal error in channel " + config.name() + ": " + e,
                            Optional.of(e.getClass().getName()));
                }
                current = null;
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void process(Pending pending) throws InterruptedException {
        Alert alert = pending.alert();
        if (alreadyDelivered(alert)) {
            skipped.incrementAndGet();
            return;
        }
        RetryPolicy policy = config.retry();
        Instant first = clock.instant();
        for (int attempt = 1; ; attempt++) {
            Optional<String> errorClass = Optional.empty();
            DeliveryOutcome outcome;
            try {
                outcome = transport.deliver(alert);
            } catch (InterruptedException e) {
                throw e;
            } catch (IOException | jakarta.mail.MessagingException e) {
                outcome = DeliveryOutcome.Retry.after(describe(e));
                errorClass = Optional.of(e.getClass().getName());
            } catch (Exception e) {
                outcome = new DeliveryOutcome.Rejected("cannot deliver: " + describe(e));
                errorClass = Optional.of(e.getClass().getName());
            }
            if (outcome instanceof DeliveryOutcome.Delivered) {
                // recorded before honouring an interrupt: it was delivered, and must not be sent again
                markDelivered(alert);
                delivered.incrementAndGet();
                if (Thread.interrupted()) {
                    throw new InterruptedException("channel " + config.name() + " interrupted");
                }
                return;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("channel " + config.name() + " interrupted");
            }
            if (outcome instanceof DeliveryOutcome.Rejected rejected) {
                giveUp(alert, attempt, "rejected: " + rejected.reason(), errorClass);
                return;
            }
            DeliveryOutcome.Retry retry = (DeliveryOutcome.Retry) outcome;
            if (attempt >= policy.maxAttempts()) {
                giveUp(alert, attempt, "gave up after " + attempt + " attempts: " + retry.reason(), errorClass);
                return;
            }
            int failed = attempt;
            Duration wait = retry.retryAfter().orElseGet(() -> policy.delay(failed, random.getAsDouble()));
            Instant limit = first.plus(policy.maxAge());
            if (clock.instant().plus(wait).isAfter(limit)) {
                giveUp(alert, attempt, "gave up after " + attempt + " attempts: the next, in " + wait.toMillis()
                        + " ms, would pass the age limit of " + policy.maxAge() + "; last failure: "
                        + retry.reason(), errorClass);
                return;
            }
            retried.incrementAndGet();
            LOG.debug("channel {}: alert {} attempt {} failed ({}), retrying in {} ms", config.name(), alert.getId(),
                    attempt, retry.reason(), wait.toMillis());
            sleeper.sleep(wait);
        }
    }

    private boolean alreadyDelivered(Alert alert) {
        try {
            return ledger.isDelivered(config.name(), DeliveryLedger.deliveryId(alert));
        } catch (RuntimeException e) {
            LOG.warn("channel {}: ledger lookup for alert {} failed, delivering anyway: {}", config.name(),
                    alert.getId(), e.toString());
            return false;
        }
    }

    private void markDelivered(Alert alert) {
        try {
            ledger.markDelivered(config.name(), DeliveryLedger.deliveryId(alert));
        } catch (RuntimeException e) {
            LOG.error("channel {}: delivered alert {} but could not record it in the ledger; a restart may send it"
                    + " again: {}", config.name(), alert.getId(), e.toString());
        }
    }

    private void giveUp(Alert alert, int attempts, String reason, Optional<String> errorClass) {
        deadLettered.incrementAndGet();
        LOG.warn("channel {}: dead-lettering alert {}: {}", config.name(), alert.getId(), reason);
        try {
            deadLetters.accept(new FailedDelivery(config.name(), alert, reason, attempts, errorClass, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("channel {}: dead-letter sink failed for alert {} ({}); the alert is only in this log: {}",
                    config.name(), alert.getId(), reason, alert, e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            message = cause.toString();
        }
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
