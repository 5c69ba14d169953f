package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.LiveIngest;
import io.newswatch.ingest.http.AddressGuard;
import io.newswatch.ingest.http.FetchConfig;
import io.newswatch.ingest.http.HttpFetcher;
import io.newswatch.ingest.poll.FeedSource;
import io.newswatch.ingest.poll.PollConfig;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.HealthStatus;
import io.newswatch.schemas.SourceHealth;
import io.newswatch.schemas.Topic;
import io.newswatch.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswatch ingest} against a feed server on 127.0.0.1 and a real embedded KRaft broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class IngestIT {

    static final String STORY = "South Korea's defense ministry said on Friday that no discussions have taken place "
            + "with the United States regarding a withdrawal of the %s American troops stationed there.";

    @TempDir
    static Path dir;

    private Cluster cluster;
    private HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    @BeforeAll
    void start() throws IOException {
        cluster = Cluster.open(NewswatchConfig.builder().dataDir(dir).topicPrefix("unused").build(), true);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
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

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] body = pages.get(path);
        int status = statuses.getOrDefault(path, body == null ? 404 : 200);
        if (body == null || status != 200) {
            body = ("status " + status).getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A feed at {@code path} whose entries link to article pages, one per troop figure. */
    private void feed(String path, String... figures) {
        StringBuilder items = new StringBuilder();
        for (String figure : figures) {
            String page = path + "-" + figure.replace(",", "") + ".html";
            pages.put(page, ("<html><head><title>" + figure + "</title></head><body><article><p>"
                    + String.format(STORY, figure) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
            items.append("<item><guid>").append(path).append('#').append(figure).append("</guid><link>")
                    .append(url(page)).append("</link><title>").append(figure).append(" troops</title>")
                    .append("<pubDate>Fri, 23 May 2025 09:00:00 GMT</pubDate></item>");
        }
        pages.put(path, ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback</title>"
                + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    }

    private int ingestOnce(String prefix, String... extra) {
        List<String> args = new ArrayList<>(List.of("ingest", "--once", "--bootstrap-servers",
                cluster.bootstrapServers(), "--topic-prefix", prefix, "--allow", "127.0.0.1"));
        args.addAll(List.of(extra));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            return Newswatch.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
            System.out.print(captured.toString(StandardCharsets.UTF_8));
        }
    }

    /** Every record of {@code topic} written so far (up to the end offsets at the time of the call). */
    private <V> List<V> readAll(Topic<String, V> topic) {
        Map<String, Object> conf = new HashMap<>(cluster.clientProperties());
        conf.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(conf, topic.key().deserializer(),
                topic.value().deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name())) {
                partitions.add(new TopicPartition(topic.name(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertTrue(Instant.now().isBefore(deadline), "read " + topic.name() + " within 60 s");
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    @Test
    void shouldPollIntoTheArticlesTopicAndResumeAfterARestartWithoutResending() {
        String prefix = "ingest-resume";
        Topics topics = Topics.withPrefix(prefix);
        feed("/desk.xml", "23,500", "28,500");

        assertEquals(0, ingestOnce(prefix, "--feed", url("/desk.xml")), "first run succeeds");
        List<Article> first = readAll(topics.articles());
        assertEquals(Set.of("23,500 troops", "28,500 troops"),
                first.stream().map(Article::getTitle).collect(Collectors.toSet()));
        assertTrue(first.stream().allMatch(a -> a.getText().contains("American troops stationed there")),
                "text from the article pages: " + first);

        feed("/desk.xml", "30,000", "23,500", "28,500");
        assertEquals(0, ingestOnce(prefix, "--feed", url("/desk.xml")), "second run, a new process's poller");
        List<Article> all = readAll(topics.articles());
        assertEquals(List.of("23,500 troops", "28,500 troops", "30,000 troops"),
                all.stream().map(Article::getTitle).sorted().toList(), "the new item once, the old ones not again");
        List<FeedState> states = readAll(topics.feedState());
        FeedState last = states.get(states.size() - 1);
        assertEquals(url("/desk.xml"), last.getFeed());
        assertEquals(3, last.getRecentKeys().size(), "three entries remembered");
    }

    @Test
    void shouldReportAFailingFeedOnTheHealthTopicAndItsRecovery() throws IOException {
        String prefix = "ingest-health";
        Topics topics = Topics.withPrefix(prefix);
        statuses.put("/down.xml", 503);
        feed("/up.xml", "4,500");

        Path opml = dir.resolve("desk.opml");
        java.nio.file.Files.writeString(opml, "<opml version=\"2.0\"><body><outline text=\"Korea\">"
                + "<outline text=\"down\" xmlUrl=\"" + url("/down.xml") + "\"/>"
                + "<outline text=\"up\" xmlUrl=\"" + url("/up.xml") + "\"/></outline></body></opml>");
        assertEquals(1, ingestOnce(prefix, "--failing-after", "1", "--opml", opml.toString()),
                "exit 1: a feed of the OPML list failed");
        assertEquals(1, readAll(topics.articles()).size(), "the healthy feed still delivered");
        List<SourceHealth> health = readAll(topics.health());
        assertEquals(1, health.size(), "one health event: " + health);
        assertEquals(HealthStatus.FAILING, health.get(0).getStatus());
        assertEquals(url("/down.xml"), health.get(0).getFeed());

        statuses.remove("/down.xml");
        feed("/down.xml", "28,500");
        assertEquals(0, ingestOnce(prefix, "--failing-after", "1", "--feed", url("/down.xml"), "--feed", url("/up.xml")));
        assertEquals(List.of(HealthStatus.FAILING, HealthStatus.OK),
                readAll(topics.health()).stream().map(SourceHealth::getStatus).toList(), "OK on recovery");
    }

    @Test
    void shouldKeepPollingOnTheSchedulerUntilNewItemsArrive() throws Exception {
        String prefix = "ingest-loop";
        Topics topics = Topics.withPrefix(prefix);
        cluster.createTopics(topics);
        feed("/loop.xml", "1,000");
        Clock clock = Clock.systemUTC();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.builder()
                .guard(AddressGuard.builder().allow("127.0.0.1").build()).build(), clock);
        FeedSource source = new FeedSource("loop", java.net.URI.create(url("/loop.xml")), Duration.ofMillis(200));
        try (LiveIngest ingest = LiveIngest.open(cluster, topics, List.of(source), PollConfig.defaults(), fetcher, clock)
                .start()) {
            awaitArticles(topics, 1);
            feed("/loop.xml", "2,000", "1,000");
            awaitArticles(topics, 2);
            assertTrue(ingest.polls() >= 2, "polled again by itself: " + ingest.polls());
        }
    }

    private void awaitArticles(Topics topics, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        List<Article> articles = readAll(topics.articles());
        while (articles.size() < count) {
            assertTrue(Instant.now().isBefore(deadline), "expected " + count + " articles within 60 s: " + articles);
            Thread.onSpinWait();
            articles = readAll(topics.articles());
        }
        assertEquals(count, articles.size(), "no article twice: " + articles);
    }
}
