package io.newswatch.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newswatch.app.config.FeedConfigs;
import io.newswatch.app.config.IngestSettings;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.LiveIngest;
import io.newswatch.ingest.http.AddressGuard;
import io.newswatch.ingest.http.FetchConfig;
import io.newswatch.ingest.http.HttpFetcher;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.FeedSource;
import io.newswatch.ingest.poll.Opml;
import io.newswatch.ingest.poll.PollConfig;
import io.newswatch.ingest.poll.PollOutcome;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newswatch ingest}: polls live feeds into the articles topic until stopped, resuming from the per-feed
 * state kept in Kafka, reporting failing and quiet feeds to the health topic.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Poll live feeds into Kafka, each on its own jittered interval, with",
                "conditional GETs. Article pages are extracted, duplicates across feeds",
                "dropped; per-feed state and health are kept in Kafka, so a restart",
                "resumes without re-sending. Feeds come from feed.<name>.url settings,",
                "--feed and --opml."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--feed", paramLabel = "URL", description = "A feed to poll (repeatable).")
    List<String> feedUrls = new ArrayList<>();

    @Option(names = "--opml", paramLabel = "FILE", description = "An OPML subscription list; nested outlines with xmlUrl (repeatable).")
    List<Path> opmlFiles = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Poll interval of --feed and --opml feeds: PT5M, 30s, 5m, 2h (default: ingest.interval, 5m).")
    String interval;

    @Option(names = "--failing-after", paramLabel = "N", description = "Failed polls in a row before a feed is FAILING (default 5).")
    Integer failingAfter;

    @Option(names = "--quiet-after", paramLabel = "DURATION", description = "Time without new entries before a feed is QUIET (default 24h).")
    String quietAfter;

    @Option(names = "--allow", paramLabel = "HOST|CIDR", description = "A non-public host or network feeds may live on (repeatable).")
    List<String> allow = new ArrayList<>();

    @Option(names = "--once", description = "Poll every feed once, print the outcomes and exit (1 when any failed).")
    boolean once;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        IngestSettings settings = config.ingest();
        PollConfig poll = pollConfig(settings.poll());
        List<FeedSource> feeds = feeds(settings, poll.interval());
        Clock clock = Clock.systemUTC();
        Topics topics = Topics.withPrefix(config.topicPrefix());
        List<String> allowed = new ArrayList<>(settings.allow());
        allowed.addAll(allow);
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.builder().guard(guard(allowed)).build(), clock);
        Shutdown shutdown = once ? null : Shutdown.onSignal();
        try (Cluster cluster = Cluster.open(config, false)) {
            cluster.createTopics(topics);
            try (LiveIngest ingest = LiveIngest.open(cluster, topics, feeds, poll, fetcher, clock)) {
                if (once) {
                    return pollOnce(ingest.feedPoller(), feeds, System.out);
                }
                ingest.start();
                System.err.println("newswatch ingest: polling " + feeds.size() + " feeds into "
                        + topics.articles().name() + " on " + cluster.bootstrapServers() + "; Ctrl-C stops");
                shutdown.await();
            }
        } finally {
            if (shutdown != null) {
                shutdown.finished();
            }
        }
        return 0;
    }

    /** Polls each feed once, one line per feed; 1 when any failed. */
    static int pollOnce(FeedPoller poller, List<FeedSource> feeds, PrintStream out) {
        int failed = 0;
        for (FeedSource feed : feeds) {
            PollOutcome outcome = poller.poll(feed);
            if (outcome instanceof PollOutcome.Updated u) {
                out.printf("%s: %d new entries, %d articles sent, %d repeats%n", feed.url(), u.newEntries(), u.sent(),
                        u.repeats());
            } else if (outcome instanceof PollOutcome.NotModified) {
                out.printf("%s: not modified%n", feed.url());
            } else if (outcome instanceof PollOutcome.Failed f) {
                failed++;
                out.printf("%s: failed (%d in a row): %s%n", feed.url(), f.consecutiveFailures(), f.reason());
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private PollConfig pollConfig(PollConfig base) {
        PollConfig.Builder b = base.toBuilder();
        if (interval != null) {
            b.interval(FeedConfigs.duration(interval));
        }
        if (failingAfter != null) {
            b.failingAfter(failingAfter);
        }
        if (quietAfter != null) {
            b.quietAfter(FeedConfigs.duration(quietAfter));
        }
        return b.build();
    }

    /**
     * The configured feeds (with their configured intervals), then --feed, then the OPML lists; each URL once (the
     * first mention wins).
     */
    private List<FeedSource> feeds(IngestSettings settings, Duration defaultInterval) throws IOException {
        Map<URI, FeedSource> byUrl = new LinkedHashMap<>();
        settings.feeds().forEach(feed -> byUrl.putIfAbsent(feed.url(), feed));
        for (String url : feedUrls) {
            try {
                FeedSource feed = FeedSource.of(new URI(url.strip()), defaultInterval);
                if (!feed.isWeb()) {
                    throw new IllegalArgumentException("not an http(s) URL");
                }
                byUrl.putIfAbsent(feed.url(), feed);
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalArgumentException("--feed " + url + ": " + e.getMessage(), e);
            }
        }
        for (Path file : opmlFiles) {
            Opml opml = Opml.read(file, defaultInterval);
            opml.problems().forEach(p -> System.err.println("newswatch ingest: " + p));
            for (FeedSource feed : opml.feeds()) {
                if (feed.isWeb()) {
                    byUrl.putIfAbsent(feed.url(), feed);
                } else {
                    System.err.println("newswatch ingest: OPML " + file + ": " + feed.url() + " is not an http(s) feed; skipped");
                }
            }
        }
        if (byUrl.isEmpty()) {
            throw new IllegalArgumentException("no feeds: give --feed URL, --opml FILE or feed.<name>.url in the config");
        }
        return List.copyOf(byUrl.values());
    }

    private static AddressGuard guard(List<String> allowed) {
        if (allowed.isEmpty()) {
            return AddressGuard.strict();
        }
        AddressGuard.Builder b = AddressGuard.builder();
        allowed.forEach(b::allow);
        return b.build();
    }
}
