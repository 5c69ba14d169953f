package io.newswatch.ingest.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.newswatch.schemas.Article;

/**
 * Sends archived articles in the order given (publication order, as {@link ArchiveReader} reads
 * them), paced by publication time. Each article goes to
 * the sink with its publication time as the record timestamp (event time), so the same archive
 * always gives the same records with the same ids.
 */
public final class Replayer {

    /** Receives each article to send. */
    @FunctionalInterface
    public interface Sink {
        void send(Article article);
    }

    /** Waits; the real one sleeps, tests pass one that advances a clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** A replay's window and pace; {@code from}/{@code to} may be null for open ends. */
    public record Options(Instant from, Instant to, Speed speed) {
        public Options {
            Objects.requireNonNull(speed, "speed");
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
        }

        public static Options all() {
            return new Options(null, null, Speed.MAX);
        }

        boolean includes(Instant published) {
            return (from == null || !published.isBefore(from)) && (to == null || published.isBefore(to));
        }
    }

    /** Progress after each item: sent so far, total to send, the item. */
    @FunctionalInterface
    public interface Progress {
        void update(int sent, int total, ArchiveItem item);
    }

    private final Clock clock;
    private final Sleeper sleeper;

    public Replayer(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The items {@code options} selects, in publication order. */
    public static List<ArchiveItem> select(List<ArchiveItem> items, Options options) {
        return items.stream().filter(i -> options.includes(i.article().getPublished())).toList();
    }

    /**
     * Sends the selected items to {@code sink}, pacing by publication time.
     *
     * @return how many were sent
     */
    public int run(List<ArchiveItem> items, Options options, Sink sink, Progress progress)
            throws InterruptedException {
        List<ArchiveItem> selected = select(items, options);
        Instant wallStart = clock.instant();
        Instant firstPublished = selected.isEmpty() ? null : selected.get(0).article().getPublished();
        int sent = 0;
        for (ArchiveItem item : selected) {
            Duration due = options.speed().wallTime(Duration.between(firstPublished, item.article().getPublished()));
            Duration wait = Duration.between(clock.instant(), wallStart.plus(due));
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
            sink.send(item.article());
            progress.update(++sent, selected.size(), item);
        }
        return sent;
    }

    /** A progress listener that ignores updates. */
    public static Progress quiet() {
        return (sent, total, item) -> { };
    }
}
