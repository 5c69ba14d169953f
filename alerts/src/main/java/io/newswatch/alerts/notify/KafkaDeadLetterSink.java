package io.newswatch.alerts.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes alerts a channel gave up on to the dead-letter topic, with the channel and the reason. */
public final class KafkaDeadLetterSink implements DeadLetterSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaDeadLetterSink.class);

    private final KafkaProducer<String, DeadLetter> producer;
    private final Topic<String, DeadLetter> topic;

    public KafkaDeadLetterSink(Map<String, Object> client, Topic<String, DeadLetter> topic) {
        Map<String, Object> conf = new HashMap<>(client);
        conf.put(ProducerConfig.ACKS_CONFIG, "all");
        conf.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        conf.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswatch-notifier-dead-letters");
        this.producer = new KafkaProducer<>(conf, topic.key().serializer(), topic.value().serializer());
        this.topic = topic;
    }

    @Override
    public void accept(FailedDelivery failure) {
        DeadLetter letter = failure.toDeadLetter();
        LOG.warn("{}: gave up on alert {} after {} attempts: {}", letter.getStage(), failure.alert().getId(),
                failure.attempts(), failure.reason());
        try {
            producer.send(new ProducerRecord<>(topic.name(), letter.getStage(), letter)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("{}: interrupted writing the dead letter for alert {} to {}", letter.getStage(),
                    failure.alert().getId(), topic.name());
        } catch (Exception e) {
            LOG.error("{}: cannot write the dead letter for alert {} to {}: {}", letter.getStage(),
                    failure.alert().getId(), topic.name(), e.getMessage());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
