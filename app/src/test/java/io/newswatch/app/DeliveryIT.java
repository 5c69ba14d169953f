package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.newswatch.alerts.notify.ChannelConfig;
import io.newswatch.alerts.notify.WebhookSignature;
import io.newswatch.app.config.ChannelConfigs;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.Notifications;
import io.newswatch.app.runtime.Pipeline;
import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.ingest.replay.ArchiveItem;
import io.newswatch.ingest.replay.ArchiveReader;
import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts from the seeds delivered to webhook receivers on loopback, through the Kafka-backed
 * notifier: a receiver that fails before recovering, a restart, and a channel that is down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class DeliveryIT {

    private static final String SECRET = "s3cret";

    @TempDir
    static Path dir;

    private Cluster cluster;
    private HttpServer server;
    private final Map<String, AtomicInteger> receivedById = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();

    @BeforeAll
    void start() throws IOException {
        cluster = Cluster.open(NewswatchConfig.builder().dataDir(dir).build(), true);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String id = exchange.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_HEADER);
            boolean signed = WebhookSignature.verify(SECRET,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), body,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), Instant.now(),
                    Duration.ofMinutes(5));
            if (!signed) {
                badSignatures.incrementAndGet();
            }
            receivedById.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void shouldDeliverEveryAlertOnceThroughFailuresAndARestartWhileADownChannelDeadLetters() throws Exception {
        String hook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        List<ChannelConfig> channels = ChannelConfigs.parse(Map.ofEntries(
                Map.entry("channel.desk.type", "webhook"),
                Map.entry("channel.desk.url", hook),
                Map.entry("channel.desk.secret", SECRET),
                Map.entry("channel.desk.retry.base-delay", "PT0.05S"),
                Map.entry("channel.desk.retry.max-delay", "PT0.2S"),
                Map.entry("channel.down.type", "webhook"),
                Map.entry("channel.down.url", "http://127.0.0.1:" + closedPort() + "/hook"),
                Map.entry("channel.down.secret", SECRET),
                Map.entry("channel.down.connect-timeout", "PT1S"),
                Map.entry("channel.down.retry.max-attempts", "2"),
                Map.entry("channel.down.retry.base-delay", "PT0.05S")));
        NewswatchConfig config = NewswatchConfig.builder().dataDir(dir).topicPrefix("delivery").channels(channels).build();
        Topics topics = Topics.withPrefix(config.topicPrefix());
        cluster.createTopics(topics);
        failuresLeft.set(3);

        List<ArchiveItem> items = new ArchiveReader(Clock.systemUTC()).read(SeedPipelineIT.SEEDS);
        try (Pipeline pipeline = Pipeline.start(cluster, config, topics, new NewsTagger());
             ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
            try (Notifications notifications = Notifications.start(cluster, config, topics, channels)) {
                items.forEach(i -> publisher.send(i.article()));
                publisher.flush();
                pipeline.awaitDrained(Duration.ofSeconds(120));
                notifications.awaitIdle(Duration.ofSeconds(120));
            }
            int firstRun = receivedById.size();
            assertEquals(3, firstRun, "the seeds' three alerts reach the desk: " + receivedById.keySet());

            // a restart re-reads the alerts topic; the ledger in Kafka keeps completed deliveries from repeating
            try (Notifications restarted = Notifications.start(cluster, config, topics, channels)) {
                restarted.awaitIdle(Duration.ofSeconds(120));
            }
        }
        assertEquals(3, receivedById.size());
        receivedById.forEach((id, n) -> assertEquals(1, n.get(), "alert " + id + " received exactly once"));
        assertEquals(0, badSignatures.get(), "every body is signed with the channel's secret");
        assertTrue(failuresLeft.get() < 0, "the receiver's outage was ridden out");

        List<DeadLetter> letters = deadLetters(topics);
        assertTrue(letters.size() >= 3, "the down channel dead-letters every alert: " + letters.size());
        assertTrue(letters.stream().allMatch(l -> l.getStage().equals("notifier:down")), "only the down channel gives up");
        assertTrue(letters.get(0).getError().contains("127.0.0.1"), "the reason names the receiver: " + letters.get(0).getError());
    }

    private List<DeadLetter> deadLetters(Topics topics) {
        Map<String, Object> conf = new HashMap<>(cluster.clientProperties());
        conf.put(ConsumerConfig.GROUP_ID_CONFIG, "delivery-it-dlq");
        conf.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(conf,
                topics.deadLetters().key().deserializer(), topics.deadLetters().value().deserializer())) {
            consumer.subscribe(List.of(topics.deadLetters().name()));
            Instant until = Instant.now().plusSeconds(30);
            while (out.size() < 3 && Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, DeadLetter> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(r.value());
                }
            }
        }
        return out;
    }
}
