package io.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.newswatch.ingest.ManualClock;
import io.newswatch.schemas.Article;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

    private static ArchiveItem item(int n) {
        return new ArchiveItem("item " + n, Article.newBuilder().setId("id" + n).setUrl("u").setCanonicalUrl("u")
                .setText("t").setPublished(T0.minus(Duration.ofDays(100 - n))).setFetched(T0).build());
    }

    @Test
    void shouldDrawABarWithRateAndEtaInPlaceOnATerminal() {
        ManualClock clock = new ManualClock(T0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReplayProgress progress = new ReplayProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, true,
                Duration.ofSeconds(10));
        for (int i = 1; i <= 100; i++) {
            clock.advance(Duration.ofMillis(100));
            progress.update(i, 100, item(i));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("\r[###############...............] 50/100 50% 10.0/s ETA 0:05"), out);
        assertTrue(out.endsWith("\r[##############################] 100/100 100% 10.0/s" + System.lineSeparator()), out);
        assertEquals(out.length() - System.lineSeparator().length(), out.indexOf(System.lineSeparator()),
                "one line, redrawn in place, ended once at the end");
    }

    @Test
    void shouldWritePlainLinesAtMostEveryPeriodAndAtTheEndOffATerminal() {
        ManualClock clock = new ManualClock(T0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReplayProgress progress = new ReplayProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, false,
                Duration.ofSeconds(10));
        for (int i = 1; i <= 100; i++) {
            clock.advance(Duration.ofMillis(500));
            progress.update(i, 100, item(i));
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");

        assertEquals(6, lines.length, "at 0.5, 10.5, 20.5, 30.5, 40.5 s and the end (50 s): " + String.join(" | ", lines));
        assertTrue(lines[1].startsWith("replay: 21/100 21% 2.0/s ETA 0:40, at "), lines[1]);
        assertTrue(lines[5].startsWith("replay: 100/100 100% 2.0/s, at "), lines[3]);
        assertTrue(!bytes.toString(StandardCharsets.UTF_8).contains("\r"), "no carriage returns in logs");
    }
}
