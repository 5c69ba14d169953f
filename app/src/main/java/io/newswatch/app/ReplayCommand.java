package io.newswatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.ingest.replay.ArchiveItem;
import io.newswatch.ingest.replay.ArchiveReader;
import io.newswatch.ingest.replay.ReplayProgress;
import io.newswatch.ingest.replay.Replayer;
import io.newswatch.ingest.replay.Speed;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newswatch replay}: sends archived articles into the articles topic in publication order; the kinds of
 * input and their ids are described by {@link ArchiveReader}, the header/sidecar format of text files by
 * {@link io.newswatch.ingest.replay.ArchiveMeta}.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay an archive into Kafka in publication order. Inputs: feed files",
                "(and the article files they link to), OPML lists of local feeds, saved",
                "HTML pages, and .txt articles dated by a header block (date: 2018-05-03,",
                "source: ..., a blank line, then the text) or a sidecar (name.txt.meta,",
                "name.meta.json). Directories are read recursively and may mix these.",
                "The same input always gives the same ids."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Feed files, OPML lists, .html pages, .txt articles, or directories of them.")
    List<Path> inputs;

    @Option(names = "--from", paramLabel = "DATE|INSTANT", description = "Only articles published at or after this.")
    String from;

    @Option(names = "--to", paramLabel = "DATE|INSTANT", description = "Only articles published before this.")
    String to;

    @Option(names = "--speed", paramLabel = "SPEED", defaultValue = "max",
            description = "max (default), or a factor of publication time: 1x, 60x, 3600x.")
    String speed;

    @Option(names = "--dry-run", description = "Print what would be sent; send nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Replayer.Options window;
        try {
            window = new Replayer.Options(instant(from), instant(to), Speed.parse(speed));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("newswatch replay: " + e.getMessage());
            return 2;
        }
        ArchiveReader reader = new ArchiveReader(Clock.systemUTC());
        java.util.Map<String, ArchiveItem> byId = new java.util.LinkedHashMap<>();
        for (Path input : inputs) {
            reader.read(input).forEach(i -> byId.putIfAbsent(i.article().getId(), i));
        }
        List<ArchiveItem> items = new ArrayList<>(byId.values());
        items.sort(java.util.Comparator.comparing((ArchiveItem i) -> i.article().getPublished())
                .thenComparing(i -> i.article().getId()));
        reader.problems().forEach(p -> System.err.println("newswatch replay: " + p));
        List<ArchiveItem> selected = Replayer.select(items, window);
        if (dryRun) {
            selected.forEach(i -> System.out.println(i.article().getPublished() + "  " + i.article().getId() + "  "
                    + i.article().getTitle()));
            System.out.println(selected.size() + " articles would be sent");
            return 0;
        }
        NewswatchConfig config = options.load();
        Topics topics = Topics.withPrefix(config.topicPrefix());
        try (Cluster cluster = Cluster.open(config, false);
             ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
            cluster.createTopics(topics);
            ReplayProgress progress = new ReplayProgress(System.err, Clock.systemUTC(), System.console() != null,
                    Duration.ofSeconds(10));
            int sent = new Replayer(Clock.systemUTC(), d -> Thread.sleep(d.toMillis())).run(selected, window,
                    publisher::send, progress);
            publisher.flush();
            publisher.failures().forEach(f -> System.err.println("newswatch replay: " + f));
            System.out.println(publisher.acknowledged() + " of " + sent + " articles written to "
                    + topics.articles().name() + " on " + cluster.bootstrapServers());
            return publisher.failures().isEmpty() ? 0 : 1;
        }
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }
}
