package io.newswatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.AlertReader;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.Dashboard;
import io.newswatch.app.runtime.Notifications;
import io.newswatch.app.runtime.Pipeline;
import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.ingest.replay.ArchiveItem;
import io.newswatch.ingest.replay.ArchiveReader;
import io.newswatch.ingest.replay.Replayer;
import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newswatch demo}: the main job. Starts the embedded broker, creates the topics, replays
 * the seed articles through ingest, the processor and the alerts app, prints each alert, and exits
 * when everything is drained.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Replay the seed articles through an embedded broker, the processor and the alerts app; print the alerts.")
final class DemoCommand implements Callable<Integer> {

    /** How the replay orders articles on arrival. */
    enum ArrivalOrder { PUBLICATION, SHUFFLE }

    @Mixin
    ConfigOptions options;

    @Option(names = "--seeds", paramLabel = "PATH", defaultValue = "seeds/seeds.rss",
            description = "Replay feed or directory (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--arrival-order", paramLabel = "ORDER", defaultValue = "publication",
            description = "publication (default) or shuffle: the order articles reach Kafka; alerts must not depend on it.")
    ArrivalOrder arrivalOrder;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed for --arrival-order shuffle.")
    long seed;

    @Option(names = "--follow", description = "Keep running after the seeds are drained, printing new alerts, until Ctrl-C.")
    boolean follow;

    @Option(names = "--dashboard", paramLabel = "HOST:PORT", arity = "0..1", fallbackValue = "127.0.0.1:8080",
            description = "Serve the live dashboard while the demo runs (with --follow, until Ctrl-C); default address ${FALLBACK-VALUE}.")
    String dashboard;

    @Option(names = "--keep-data", description = "Keep the demo's broker data from an earlier run instead of starting empty.")
    boolean keepData;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        Path seeds = Launcher.resolve(this.seeds);
        if (options.dataDir == null && !config.dataDir().isAbsolute() && config.embedded()) {
            config = config.toBuilder().dataDir(config.dataDir().resolve("demo")).build();
        }
        Topics topics = Topics.withPrefix(config.topicPrefix());
        ArchiveReader reader = new ArchiveReader(Clock.systemUTC());
        List<ArchiveItem> items = new ArrayList<>(reader.read(seeds));
        reader.problems().forEach(p -> System.err.println("newswatch demo: " + p));
        if (items.isEmpty()) {
            System.err.println("newswatch demo: nothing to replay in " + seeds);
            return 2;
        }
        if (arrivalOrder == ArrivalOrder.SHUFFLE) {
            Collections.shuffle(items, new Random(seed));
        }

        long started = System.nanoTime();
        Shutdown shutdown = Shutdown.onSignal();
        try (Cluster cluster = Cluster.open(config, !keepData && config.embedded())) {
            System.out.println("Kafka: " + (cluster.isEmbedded() ? "embedded KRaft broker at " : "cluster at ")
                    + cluster.bootstrapServers());
            cluster.createTopics(topics);
            try (Pipeline pipeline = Pipeline.start(cluster, config, topics, new NewsTagger());
                 Notifications notifications = config.channels().isEmpty() ? null
                         : Notifications.start(cluster, config, topics, config.channels());
                 Dashboard board = dashboard == null ? null
                         : Dashboard.start(Addresses.parse(dashboard), cluster, config, topics, pipeline.alerts());
                 AlertReader alerts = new AlertReader(cluster, topics.alerts(), true);
                 ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
                if (board != null) {
                    System.out.println("Dashboard: http://" + Addresses.show(board.address()) + "/");
                }
                System.out.println("Replaying " + items.size() + " articles from " + seeds + " ("
                        + arrivalOrder.name().toLowerCase() + " order):");
                new Replayer(Clock.systemUTC(), d -> Thread.sleep(d.toMillis())).run(items, Replayer.Options.all(),
                        publisher::send, (sent, total, item) -> System.out.println("  " + item.article().getPublished()
                                .toString().substring(0, 10) + "  " + item.article().getTitle()));
                publisher.flush();
                publisher.failures().forEach(f -> System.err.println("newswatch demo: " + f));
                System.out.println();

                pipeline.awaitDrained(Duration.ofSeconds(120));
                List<Alert> received = alerts.readAvailable(Duration.ofSeconds(30));
                received.sort(Comparator.comparing(DemoCommand::eventTime)
                        .thenComparing(a -> a.getCurrent() == null ? 0 : a.getCurrent().getStart()));
                System.out.println(received.size() + " alerts, in publication order:");
                System.out.println();
                received.forEach(a -> System.out.println(AlertText.render(a)));
                if (notifications != null) {
                    notifications.awaitIdle(Duration.ofSeconds(120));
                    notifications.stats().forEach(st -> System.out.println("Delivered to " + st));
                }
                System.out.printf("Drained in %.1f s.%n", (System.nanoTime() - started) / 1e9);
                if (follow) {
                    System.out.println("Following new alerts; Ctrl-C stops.");
                    while (!shutdown.requested()) {
                        alerts.poll(Duration.ofMillis(500), a -> System.out.println(AlertText.render(a)));
                    }
                }
            }
        } finally {
            shutdown.finished();
        }
        return 0;
    }

    private static java.time.Instant eventTime(Alert a) {
        return a.getCurrent() != null ? a.getCurrent().getPublished() : a.getCreated();
    }
}
