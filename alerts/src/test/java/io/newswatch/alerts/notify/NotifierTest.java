package io.newswatch.alerts.notify;

import static io.newswatch.alerts.notify.WebhookReceiver.hang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newswatch.schemas.Alert;

class NotifierTest {

    @TempDir
    Path dir;

    private final List<FailedDelivery> failures = Collections.synchronizedList(new ArrayList<>());

    private ChannelConfig file(String name) {
        return ChannelConfig.builder(name).settings(new JsonLinesSettings(dir.resolve(name + ".jsonl"))).build();
    }

    @Test
    void shouldRefuseTwoChannelsWithOneName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Notifier.builder().channel(file("same")).channel(file("same")).build());
        assertTrue(e.getMessage().contains("'same'"), "the error names the channel: " + e.getMessage());
    }

    @Test
    void shouldRefuseANotifierWithoutChannels() {
        assertThrows(IllegalArgumentException.class, () -> Notifier.builder().build(), "no channels");
    }

    @Test
    void shouldRefuseAlertsAfterClose() {
        Notifier notifier = Notifier.builder().channel(file("f")).build();
        notifier.close();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> notifier.submit(TestAlerts.levelShift("late")));
        assertTrue(e.getMessage().contains("late"), "the error names the alert: " + e.getMessage());
    }

    @Test
    void shouldDeadLetterOverflowAndReportWhatTheCloseDeadlineLeftUndelivered() throws Exception {
        try (WebhookReceiver stuck = new WebhookReceiver("k", Clock.systemUTC(), hang(), hang(), hang())) {
            Notifier notifier = Notifier.builder()
                    .channel(ChannelConfig.builder("stuck")
                            .settings(WebhookSettings.builder().secret("k").endpoint(HttpEndpoint.builder()
                                    .url(stuck.url()).requestTimeout(Duration.ofSeconds(30)).build()).build())
                            .queueCapacity(2)
                            .build())
                    .deadLetters(failures::add)
                    .build();
            List.of("q1", "q2", "q3", "q4").forEach(id -> notifier.submit(TestAlerts.levelShift(id)));

            assertEquals(List.of("q3", "q4"), failures.stream().map(f -> f.alert().getId()).toList(),
                    "alerts beyond the capacity are dead-lettered");
            assertTrue(failures.get(0).reason().startsWith("queue full"), failures.get(0).reason());
            assertEquals(0, failures.get(0).attempts(), "never attempted");
            Eventually.await(Duration.ofSeconds(10), () -> stuck.requests() == 1, () -> "q1 should be in flight");

            Notifier.CloseReport report = notifier.close(Duration.ofMillis(100));

            assertFalse(report.drained(), "the hanging channel cannot drain");
            assertEquals(List.of("q1", "q2"), report.undelivered().get("stuck").stream().map(Alert::getId).toList(),
                    "the in-flight and the queued alert are reported, in order");
            assertEquals(0, notifier.stats("stuck").delivered(), "nothing delivered");
        }
    }

    @Test
    void shouldCountPerChannelInConfigurationOrder() {
        Notifier notifier = Notifier.builder().channel(file("b")).channel(file("a")).build();
        notifier.submit(TestAlerts.levelShift("x"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "drained");

        assertEquals(List.of("b", "a"), notifier.stats().stream().map(ChannelStats::channel).toList(), "order");
        assertEquals("b (jsonl): delivered 1, retried 0, dead-lettered 0, skipped 0, queued 0",
                notifier.stats("b").toString(), "the CLI line for a channel");
    }

    @Test
    void shouldDeadLetterAndCarryOnWhenTheWorkerItselfFails() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver("k", Clock.systemUTC(), WebhookReceiver.status(500))) {
            Notifier notifier = Notifier.builder()
                    .channel(ChannelConfig.builder("hook").settings(WebhookSettings.builder().secret("k")
                            .url(receiver.url()).build()).build())
                    .random(() -> {
                        throw new IllegalStateException("no entropy");
                    })
                    .deadLetters(failures::add)
                    .build();
            notifier.submit(TestAlerts.levelShift("broken"));
            notifier.submit(TestAlerts.levelShift("next"));
            assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the channel keeps going");

            assertEquals(1, failures.size(), "the alert whose backoff failed is dead-lettered");
            assertTrue(failures.get(0).reason().contains("internal error") && failures.get(0).reason()
                    .contains("no entropy"), failures.get(0).reason());
            assertEquals(java.util.Map.of("next", 1), receiver.receiptsByKey(), "the next alert is delivered");
        }
    }
}
