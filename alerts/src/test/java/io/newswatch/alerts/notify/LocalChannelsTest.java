package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LocalChannelsTest {

    @TempDir
    Path dir;

    @Test
    void shouldAppendOneJsonLinePerAlertAndPrintTheReadableForm() throws Exception {
        Path file = dir.resolve("out/alerts.jsonl");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Notifier notifier = Notifier.builder()
                .channel(ChannelConfig.builder("file").settings(new JsonLinesSettings(file)).build())
                .channel(ChannelConfig.builder("console")
                        .settings(new ConsoleSettings(new PrintStream(console, true, StandardCharsets.UTF_8))).build())
                .build();
        notifier.submit(TestAlerts.levelShift("a1"));
        notifier.submit(TestAlerts.sanctionsShift("s1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "both channels drain");

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), "one line per alert: " + lines);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        JsonNode second = mapper.readTree(lines.get(1));
        assertEquals("a1", first.get("id").asText(), "first line is a1");
        assertEquals("approximately 23,500", first.get("previous").get("figure").asText(), "previous figure");
        assertEquals("EASE", second.get("current").get("action").asText(), "sanction action");
        assertTrue(second.get("previous").isNull(), "no previous mention is null, not missing");

        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("LEVEL SHIFT \u2014 US troops in South Korea"), printed);
        assertTrue(printed.contains("Change: 23,500 \u2192 28,500 (+5,000)"), printed);
        assertTrue(printed.contains("SANCTIONS SHIFT \u2014 US sanctions on North Korea"), printed);
    }

    @Test
    void shouldRetryAndDeadLetterWhenTheFileCannotBeWritten() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        List<FailedDelivery> failures = Collections.synchronizedList(new ArrayList<>());
        Notifier notifier = Notifier.builder()
                .channel(ChannelConfig.builder("file").settings(new JsonLinesSettings(blocker.resolve("alerts.jsonl")))
                        .retry(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxAttempts(2).build()).build())
                .deadLetters(failures::add)
                .build();
        notifier.submit(TestAlerts.levelShift("a1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the channel settles");

        assertEquals(1, failures.size(), "the alert is dead-lettered");
        assertEquals(1, notifier.stats("file").retried(), "one retry before giving up");
        assertTrue(failures.get(0).reason().contains("gave up after 2 attempts"), failures.get(0).reason());
    }
}
