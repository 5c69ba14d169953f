package io.newswatch.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.newswatch.schemas.streams.DeadLetterHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldStartFromTheDefaults() {
        NewswatchConfig c = ConfigLoader.load(null, Map.of(), Map.of());
        assertNull(c.bootstrapServers(), "no cluster named: the embedded broker");
        assertTrue(c.embedded());
        assertEquals(Path.of("data"), c.dataDir());
        assertEquals("newswatch", c.topicPrefix());
        assertEquals(DeadLetterHandler.Policy.LOG_AND_CONTINUE, c.badInput());
        assertEquals(100, c.alertRules().defaults().minAbsoluteShift());
        assertEquals(Duration.ofDays(7), c.alertRules().defaults().changeWindow());
    }

    @Test
    void shouldLayerFileThenEnvironmentThenFlags() throws Exception {
        Path file = dir.resolve("newswatch.properties");
        Files.writeString(file, """
                bootstrap.servers=file:9092
                topic.prefix=fromfile
                topic.partitions=6
                alerts.min.absolute.shift=250
                kafka.security.protocol=SSL
                """);
        NewswatchConfig c = ConfigLoader.load(file,
                Map.of("NEWSWATCH_TOPIC_PREFIX", "fromenv", "NEWSWATCH_TOPIC_PARTITIONS", "9", "PATH", "/usr/bin"),
                Map.of("topic.partitions", "12"));
        assertEquals("file:9092", c.bootstrapServers(), "file over defaults");
        assertEquals("fromenv", c.topicPrefix(), "environment over file");
        assertEquals(12, c.partitions(), "flags over environment");
        assertEquals(250, c.alertRules().defaults().minAbsoluteShift());
        assertEquals(Map.of("security.protocol", "SSL"), c.kafka(), "kafka.* passes through without its prefix");
    }

    @Test
    void shouldNameTheKeyAndTheFileOfABadValue() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "topic.partitions=many\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("topic.partitions") && e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownKeyRatherThanIgnoreATypo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(null, Map.of(), Map.of("topic.partitons", "3")));
        assertTrue(e.getMessage().contains("topic.partitons"), e.getMessage());
    }

    @Test
    void shouldAcceptTheBadInputPolicyInEitherSpelling() {
        assertEquals(DeadLetterHandler.Policy.FAIL,
                ConfigLoader.load(null, Map.of("NEWSWATCH_BAD_INPUT_POLICY", "fail"), Map.of()).badInput());
        assertEquals(DeadLetterHandler.Policy.LOG_AND_CONTINUE,
                ConfigLoader.load(null, Map.of(), Map.of("bad.input.policy", "log-and-continue")).badInput());
    }

    @Test
    void shouldReadRuleOverridesPerSubject() {
        NewswatchConfig c = ConfigLoader.load(null, Map.of(), Map.of(
                "alerts.min.absolute.shift", "200",
                "alerts.subject.korea.match", "troops|US|South Korea",
                "alerts.subject.korea.direction", "decreases"));
        assertEquals(200, c.alertRules().forSubject("troops|US|Japan").minAbsoluteShift());
        assertEquals(200, c.alertRules().forSubject("troops|US|South Korea").minAbsoluteShift(), "inherited");
        assertEquals("DECREASES", c.alertRules().forSubject("troops|US|South Korea").direction().name());
    }

    @Test
    void shouldReadTheDocumentedExampleConfiguration() {
        NewswatchConfig c = ConfigLoader.load(Path.of("..", "docs", "newswatch.example.properties"), Map.of(), Map.of());
        assertEquals(java.util.List.of("desk", "log", "mail", "slack", "teams"),
                c.channels().stream().map(io.newswatch.alerts.notify.ChannelConfig::name).toList());
        assertEquals(java.util.List.of("WEBHOOK", "JSONL", "EMAIL", "SLACK", "TEAMS"),
                c.channels().stream().map(ch -> ch.type().name()).toList());
        assertEquals(8, c.channels().get(0).retry().maxAttempts());
    }

    @Test
    void shouldNameTheChannelAndTheMissingSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(null, Map.of(), Map.of("channel.ops.type", "webhook", "channel.ops.url", "https://x.example/")));
        assertTrue(e.getMessage().contains("channel 'ops'") && e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void shouldLoadTheComposeServicesConfigurationFiles() {
        NewswatchConfig channels = ConfigLoader.load(Path.of("..", "config", "channels.properties"), Map.of(), Map.of());
        assertTrue(channels.channels().isEmpty(), "all examples commented out: the alerts service uses the console");
        NewswatchConfig feeds = ConfigLoader.load(Path.of("..", "config", "feeds.properties"), Map.of(), Map.of());
        assertEquals(2, feeds.ingest().feeds().size(), "the two example feeds");
    }
}
