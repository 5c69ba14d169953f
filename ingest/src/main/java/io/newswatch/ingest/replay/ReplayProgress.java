package io.newswatch.ingest.replay;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows how a replay goes: on a terminal a bar redrawn in place (items, percent, rate, ETA), otherwise a plain
 * line at most every {@code every} and one at the end, so logs stay readable.
 */
public final class ReplayProgress implements Replayer.Progress {

    private static final int WIDTH = 30;
    private static final Duration REDRAW = Duration.ofMillis(100);

    private final PrintStream out;
    private final Clock clock;
    private final boolean terminal;
    private final Duration every;
    private final Instant start;
    private Instant lastShown;

    /**
     * @param out      where to write (stderr, so stdout stays for results)
     * @param terminal whether {@code out} is a terminal ({@code System.console() != null})
     * @param every    how often a plain line is written when not a terminal
     */
    public ReplayProgress(PrintStream out, Clock clock, boolean terminal, Duration every) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.terminal = terminal;
        this.every = Objects.requireNonNull(every, "every");
        this.start = clock.instant();
    }

    @Override
    public void update(int sent, int total, ArchiveItem item) {
        Instant now = clock.instant();
        boolean done = sent >= total;
        if (!done && lastShown != null && Duration.between(lastShown, now).compareTo(terminal ? REDRAW : every) < 0) {
            return;
        }
        lastShown = now;
        if (terminal) {
            out.print("\r" + bar(sent, total) + " " + figures(sent, total, now) + (done ? System.lineSeparator() : ""));
        } else {
            out.println("replay: " + figures(sent, total, now) + ", at " + item.article().getPublished());
        }
        out.flush();
    }

    /** {@code [#####.....]}, filled in proportion to the items sent. */
    static String bar(int sent, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) sent * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    /** {@code 120/500 24% 35.2/s ETA 0:11}; rate and ETA once some time has passed. */
    String figures(int sent, int total, Instant now) {
        double seconds = Duration.between(start, now).toMillis() / 1000.0;
        int percent = total == 0 ? 100 : (int) ((long) sent * 100 / total);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d/%d %d%%", sent, total, percent));
        if (seconds > 0) {
            double rate = sent / seconds;
            sb.append(String.format(Locale.ROOT, " %.1f/s", rate));
            if (rate > 0 && sent < total) {
                long eta = (long) Math.ceil((total - sent) / rate);
                sb.append(String.format(Locale.ROOT, " ETA %d:%02d", eta / 60, eta % 60));
            }
        }
        return sb.toString();
    }
}
