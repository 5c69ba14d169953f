package io.newswatch.app.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class EmbeddedKafkaIT {

    @TempDir
    Path dir;

    @Test
    void shouldKeepRecordsAcrossARestartOverTheSameDataDirectory() throws Exception {
        Path data = dir.resolve("kafka");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, false, Duration.ofSeconds(60))) {
            assertTrue(kafka.bootstrapServers().startsWith("127.0.0.1:"), "binds loopback: " + kafka.bootstrapServers());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            produce(kafka.bootstrapServers(), "kept", "before-restart");
        }
        assertTrue(Files.exists(data.resolve("metadata")), "metadata directory survives close");

        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, false, Duration.ofSeconds(60))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                assertTrue(admin.listTopics().names().get().contains("kept"), "topic survives restart");
            }
            assertEquals(List.of("before-restart"), consumeAll(kafka.bootstrapServers(), "kept", 1));
        }
    }

    @Test
    void shouldStartEmptyWhenFresh() throws Exception {
        Path data = dir.resolve("fresh");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, false, Duration.ofSeconds(60));
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("wiped", 1, (short) 1))).all().get();
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, true, Duration.ofSeconds(60));
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Set<String> names = admin.listTopics().names().get();
            assertTrue(!names.contains("wiped"), "--fresh wipes topics, found " + names);
        }
    }

    private static void produce(String bootstrap, String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
