package io.newswatch.ingest.bench;

import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.feed.ParsedFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FeedParser cost on a large well-formed feed, the same feed truncated (lenient path), and the refusal of
 * 100k-deep nesting and billion laughs. Run by hand:
 * {@code mvn -q -o -pl ingest -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp -Dmdep.includeScope=test}
 * then {@code java -cp ingest/target/test-classes:ingest/target/classes:$(cat /tmp/cp) org.openjdk.jmh.Main FeedParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FeedParserBenchmark {

    private static final URI LOCATION = URI.create("https://bench.example/feed.xml");

    private final FeedParser parser = new FeedParser();
    private byte[] items5000;
    private byte[] truncated;
    private byte[] deep;
    private byte[] laughs;

    @Setup
    public void setUp() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><link>https://bench.example/</link>");
        for (int i = 0; i < 5000; i++) {
            feed.append("<item><title>Item ").append(i).append(" &amp; more</title><link>/a/").append(i)
                    .append("</link><guid>g").append(i).append("</guid><pubDate>Fri, 23 May 2025 12:00:00 GMT</pubDate>")
                    .append("<description>&lt;p&gt;Troops and &lt;b&gt;sanctions&lt;/b&gt; ").append("x".repeat(600))
                    .append("&lt;/p&gt;</description></item>");
        }
        items5000 = feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        truncated = Arrays.copyOf(items5000, items5000.length - 100);
        deep = ("<rss version=\"2.0\"><channel><item><description>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        StringBuilder bomb = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs = bomb.append("]><rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>").toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ParsedFeed wellFormed5000Items() throws FeedException {
        return parser.parse(items5000, LOCATION, null);
    }

    @Benchmark
    public ParsedFeed truncated5000ItemsLenient() throws FeedException {
        return parser.parse(truncated, LOCATION, null);
    }

    @Benchmark
    public String refuse100kDeepNesting() {
        return refusal(deep);
    }

    @Benchmark
    public String refuseBillionLaughs() {
        return refusal(laughs);
    }

    private String refusal(byte[] body) {
        try {
            parser.parse(body, LOCATION, null);
            throw new IllegalStateException("hostile input was accepted");
        } catch (FeedException e) {
            return e.reason();
        }
    }
}
