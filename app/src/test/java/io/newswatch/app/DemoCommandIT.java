package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswatch demo}, run in-process as a user runs it, on the embedded broker. */
@Timeout(300)
class DemoCommandIT {

    @TempDir
    Path dir;

    /** Runs {@code newswatch demo} over {@code dir}; returns what it printed, after checking it exited 0. */
    private String demo() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            exit = Newswatch.commandLine().execute("demo", "--data-dir", dir.toString(),
                    "--seeds", SeedPipelineIT.SEEDS.toString());
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.println(output);
        assertEquals(0, exit, output);
        return output;
    }

    @Test
    void shouldEndWithTheShiftFrom23500To28500EveryTimeItRuns() {
        String output = demo();
        assertShift(output);
        assertShift(demo());
    }

    private static void assertShift(String output) {
        int shift = output.lastIndexOf("US troops in South Korea: reported level 23,500 → 28,500 (+5,000)");
        assertTrue(shift > 0, "prints the shift:\n" + output);
        String rest = output.substring(shift);
        assertEquals(1, rest.split("\nAlert ", -1).length - 1, "the shift is the last alert printed:\n" + rest);
        assertTrue(rest.contains("23,500 U.S. soldiers stationed on the peninsula"), "with the earlier sentence:\n" + rest);
        assertTrue(rest.contains("Currently, there are 28,500 US troops stationed in South Korea."),
                "and the later one:\n" + rest);
        assertTrue(output.contains("reduction of approximately 4,500 under consideration"), output);
        assertTrue(output.contains("reduction of approximately 28,000 denied"), output);
    }
}
