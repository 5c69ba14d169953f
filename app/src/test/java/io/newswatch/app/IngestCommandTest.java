package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad invocations of {@code newswatch ingest} end in one line and exit 2, before any broker starts. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cmd = Newswatch.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new String[] {String.valueOf(exit), err.toString()};
    }

    @Test
    void shouldRefuseToStartWithoutFeeds() {
        String[] r = run("ingest", "--data-dir", dir.toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("no feeds"), r[1]);
    }

    @Test
    void shouldNameAFeedFlagThatIsNotAWebUrl() {
        String[] r = run("ingest", "--data-dir", dir.toString(), "--feed", "file:///etc/passwd");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--feed file:///etc/passwd"), r[1]);
    }

    @Test
    void shouldNameAnOpmlFileThatIsNotOpml() throws Exception {
        Path opml = Files.writeString(dir.resolve("list.opml"), "<rss/>");
        String[] r = run("ingest", "--data-dir", dir.toString(), "--opml", opml.toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("list.opml"), r[1]);
    }
}
