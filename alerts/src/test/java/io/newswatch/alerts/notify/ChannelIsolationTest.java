package io.newswatch.alerts.notify;

import static io.newswatch.alerts.notify.WebhookReceiver.hang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.newswatch.schemas.Alert;

/** A broken channel must not hold up a healthy one; what the broken one gives up on is dead-lettered. */
class ChannelIsolationTest {

    private static final String SECRET = "isolation";

    private final List<FailedDelivery> deadLetters = Collections.synchronizedList(new ArrayList<>());

    private static ChannelConfig webhook(String name, String url, Duration requestTimeout, int maxAttempts) {
        return ChannelConfig.builder(name)
                .settings(WebhookSettings.builder()
                        .endpoint(HttpEndpoint.builder().url(url).connectTimeout(Duration.ofSeconds(1))
                                .requestTimeout(requestTimeout).build())
                        .secret(SECRET)
                        .build())
                .retry(RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20))
                        .maxAttempts(maxAttempts).build())
                .build();
    }

    private static int refusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void shouldDeliverToTheHealthyChannelWhileAnotherHangsAndAThirdIsRefused() throws Exception {
        Clock clock = Clock.systemUTC();
        List<Alert> alerts = IntStream.rangeClosed(1, 4).mapToObj(i -> TestAlerts.levelShift("iso-" + i)).toList();
        WebhookReceiver.Reply[] alwaysHang = IntStream.range(0, 100).mapToObj(i -> hang())
                .toArray(WebhookReceiver.Reply[]::new);
        try (WebhookReceiver good = new WebhookReceiver(SECRET, clock);
             WebhookReceiver stuck = new WebhookReceiver(SECRET, clock, alwaysHang)) {
            Notifier notifier = Notifier.builder()
                    .channel(webhook("stuck", stuck.url(), Duration.ofMillis(250), 2))
                    .channel(webhook("refused", "http://127.0.0.1:" + refusedPort() + "/hook", Duration.ofSeconds(1), 3))
                    .channel(webhook("good", good.url(), Duration.ofSeconds(5), 3))
                    .deadLetters(deadLetters::add)
                    .build();
            alerts.forEach(notifier::submit);

            Eventually.await(Duration.ofSeconds(10), () -> notifier.stats("good").delivered() == alerts.size(),
                    () -> "good channel should deliver all: " + notifier.stats());
            ChannelStats stuckWhenGoodWasDone = notifier.stats("stuck");
            Notifier.CloseReport report = notifier.close(Duration.ofSeconds(30));

            assertTrue(stuckWhenGoodWasDone.queued() > 0,
                    "the hanging channel should still be busy when the good one is done: " + stuckWhenGoodWasDone);
            assertTrue(report.drained(), "every channel settles before the close deadline: " + report);
            assertEquals(alerts.stream().collect(Collectors.toMap(Alert::getId, a -> 1)), good.receiptsByKey(),
                    "the good receiver gets every alert once");
            assertEquals(0, good.badSignatures(), "signatures verify");

            Map<String, List<FailedDelivery>> byChannel = deadLetters.stream()
                    .collect(Collectors.groupingBy(FailedDelivery::channel));
            assertEquals(alerts.size(), byChannel.get("stuck").size(), "every alert dead-lettered by stuck");
            assertEquals(alerts.size(), byChannel.get("refused").size(), "every alert dead-lettered by refused");
            assertTrue(byChannel.get("stuck").get(0).reason().contains("no response"),
                    "stuck reason names the timeout: " + byChannel.get("stuck").get(0).reason());
            FailedDelivery refused = byChannel.get("refused").get(0);
            assertTrue(refused.reason().contains("gave up after 3 attempts") && refused.errorClass().isPresent(),
                    "refused reason names attempts and the exception: " + refused);
            assertEquals("notifier:refused", refused.toDeadLetter().getStage(), "dead-letter stage");
            assertTrue(stuck.receiptsByKey().isEmpty(), "the hanging receiver answered nothing");
        }
    }
}
