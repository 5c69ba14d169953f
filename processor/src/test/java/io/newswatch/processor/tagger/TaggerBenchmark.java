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
 * Single-thread tagging throughput over realistic article text: the three seed articles and the
 * development corpus's excerpts joined into articles of about 4 KB, 1,000,000 characters in all.
 * One operation tags the whole set, so operations per second equal millions of characters (about
 * megabytes, the text being nearly all ASCII) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TaggerBenchmark {

    static final int TOTAL_CHARS = 1_000_000;
    static final int ARTICLE_CHARS = 4_000;

    private final Tagger tagger = new NewsTagger();
    private List<String> articles;

    @Setup
    public void setUp() {
        List<String> sentences = new ArrayList<>();
        for (Excerpt x : Resources.excerpts("/eval/corpus.jsonl")) {
            sentences.add(x.text());
        }
        List<String> seeds = List.of(Resources.text("/seeds/000_dc611732de9b23bb.txt"),
                Resources.text("/seeds/001_6a66de03a92d95d0.txt"), Resources.text("/seeds/002_4e60ce3ae991eb2a.txt"));
        articles = articles(seeds, sentences, new Random(42));
    }

    static List<String> articles(List<String> seeds, List<String> sentences, Random random) {
        List<String> out = new ArrayList<>();
        int total = 0;
        int seed = 0;
        while (total < TOTAL_CHARS) {
            String article;
            if (out.size() % 4 == 0) {
                article = seeds.get(seed++ % seeds.size());
            } else {
                StringBuilder b = new StringBuilder(ARTICLE_CHARS + 200);
                while (b.length() < ARTICLE_CHARS) {
                    b.append(sentences.get(random.nextInt(sentences.size())));
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
    public void tagOneMillionCharacters(Blackhole bh) {
        for (String a : articles) {
            bh.consume(tagger.tag(a, null));
        }
    }
}
