package io.newswatch.alerts.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import io.newswatch.schemas.Delivery;
import io.newswatch.schemas.Topic;

/**
 * A {@link DeliveryLedger} kept in a compacted Kafka topic: key {@code "channel|alertId"}, value
 * a {@link Delivery} record. {@link #open} creates the topic if it is missing, reads it from
 * the beginning to its end into memory, and from then on answers {@link #isDelivered} from memory;
 * {@link #markDelivered} writes through synchronously (acks=all), so a mark survives a crash once
 * the call returns. One notifier should own a ledger topic at a time: marks written by another
 * process after {@link #open} are not seen.
 */
public final class KafkaDeliveryLedger implements DeliveryLedger {

    private final String topic;
    private final Duration timeout;
    private final Clock clock;
    private final KafkaProducer<String, Delivery> producer;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    private KafkaDeliveryLedger(String topic, Duration timeout, Clock clock, KafkaProducer<String, Delivery> producer) {
        this.topic = topic;
        this.timeout = timeout;
        this.clock = clock;
        this.producer = producer;
    }

    /**
     * Opens the ledger on {@code topic}: creates it compacted when missing, loads it, and connects a
     * producer.
     *
     * @param clientConfig Kafka client settings, at least {@code bootstrap.servers}; serializers,
     *                     group and offset settings are set here
     * @param timeout      limit for creating and loading the topic and for each write
     * @throws IllegalStateException naming the topic when it cannot be created or loaded in time
     */
    public static KafkaDeliveryLedger open(Map<String, Object> clientConfig, Topic<String, Delivery> deliveries,
                                           Duration timeout, Clock clock) {
        Durations.requirePositive(timeout, "timeout");
        String topic = deliveries.name();
        ensureTopic(clientConfig, topic, timeout);
        Set<String> loaded = load(clientConfig, deliveries, timeout);
        Map<String, Object> producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswatch-ledger-" + topic);
        KafkaDeliveryLedger ledger = new KafkaDeliveryLedger(topic, timeout, clock, new KafkaProducer<>(producerConfig,
                deliveries.key().serializer(), deliveries.value().serializer()));
        ledger.delivered.addAll(loaded);
        return ledger;
    }

    private static void ensureTopic(Map<String, Object> clientConfig, String topic, Duration timeout) {
        try (Admin admin = Admin.create(clientConfig)) {
            NewTopic compacted = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(compacted)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create ledger topic " + topic + ": " + e.getCause(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create ledger topic " + topic + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating ledger topic " + topic, e);
        }
    }

    private static Set<String> load(Map<String, Object> clientConfig, Topic<String, Delivery> deliveries,
                                    Duration timeout) {
        String topic = deliveries.name();
        Map<String, Object> consumerConfig = new HashMap<>(clientConfig);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Set<String> keys = new java.util.HashSet<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, Delivery> consumer = new KafkaConsumer<>(consumerConfig,
                deliveries.key().deserializer(), deliveries.value().deserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("ledger topic " + topic + " has no partitions");
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            while (!caughtUp(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("cannot read ledger topic " + topic + " to its end within "
                            + timeout + " (end offsets " + ends + ")");
                }
                for (ConsumerRecord<String, Delivery> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null) {
                        continue;
                    }
                    if (record.value() == null) {
                        keys.remove(record.key());
                    } else {
                        keys.add(record.key());
                    }
                }
            }
        }
        return keys;
    }

    private static boolean caughtUp(KafkaConsumer<String, Delivery> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records the delivery in memory and in the topic, waiting for the broker's acknowledgement.
     *
     * @throws IllegalStateException when the write fails or times out (the delivery stays recorded
     *                               in memory for this run)
     */
    @Override
    public void markDelivered(String channel, String alertId) {
        String key = DeliveryLedger.key(channel, alertId);
        delivered.add(key);
        try {
            Delivery delivery = Delivery.newBuilder().setChannel(channel).setAlertId(alertId)
                    .setDelivered(clock.instant()).build();
            producer.send(new ProducerRecord<>(topic, key, delivery))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot record delivery " + key + " in ledger topic " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording delivery " + key, e);
        }
    }

    @Override
    public boolean isDelivered(String channel, String alertId) {
        return delivered.contains(DeliveryLedger.key(channel, alertId));
    }

    /** Deliveries known, loaded and recorded. */
    public int size() {
        return delivered.size();
    }

    @Override
    public void close() {
        producer.close(timeout);
    }
}
