package io.newswatch.alerts.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Feeds committed alerts from the alerts topic to a {@link Notifier}. Offsets are committed only
 * when every channel has finished everything submitted so far (delivered or dead-lettered), so a
 * crash re-reads what was in flight and the {@link DeliveryLedger} skips what was already delivered:
 * nothing is lost and no receiver gets a completed delivery twice.
 */
public final class AlertDispatcher implements AutoCloseable {

    /** Alerts queued on a channel beyond which the dispatcher stops reading until it catches up. */
    static final int BACKLOG = 1_000;

    private final KafkaConsumer<String, Alert> consumer;
    private final Notifier notifier;
    private boolean uncommitted;
    private volatile boolean caughtUp;

    /**
     * @param client  Kafka client settings (at least bootstrap.servers)
     * @param groupId the dispatcher's consumer group: one per notifier configuration
     */
    public AlertDispatcher(Map<String, Object> client, String groupId, Topic<String, Alert> alerts, Notifier notifier) {
        Map<String, Object> conf = new HashMap<>(client);
        conf.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        conf.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        conf.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        conf.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(conf, alerts.key().deserializer(), alerts.value().deserializer());
        this.notifier = notifier;
        consumer.subscribe(List.of(alerts.name()));
    }

    /** Polls once, submits what arrived, and commits when the notifier is idle. Returns alerts submitted. */
    public int pollOnce(Duration timeout) {
        int n = 0;
        for (ConsumerRecord<String, Alert> record : consumer.poll(timeout)) {
            if (record.value() != null) {
                notifier.submit(record.value());
                n++;
            }
            uncommitted = true;
        }
        if (uncommitted && idle()) {
            consumer.commitSync();
            uncommitted = false;
        }
        caughtUp = readToEnd();
        pauseWhileBacklogged();
        return n;
    }

    /** True when, at its last poll, the dispatcher held partitions and had read each to its committed end. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** True when no channel has anything queued or in progress. */
    public boolean idle() {
        return notifier.stats().stream().allMatch(s -> s.queued() == 0);
    }

    private boolean readToEnd() {
        java.util.Set<org.apache.kafka.common.TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return false;
        }
        Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(assigned);
        for (org.apache.kafka.common.TopicPartition tp : assigned) {
            if (consumer.position(tp) < ends.get(tp)) {
                return false;
            }
        }
        return true;
    }

    /** Stops fetching while a channel is far behind, so its queue never overflows into dead letters. */
    private void pauseWhileBacklogged() {
        boolean backlogged = notifier.stats().stream().anyMatch(s -> s.queued() >= BACKLOG);
        if (backlogged) {
            consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
    }

    /** Makes a blocked {@link #pollOnce} return at once with a WakeupException; safe from any thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
