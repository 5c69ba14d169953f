package io.newswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.AlertReader;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.Pipeline;
import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newswatch bench}: pushes synthetic articles through the whole pipeline on the broker
 * (embedded by default) and reports throughput and the time from an article entering Kafka to its
 * alert being readable. Articles are the seed texts with a generated paragraph that reports a new
 * troop level for one of several hosts, so most articles raise a level shift.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure end-to-end throughput and alert latency through the embedded broker and both Streams apps.")
final class BenchCommand implements Callable<Integer> {

    private static final String[] HOSTS = {"South Korea", "Japan", "Germany", "Poland", "Romania", "Iraq", "Syria",
            "Australia", "Lithuania", "Kuwait", "Qatar", "Bahrain"};

    @Mixin
    ConfigOptions options;

    @Option(names = "--articles", defaultValue = "2000", description = "Articles to send (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", defaultValue = "0",
            description = "Articles per second to send at (0: as fast as possible; default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = {"-v", "--verbose"}, description = "Print each app's lag while the pipeline drains.")
    boolean verbose;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Directory whose .txt seed articles give the text.")
    Path seeds;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        if (options.dataDir == null && config.embedded()) {
            config = config.toBuilder().dataDir(config.dataDir().resolve("bench")).build();
        }
        config = config.toBuilder().topicPrefix(config.topicPrefix() + "-bench-" + Long.toString(System.nanoTime(), 36)).build();
        List<String> texts = seedTexts(Launcher.resolve(seeds));
        Topics topics = Topics.withPrefix(config.topicPrefix());
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latenciesMs = new ArrayList<>();
        long bytes = 0;
        try (Cluster cluster = Cluster.open(config, config.embedded())) {
            cluster.createTopics(topics);
            try (Pipeline pipeline = Pipeline.start(cluster, config, topics, new NewsTagger());
                 AlertReader reader = new AlertReader(cluster, topics.alerts(), true);
                 ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
                Random random = new Random(42);
                long[] level = new long[HOSTS.length];
                Arrays.fill(level, 20_000);
                Instant day = Instant.parse("2020-01-01T12:00:00Z");
                long start = System.nanoTime();
                int alerts = 0;
                for (int i = 0; i < articles; i++) {
                    int h = random.nextInt(HOSTS.length);
                    level[h] = Math.max(500, level[h] + (random.nextBoolean() ? 1 : -1) * (500 + random.nextInt(4_000)));
                    String text = texts.get(i % texts.size()) + "\n\nCurrently, there are "
                            + String.format("%,d", level[h]) + " US troops stationed in " + HOSTS[h] + ".";
                    bytes += text.length();
                    Article a = article(i, text, day.plus(Duration.ofHours(6L * i)));
                    sentAt.put(a.getId(), System.nanoTime());
                    publisher.send(a);
                    if (rate > 0) {
                        long due = start + (long) ((i + 1) * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    alerts += drain(reader, sentAt, latenciesMs, Duration.ZERO);
                }
                publisher.flush();
                double sendSeconds = (System.nanoTime() - start) / 1e9;
                if (verbose) {
                    for (long[] lag = pipeline.lag(); lag[0] + lag[1] > 0; lag = pipeline.lag()) {
                        System.out.printf("  %5.1f s  processor lag %d articles, alerts lag %d mentions%n",
                                (System.nanoTime() - start) / 1e9, lag[0], lag[1]);
                        alerts += drain(reader, sentAt, latenciesMs, Duration.ofMillis(500));
                    }
                }
                pipeline.awaitDrained(Duration.ofMinutes(10));
                alerts += drain(reader, sentAt, latenciesMs, Duration.ofSeconds(2));
                double totalSeconds = (System.nanoTime() - start) / 1e9;
                report(sendSeconds, totalSeconds, bytes, alerts, latenciesMs);
            }
        }
        return 0;
    }

    private static int drain(AlertReader reader, Map<String, Long> sentAt, List<Long> latenciesMs, Duration wait) {
        int[] n = {0};
        long until = System.nanoTime() + wait.toNanos();
        do {
            reader.poll(Duration.ofMillis(wait.isZero() ? 0 : 100), a -> {
                n[0]++;
                if (a.getType() == AlertType.LEVEL_SHIFT && a.getCurrent() != null) {
                    Long sent = sentAt.get(a.getCurrent().getArticleId());
                    if (sent != null) {
                        latenciesMs.add((System.nanoTime() - sent) / 1_000_000);
                    }
                }
            });
        } while (System.nanoTime() < until);
        return n[0];
    }

    private void report(double sendSeconds, double totalSeconds, long chars, int alerts, List<Long> latenciesMs) {
        latenciesMs.sort(Long::compare);
        System.out.printf("articles        %d (%.1f MB of text)%n", articles, chars / 1e6);
        System.out.printf("alerts          %d (%d level shifts timed)%n", alerts, latenciesMs.size());
        System.out.printf("throughput      %.0f articles/s end to end (all drained after %.1f s; sending took %.1f s)%n",
                articles / totalSeconds, totalSeconds, sendSeconds);
        if (!latenciesMs.isEmpty()) {
            System.out.printf("alert latency   p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (article into Kafka -> alert readable)%n",
                    pct(latenciesMs, 0.50), pct(latenciesMs, 0.90), pct(latenciesMs, 0.99),
                    latenciesMs.get(latenciesMs.size() - 1));
        }
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static Article article(int i, String text, Instant published) {
        String url = "https://bench.newswatch.invalid/article/" + i;
        return Article.newBuilder().setId(Ids.of(url)).setUrl(url).setCanonicalUrl(url).setSource("bench")
                .setTitle("Bench article " + i).setText(text).setPublished(published).setFetched(Instant.now()).build();
    }

    private static List<String> seedTexts(Path dir) throws java.io.IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p).strip());
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt seed articles in " + dir);
        }
        return texts;
    }
}
