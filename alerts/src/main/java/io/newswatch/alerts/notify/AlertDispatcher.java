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

    private final KafkaConsumer<String, Alert> consumer;
    private final Notifier notifier;
    private boolean uncommitted;

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
        return n;
    }

    /** True when no channel has anything queued or in progress. */
    public boolean idle() {
        return notifier.stats().stream().allMatch(s -> s.queued() == 0);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
