package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs against a real broker named by {@code -Dnewswatch.bootstrap=host:port} (for instance the
 * one {@code newswatch broker} starts); skipped without it.
 */
@EnabledIfSystemProperty(named = "newswatch.bootstrap", matches = ".+")
class KafkaDeliveryLedgerIT {

    private static Map<String, Object> client() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("newswatch.bootstrap"));
    }

    @Test
    void shouldRememberDeliveriesAcrossARestart() {
        String topic = "newswatch.test.ledger." + UUID.randomUUID();
        try (KafkaDeliveryLedger first = KafkaDeliveryLedger.open(client(), topic, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            assertEquals(0, first.size(), "a new topic holds no deliveries");
            first.markDelivered("ops-hook", "a1");
            first.markDelivered("ops-hook", "a|2");
            first.markDelivered("slack", "a1");
        }

        try (KafkaDeliveryLedger second = KafkaDeliveryLedger.open(client(), topic, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            assertEquals(3, second.size(), "all three marks are loaded");
            assertTrue(second.isDelivered("ops-hook", "a1"), "ops-hook|a1");
            assertTrue(second.isDelivered("ops-hook", "a|2"), "alert ids may contain the separator");
            assertTrue(second.isDelivered("slack", "a1"), "slack|a1");
            assertFalse(second.isDelivered("slack", "a|2"), "slack has not delivered a|2");
        }
    }

    @Test
    void shouldResumeANotifierWithoutResendingWhatItDelivered(@TempDir Path dir) throws Exception {
        String topic = "newswatch.test.ledger." + UUID.randomUUID();
        Path file = dir.resolve("alerts.jsonl");
        ChannelConfig channel = ChannelConfig.builder("file").settings(new JsonLinesSettings(file)).build();
        try (KafkaDeliveryLedger ledger = KafkaDeliveryLedger.open(client(), topic, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            Notifier first = Notifier.builder().channel(channel).ledger(ledger).build();
            List.of("a1", "a2").forEach(id -> first.submit(TestAlerts.levelShift(id)));
            assertTrue(first.close(Duration.ofSeconds(10)).drained(), "first run drains");
        }
        try (KafkaDeliveryLedger ledger = KafkaDeliveryLedger.open(client(), topic, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            Notifier second = Notifier.builder().channel(channel).ledger(ledger).build();
            List.of("a1", "a2", "a3").forEach(id -> second.submit(TestAlerts.levelShift(id)));
            assertTrue(second.close(Duration.ofSeconds(10)).drained(), "second run drains");
            assertEquals(2, second.stats("file").skipped(), "a1 and a2 are skipped after the restart");
        }
        assertEquals(3, Files.readAllLines(file).size(), "each alert is written once across both runs");
    }
}
