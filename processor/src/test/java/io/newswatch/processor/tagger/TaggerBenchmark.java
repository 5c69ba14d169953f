package io.newswatch.processor.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread tagging throughput over article text, 1,000,000 characters per operation, so
 * operations per second equal millions of characters (about megabytes: the text is nearly all
 * ASCII) per second.
 *
 * <ul>
 *   <li>{@code newsArticles}: articles of about 4 KB in which every third sentence is a labelled
 *       corpus excerpt (nearly all of which carry a troop figure or a sanctions mention) and the
 *       rest are sentences of the three seed articles (real wire copy); the seeds also appear
 *       whole. Still far denser in figures than real news.</li>
 *   <li>{@code denseFigures}: articles made only of corpus excerpts: the worst case, every
 *       sentence read in full.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TaggerBenchmark {

    static final int TOTAL_CHARS = 1_000_000;
    static final int ARTICLE_CHARS = 4_000;

    private final Tagger tagger = new NewsTagger();
    private List<String> news;
    private List<String> dense;

    @Setup
    public void setUp() {
        List<String> excerpts = new ArrayList<>();
        for (Excerpt x : Resources.excerpts("/eval/corpus.jsonl")) {
            excerpts.add(x.text());
        }
        List<String> seeds = List.of(Resources.text("/seeds/000_dc611732de9b23bb.txt"),
                Resources.text("/seeds/001_6a66de03a92d95d0.txt"), Resources.text("/seeds/002_4e60ce3ae991eb2a.txt"));
        List<String> prose = new ArrayList<>();
        for (String seed : seeds) {
            for (String line : seed.split("(?<=[.”])\\s+(?=[A-Z“])|\n+")) {
                if (!line.isBlank()) {
                    prose.add(line.strip());
                }
            }
        }
        news = articles(seeds, excerpts, prose, new Random(42));
        dense = articles(List.of(), excerpts, List.of(), new Random(42));
    }

    /** Articles of about 4 KB, TOTAL_CHARS in all: every fourth a seed, the rest excerpts mixed 1:2 with prose. */
    static List<String> articles(List<String> seeds, List<String> excerpts, List<String> prose, Random random) {
        List<String> out = new ArrayList<>();
        int total = 0;
        int seed = 0;
        while (total < TOTAL_CHARS) {
            String article;
            if (!seeds.isEmpty() && out.size() % 4 == 0) {
                article = seeds.get(seed++ % seeds.size());
            } else {
                StringBuilder b = new StringBuilder(ARTICLE_CHARS + 200);
                for (int n = 0; b.length() < ARTICLE_CHARS; n++) {
                    List<String> from = prose.isEmpty() || n % 3 == 0 ? excerpts : prose;
                    b.append(from.get(random.nextInt(from.size())));
                    b.append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
                article = b.toString();
            }
            article = article.substring(0, Math.min(article.length(), TOTAL_CHARS - total));
            out.add(article);
            total += article.length();
        }
        return out;
    }

    @Benchmark
    public void newsArticles(Blackhole bh) {
        for (String a : news) {
            bh.consume(tagger.tag(a, null));
        }
    }

    @Benchmark
    public void denseFigures(Blackhole bh) {
        for (String a : dense) {
            bh.consume(tagger.tag(a, null));
        }
    }

    /** The two article sets, for ad-hoc profiling outside JMH. */
    List<List<String>> sets() {
        setUp();
        return List.of(news, dense);
    }
}
