package io.newswatch.ingest.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.newswatch.schemas.Article;
import io.newswatch.schemas.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes articles to the articles topic, keyed by article id, with the publication time as the
 * record timestamp (event time). Idempotent, so a retried send is not written twice. Send failures
 * are collected, each naming the article, rather than thrown from the producer's thread.
 */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<String, Article> producer;
    private final Topic<String, Article> topic;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    public ArticlePublisher(Map<String, Object> kafka, Topic<String, Article> topic) {
        Map<String, Object> conf = new HashMap<>(kafka);
        conf.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        conf.put(ProducerConfig.ACKS_CONFIG, "all");
        conf.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswatch-ingest");
        conf.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(conf, topic.key().serializer(), topic.value().serializer());
        this.topic = topic;
    }

    public void send(Article article) {
        long timestamp = (article.getPublished() != null ? article.getPublished() : article.getFetched()).toEpochMilli();
        producer.send(new ProducerRecord<>(topic.name(), null, timestamp, article.getId(), article), (meta, error) -> {
            if (error == null) {
                acknowledged.incrementAndGet();
            } else {
                failures.add("article " + article.getId() + " (" + article.getUrl() + ") not written to "
                        + topic.name() + ": " + error.getMessage());
            }
        });
    }

    /** Waits until every send so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
