package io.newswatch.app.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;

/** Reads committed alerts from the alerts topic, every partition, from a starting point. */
public final class AlertReader implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AlertReader.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final List<TopicPartition> partitions;

    public AlertReader(Cluster cluster, Topic<String, Alert> topic, boolean fromBeginning) {
        Map<String, Object> conf = new HashMap<>(cluster.clientProperties());
        conf.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        conf.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(conf, topic.key().deserializer(), topic.value().deserializer());
        this.partitions = consumer.partitionsFor(topic.name()).stream()
                .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    /** Polls once and hands each alert to {@code sink}; returns how many. */
    public int poll(Duration timeout, Consumer<Alert> sink) {
        int n = 0;
        try {
            for (ConsumerRecord<String, Alert> r : consumer.poll(timeout)) {
                sink.accept(r.value());
                n++;
            }
        } catch (RecordDeserializationException e) {
            // an alert this reader cannot decode: say which, skip it, and go on with the rest
            LOG.warn("skipping undecodable alert at {}-{}@{}: {}", e.topicPartition().topic(),
                    e.topicPartition().partition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
        return n;
    }

    /** True when this reader has read everything committed so far. */
    public boolean caughtUp() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition tp : partitions) {
            if (consumer.position(tp) < ends.get(tp)) {
                return false;
            }
        }
        return true;
    }

    /** Reads until caught up twice in a row or the deadline passes; returns what it read. */
    public List<Alert> readAvailable(Duration deadline) {
        List<Alert> out = new ArrayList<>();
        long until = System.nanoTime() + deadline.toNanos();
        int stable = 0;
        while (stable < 2 && System.nanoTime() < until) {
            int n = poll(Duration.ofMillis(200), out::add);
            stable = n == 0 && caughtUp() ? stable + 1 : 0;
        }
        return out;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
