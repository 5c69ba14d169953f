package io.newswatch.app;

import io.newswatch.ingest.FeedReader;
import io.newswatch.ingest.feed.FeedEntry;
import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedJson;
import io.newswatch.ingest.feed.FeedLimits;
import io.newswatch.ingest.feed.ParsedFeed;
import io.newswatch.ingest.http.AddressGuard;
import io.newswatch.ingest.http.FetchConfig;
import io.newswatch.ingest.http.HttpFetcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newswatch feed FILE|URL}: parse one feed and print each entry as one JSON line. No broker needed. */
@Command(name = "feed",
        mixinStandardHelpOptions = true,
        description = {
                "Parse one feed (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) and print each entry as one JSON line:",
                "title, link (absolute or null), guid, published (ISO-8601 or null), author, summary.",
                "Exit 0 when it parsed (recovered feeds included), 2 with one line on stderr when it cannot."})
public final class FeedCommand implements Callable<Integer> {

    static final int CANNOT_PARSE = 2;

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "A feed file, or an http(s) URL to fetch.")
    String target;

    @Option(names = "--allow-private",
            description = "Let the fetcher reach private, loopback and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--allow", paramLabel = "CIDR|HOST", split = ",",
            description = "Open one network or host name to the fetcher, e.g. 10.1.0.0/16 or intranet.example.")
    String[] allow = new String[0];

    @Option(names = "--archive-root", paramLabel = "DIR",
            description = "Keep file links inside DIR (default for a FILE: the file's own directory).")
    Path archiveRoot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AddressGuard.Builder guard = AddressGuard.builder();
        if (allowPrivate) {
            guard.allowEverything();
        }
        for (String entry : allow) {
            guard.allow(entry);
        }
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.builder().guard(guard.build()).build(), Clock.systemUTC());
        FeedReader reader = new FeedReader(FeedLimits.builder().archiveRoot(archiveRoot).build(), fetcher);
        try {
            ParsedFeed feed = reader.read(target);
            for (FeedEntry entry : feed.entries()) {
                out.println(FeedJson.line(entry));
            }
            out.flush();
            return 0;
        } catch (FeedException e) {
            err.println(e.getMessage().replaceAll("\\R", " "));
            err.flush();
            return CANNOT_PARSE;
        }
    }
}
