package io.newswatch.ingest.poll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.SourceHealth;
import io.newswatch.schemas.Topic;
import io.newswatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Live polling's {@link PollSink} on Kafka: articles through the {@link ArticlePublisher}, feed state to the
 * compacted feed-state topic (read back whole at start), health records (keyed by feed) and dead letters (keyed
 * by stage). Every write waits for its acknowledgement. Thread-safe.
 */
public final class KafkaPollSink implements PollSink, AutoCloseable {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, Object> kafka;
    private final Topics topics;
    private final ArticlePublisher publisher;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaPollSink(Map<String, Object> kafka, Topics topics) {
        this.kafka = Map.copyOf(kafka);
        this.topics = topics;
        this.publisher = new ArticlePublisher(kafka, topics.articles());
        Map<String, Object> conf = new HashMap<>(kafka);
        conf.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        conf.put(ProducerConfig.ACKS_CONFIG, "all");
        conf.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswatch-ingest-state");
        this.producer = new KafkaProducer<>(conf, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public Map<String, FeedState> loadStates() {
        Topic<String, FeedState> topic = topics.feedState();
        Map<String, Object> conf = new HashMap<>(kafka);
        conf.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        conf.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        conf.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        conf.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, FeedState> states = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(conf, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), ACK_TIMEOUT)) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, ACK_TIMEOUT);
            long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("feed state in " + topic.name() + " not read within "
                            + ACK_TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        states.remove(r.key());
                    } else {
                        states.put(r.key(), topic.value().deserializer().deserialize(topic.name(), r.value()));
                    }
                }
            }
        }
        return states;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Sends and flushes under a lock, so the failures counted are this batch's own. */
    @Override
    public synchronized List<String> publish(List<Article> articles) {
        int before = publisher.failures().size();
        articles.forEach(publisher::send);
        publisher.flush();
        List<String> failures = publisher.failures();
        return List.copyOf(failures.subList(before, failures.size()));
    }

    @Override
    public void saveState(FeedState state) {
        write(topics.feedState(), state.getFeed(), state);
    }

    @Override
    public void health(SourceHealth health) {
        write(topics.health(), health.getFeed(), health);
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        write(topics.deadLetters(), letter.getStage(), letter);
    }

    private <V> void write(Topic<String, V> topic, String key, V value) {
        byte[] bytes = topic.value().serializer().serialize(topic.name(), value);
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, bytes)).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("not written to " + topic.name() + " (key " + key + "): "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("not acknowledged by " + topic.name() + " within "
                    + ACK_TIMEOUT.toSeconds() + " s (key " + key + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing to " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
        publisher.close();
    }
}
