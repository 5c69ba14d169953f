package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswatch replay --dry-run} over a mixed archive: no broker, the plan on stdout. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    private String dryRun(String... extra) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] args = new String[extra.length + 2];
            args[0] = "replay";
            args[1] = "--dry-run";
            System.arraycopy(extra, 0, args, 2, extra.length);
            assertEquals(0, Newswatch.commandLine().execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldListAMixedArchiveInPublicationOrderWithinTheWindow() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "date: 2018-05-03\nsource: desk\n\nTroops: 23,500 in South Korea.");
        Files.writeString(dir.resolve("b.html"), "<html><head><title>B page</title>"
                + "<meta property=\"article:published_time\" content=\"2025-05-23T12:00:00Z\"></head>"
                + "<body><article><p>About 28,500 U.S. troops are stationed in South Korea, officials said.</p>"
                + "</article></body></html>");
        Files.writeString(dir.resolve("c.txt"), "A note about 4,500 troops that names no date at all.");
        Files.writeString(dir.resolve("c.txt.meta"), "date: 2019-02-21\n");

        List<String> all = dryRun(dir.toString()).lines().toList();
        assertEquals(4, all.size(), String.join("\n", all));
        assertTrue(all.get(0).startsWith("2018-05-03T00:00:00Z"), all.get(0));
        assertTrue(all.get(1).startsWith("2019-02-21T00:00:00Z"), all.get(1));
        assertTrue(all.get(2).startsWith("2025-05-23T12:00:00Z") && all.get(2).endsWith("B page"), all.get(2));
        assertEquals("3 articles would be sent", all.get(3));

        List<String> window = dryRun("--from", "2019-01-01", "--to", "2020-01-01", dir.toString()).lines().toList();
        assertEquals("1 articles would be sent", window.get(window.size() - 1), String.join("\n", window));
    }
}
