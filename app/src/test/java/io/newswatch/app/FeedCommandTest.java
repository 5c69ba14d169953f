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

class FeedCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Newswatch.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void shouldPrintOneJsonLinePerSeedEntry() {
        int exit = run("feed", Path.of("..", "seeds", "seeds.rss").toString());

        assertEquals(0, exit, err.toString());
        String[] lines = out.toString().split("\\R");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[0].startsWith("{\"title\":\"Trump orders Pentagon"), lines[0]);
        assertTrue(lines[0].contains("\"published\":\"2018-05-03T12:00:00Z\""), lines[0]);
        assertTrue(lines[0].contains("002_4e60ce3ae991eb2a.txt\""), "file link beside the feed: " + lines[0]);
    }

    @Test
    void shouldExitTwoWithOneLineNamingTheInput(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><title>Oops</title></html>");

        int exit = run("feed", html.toString());

        assertEquals(2, exit);
        assertEquals("", out.toString());
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("feed " + html + ": an HTML page"), message);
    }
}
