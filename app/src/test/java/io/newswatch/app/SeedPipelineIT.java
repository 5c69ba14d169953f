package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.AlertReader;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.Pipeline;
import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.ingest.replay.ArchiveItem;
import io.newswatch.ingest.replay.ArchiveReader;
import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.Topics;
import io.newswatch.schemas.TroopMention;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The seeds through the whole pipeline on a real embedded KRaft broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class SeedPipelineIT {

    static final Path SEEDS = Path.of("..", "seeds", "seeds.rss");

    @TempDir
    static Path dir;

    private Cluster cluster;
    private int run;

    @BeforeAll
    void startBroker() {
        cluster = Cluster.open(config("unused"), true);
    }

    @AfterAll
    void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private NewswatchConfig config(String prefix) {
        return NewswatchConfig.builder().dataDir(dir).topicPrefix(prefix).partitions(3).build();
    }

    /** Replays the seeds in {@code order} through a fresh pipeline under its own topic prefix. */
    private List<Alert> runSeeds(List<Integer> order, Topics[] topicsOut) throws Exception {
        NewswatchConfig config = config("it" + (++run));
        Topics topics = Topics.withPrefix(config.topicPrefix());
        topicsOut[0] = topics;
        cluster.createTopics(topics);
        List<ArchiveItem> items = new ArchiveReader(Clock.systemUTC()).read(SEEDS);
        assertEquals(3, items.size(), "three seed articles");
        try (Pipeline pipeline = Pipeline.start(cluster, config, topics, new NewsTagger());
             AlertReader reader = new AlertReader(cluster, topics.alerts(), true);
             ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
            for (int i : order) {
                publisher.send(items.get(i).article());
            }
            publisher.flush();
            assertEquals(List.of(), publisher.failures());
            pipeline.awaitDrained(Duration.ofSeconds(120));
            return reader.readAvailable(Duration.ofSeconds(30));
        }
    }

    private static long quantity(io.newswatch.schemas.Mention m) {
        return ((TroopMention) m.getDetail()).getQuantity();
    }

    @Test
    void shouldRaiseTheShiftFrom23500To28500WithBothSourcesAndSentences() throws Exception {
        List<Alert> alerts = runSeeds(List.of(0, 1, 2), new Topics[1]);

        List<Alert> shifts = alerts.stream().filter(a -> a.getType() == AlertType.LEVEL_SHIFT).toList();
        assertEquals(1, shifts.size(), "one level shift: " + alerts);
        Alert shift = shifts.get(0);
        assertEquals("troops|US|South Korea", shift.getSubject());
        assertEquals(23_500, quantity(shift.getPrevious()));
        assertEquals(28_500, quantity(shift.getCurrent()));
        assertEquals(5_000L, shift.getDelta());
        assertEquals(Instant.parse("2018-05-03T12:00:00Z"), shift.getPrevious().getPublished());
        assertEquals(Instant.parse("2025-05-23T12:00:00Z"), shift.getCurrent().getPublished());
        assertTrue(shift.getPrevious().getSentence().contains("23,500 U.S. soldiers stationed on the peninsula"),
                shift.getPrevious().getSentence());
        assertTrue(shift.getCurrent().getSentence().contains("there are 28,500 US troops stationed in South Korea"),
                shift.getCurrent().getSentence());
        assertTrue(shift.getPrevious().getUrl().endsWith("002_4e60ce3ae991eb2a.txt"), shift.getPrevious().getUrl());
        assertTrue(shift.getCurrent().getUrl().endsWith("001_6a66de03a92d95d0.txt"), shift.getCurrent().getUrl());

        List<Long> changes = alerts.stream().filter(a -> a.getType() == AlertType.CHANGE_REPORTED)
                .filter(a -> a.getCurrent().getDetail() instanceof TroopMention)
                .map(a -> quantity(a.getCurrent())).sorted().toList();
        assertTrue(changes.containsAll(List.of(4_500L, 28_000L)),
                "the considered 4,500 and the denied 28,000 withdrawals are reported: " + changes);
        assertTrue(!changes.contains(10_000L), "the 2004 move is history, not news: " + changes);
    }

    @Test
    void shouldRaiseTheSameAlertsInEveryArrivalOrderOfTheSeeds() throws Exception {
        List<List<Integer>> orders = List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                List.of(2, 0, 1), List.of(2, 1, 0));
        List<String> expectedShift = null;
        for (List<Integer> order : orders) {
            List<Alert> alerts = runSeeds(order, new Topics[1]);
            List<String> shift = ids(alerts, AlertType.LEVEL_SHIFT);
            assertEquals(1, shift.size(), "one level shift for arrival order " + order + ": " + alerts);
            Alert only = alerts.stream().filter(a -> a.getType() == AlertType.LEVEL_SHIFT).findFirst().orElseThrow();
            assertEquals(List.of(23_500L, 28_500L), List.of(quantity(only.getPrevious()), quantity(only.getCurrent())),
                    "23,500 → 28,500 for arrival order " + order);
            if (expectedShift == null) {
                expectedShift = shift;
            }
            assertEquals(expectedShift, shift, "same alert id for arrival order " + order);
        }
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndKeepProcessing() throws Exception {
        NewswatchConfig config = config("poison");
        Topics topics = Topics.withPrefix(config.topicPrefix());
        cluster.createTopics(topics);
        List<ArchiveItem> items = new ArchiveReader(Clock.systemUTC()).read(SEEDS);
        try (Pipeline pipeline = Pipeline.start(cluster, config, topics, new NewsTagger());
             AlertReader reader = new AlertReader(cluster, topics.alerts(), true);
             KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(cluster.clientProperties(),
                     new ByteArraySerializer(), new ByteArraySerializer());
             ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
            raw.send(new ProducerRecord<>(topics.articles().name(), 0, "poison".getBytes(StandardCharsets.UTF_8),
                    "<html>not an Avro article</html>".getBytes(StandardCharsets.UTF_8))).get();
            items.forEach(i -> publisher.send(i.article()));
            publisher.flush();
            pipeline.awaitDrained(Duration.ofSeconds(120));
            List<Alert> alerts = reader.readAvailable(Duration.ofSeconds(30));
            assertEquals(1, alerts.stream().filter(a -> a.getType() == AlertType.LEVEL_SHIFT).count(),
                    "the pipeline kept going after the poison record: " + alerts);
        }
        List<DeadLetter> letters = readAll(topics, Duration.ofSeconds(30));
        assertEquals(1, letters.size(), "one dead letter: " + letters);
        DeadLetter letter = letters.get(0);
        assertEquals("processor", letter.getStage());
        assertEquals(topics.articles().name(), letter.getTopic());
        assertEquals(0, letter.getPartition());
        assertEquals(0L, letter.getOffset());
        assertEquals("<html>not an Avro article</html>", StandardCharsets.UTF_8.decode(letter.getValue()).toString(),
                "the bad bytes are kept, nothing is lost");
        assertTrue(letter.getError().contains(topics.articles().name()), "the error names the input: " + letter.getError());
    }

    private List<DeadLetter> readAll(Topics topics, Duration deadline) {
        Map<String, Object> conf = new HashMap<>(cluster.clientProperties());
        conf.put(ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-" + run);
        conf.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        conf.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(conf,
                topics.deadLetters().key().deserializer(), topics.deadLetters().value().deserializer())) {
            consumer.subscribe(List.of(topics.deadLetters().name()));
            Instant until = Instant.now().plus(deadline);
            while (out.isEmpty() && Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, DeadLetter> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(r.value());
                }
            }
        }
        return out;
    }

    private static List<String> ids(List<Alert> alerts, AlertType type) {
        return alerts.stream().filter(a -> a.getType() == type).map(Alert::getId).sorted().toList();
    }
}
