package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code tag} and {@code eval} commands, run in-process on real files. */
class TagCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newswatch.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void shouldPrintOneJsonObjectPerTagForPlainText() throws Exception {
        String text = "Currently, there are 28,500 US troops stationed in South Korea. "
                + "The EU agreed to lift some sanctions on Venezuela after the vote.";
        Path file = Files.writeString(dir.resolve("article.txt"), text, StandardCharsets.UTF_8);
        Run run = run("tag", file.toString());
        assertEquals(0, run.status(), "exit status; stderr: " + run.err());
        assertEquals(2, run.lines().size(), "one line per tag: " + run.out());
        JsonNode troops = JSON.readTree(run.lines().get(0));
        assertEquals("troops", troops.get("type").asText());
        assertEquals(28500, troops.get("quantity").asLong());
        assertEquals("level", troops.get("kind").asText());
        assertEquals("exact", troops.get("qualifier").asText());
        assertEquals("US", troops.get("force").asText());
        assertEquals("South Korea", troops.get("location").asText());
        assertEquals("reported", troops.get("stance").asText());
        assertTrue(troops.get("eventYear").isNull(), "eventYear is null when the text dates nothing");
        assertEquals(troops.get("sentence").asText(),
                text.substring(troops.get("start").asInt(), troops.get("end").asInt()), "offsets into the input");
        JsonNode sanctions = JSON.readTree(run.lines().get(1));
        assertEquals("sanctions", sanctions.get("type").asText());
        assertEquals("lift", sanctions.get("action").asText());
        assertEquals("Venezuela", sanctions.get("target").asText());
        assertEquals("EU", sanctions.get("issuer").asText());
        assertEquals(false, sanctions.get("negated").asBoolean());
    }

    @Test
    void shouldAnswerEveryJsonLineExactlyOnceEvenWhenALineIsBad() throws Exception {
        Path file = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"NATO has more than 4,000 troops in Poland.\", \"published\": \"2024-01-02\"}",
                "{\"id\": 7, \"text\": \"Nothing to see here.\"}",
                "{not json",
                "{\"id\": \"d\", \"text\": \"x\", \"published\": \"yesterday\"}"), StandardCharsets.UTF_8);
        Run run = run("tag", "--jsonl", file.toString());
        List<String> lines = run.lines();
        assertEquals(4, lines.size(), "one answer per input line: " + run.out());
        assertEquals("a", JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals(4000, JSON.readTree(lines.get(0)).get("tags").get(0).get("quantity").asLong());
        assertEquals(7, JSON.readTree(lines.get(1)).get("id").asInt(), "a numeric id is echoed as a number");
        assertEquals(0, JSON.readTree(lines.get(1)).get("tags").size());
        assertTrue(JSON.readTree(lines.get(2)).has("error"), "a bad line is answered with an error");
        assertTrue(run.err().contains("in.jsonl:3"), "the error names the file and line: " + run.err());
        assertTrue(run.err().contains("in.jsonl:4"), "a bad date is reported: " + run.err());
        assertEquals(1, run.status(), "bad input makes the exit status non-zero");
    }

    @Test
    void shouldNameAMissingFile() {
        Run run = run("tag", dir.resolve("missing.txt").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("missing.txt"), "the error names the input: " + run.err());
    }

    @Test
    void shouldScoreALabelledFile() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"id\": \"1\", \"text\": \"Some 54,000 American service members are based in Japan.\", \"troops\": "
                        + "[{\"quantity\": 54000, \"kind\": \"level\", \"qualifier\": \"approximate\", \"force\": \"US\", "
                        + "\"location\": \"Japan\", \"stance\": \"reported\"}], \"sanctions\": []}",
                "{\"id\": \"2\", \"text\": \"Twelve soldiers were killed near Kabul.\", \"troops\": "
                        + "[{\"quantity\": 12, \"kind\": \"level\", \"qualifier\": \"exact\", \"force\": null, "
                        + "\"location\": \"Afghanistan\", \"stance\": \"reported\"}], \"sanctions\": []}"),
                StandardCharsets.UTF_8);
        Run run = run("eval", "-v", file.toString());
        assertEquals(0, run.status(), "stderr: " + run.err());
        assertTrue(run.out().contains("troops     precision 1.000  recall 0.500"), run.out());
        assertTrue(run.out().contains("2 MISSED troops"), "-v lists the miss: " + run.out());
    }
}
