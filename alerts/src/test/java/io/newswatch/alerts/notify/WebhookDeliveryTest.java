package io.newswatch.alerts.notify;

import static io.newswatch.alerts.notify.WebhookReceiver.hang;
import static io.newswatch.alerts.notify.WebhookReceiver.loseResponse;
import static io.newswatch.alerts.notify.WebhookReceiver.retryAfter;
import static io.newswatch.alerts.notify.WebhookReceiver.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newswatch.schemas.Alert;

class WebhookDeliveryTest {

    private static final String SECRET = "s3cret-for-tests";

    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T15:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<FailedDelivery> deadLetters = Collections.synchronizedList(new ArrayList<>());
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private WebhookReceiver receiver(WebhookReceiver.Reply... replies) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(SECRET, clock, replies);
        closeables.add(receiver);
        return receiver;
    }

    private static ChannelConfig webhook(String name, String url, RetryPolicy retry) {
        return ChannelConfig.builder(name)
                .settings(WebhookSettings.builder()
                        .endpoint(HttpEndpoint.builder().url(url)
                                .connectTimeout(Duration.ofSeconds(2))
                                .requestTimeout(Duration.ofMillis(300))
                                .build())
                        .secret(SECRET)
                        .build())
                .retry(retry)
                .build();
    }

    private static RetryPolicy fastRetry(int maxAttempts) {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofSeconds(1))
                .maxAttempts(maxAttempts).jitter(0.5).build();
    }

    private Notifier notifier(DeliveryLedger ledger, ChannelConfig... channels) {
        return Notifier.builder()
                .channels(List.of(channels))
                .ledger(ledger)
                .deadLetters(deadLetters::add)
                .clock(clock)
                .sleeper(sleeper)
                .random(() -> 0.0)
                .build();
    }

    private static List<Alert> alerts(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> TestAlerts.levelShift("alert-" + i)).toList();
    }

    private static Map<String, Integer> oncePerAlert(List<Alert> alerts) {
        return alerts.stream().collect(Collectors.toMap(Alert::getId, a -> 1, (a, b) -> a, TreeMap::new));
    }

    @Test
    void shouldDeliverEveryAlertExactlyOnceWhenTheReceiverFailsThenRecovers() throws Exception {
        WebhookReceiver receiver = receiver(status(500), status(502), status(503));
        List<Alert> alerts = alerts(5);
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(10)));
        alerts.forEach(notifier::submit);

        Notifier.CloseReport report = notifier.close(Duration.ofSeconds(20));

        assertTrue(report.drained(), "every alert should be delivered before close returns: " + report);
        assertEquals(oncePerAlert(alerts), receiver.receiptsByKey(),
                "each alert id should be received exactly once as Idempotency-Key");
        assertEquals(0, receiver.badSignatures(), "every signature should verify with the channel secret");
        assertEquals(8, receiver.requests(), "3 failed requests plus 5 successful ones");
        ChannelStats stats = notifier.stats("hook");
        assertEquals(5, stats.delivered(), "delivered count");
        assertEquals(3, stats.retried(), "retried count");
        assertEquals(0, stats.deadLettered(), "dead-lettered count");
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40)), sleeper.waits(),
                "backoff should double from the base delay (jitter drawn as 0)");
        assertTrue(deadLetters.isEmpty(), "nothing should be dead-lettered: " + deadLetters);
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource(delimiter = ';', value = {"120; 120", "Fri, 20 Nov 2026 15:01:30 GMT; 90"})
    void shouldHonourRetryAfter(String header, long seconds) throws Exception {
        WebhookReceiver receiver = receiver(retryAfter(header));
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(5)));
        notifier.submit(TestAlerts.levelShift("a1"));

        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the alert should be delivered after the 429");

        assertEquals(List.of(Duration.ofSeconds(seconds)), sleeper.waits(),
                "the wait should be what Retry-After asks for, from the clock's now " + clock.instant());
        assertEquals(Map.of("a1", 1), receiver.receiptsByKey(), "one receipt for a1");
    }

    @Test
    void shouldRetryWhenTheReceiverHangsPastTheRequestTimeout() throws Exception {
        WebhookReceiver receiver = receiver(hang(), hang());
        List<Alert> alerts = alerts(3);
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(5)));
        alerts.forEach(notifier::submit);

        assertTrue(notifier.close(Duration.ofSeconds(20)).drained(), "all alerts should be delivered");

        assertEquals(oncePerAlert(alerts), receiver.receiptsByKey(), "exactly one successful receipt per alert");
        assertEquals(2, notifier.stats("hook").retried(), "one retry per hung request");
        assertEquals(5, receiver.requests(), "2 hung requests plus 3 answered ones");
    }

    @Test
    void shouldResendWithTheSameIdempotencyKeyWhenAResponseIsLost() throws Exception {
        WebhookReceiver receiver = receiver(loseResponse());
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(5)));
        notifier.submit(TestAlerts.levelShift("a1"));

        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the alert should be delivered");

        assertEquals(Map.of("a1", 2), receiver.requestsByKey(), "the retry carries the same Idempotency-Key");
        List<WebhookReceiver.Receipt> receipts = receiver.receipts();
        assertEquals(2, receipts.size(), "the receiver took the request twice");
        assertEquals(receipts.get(0).body(), receipts.get(1).body(), "the retry sends the same body");
        assertTrue(receipts.stream().allMatch(WebhookReceiver.Receipt::signatureValid), "both are signed");
        assertEquals(1, notifier.stats("hook").delivered(), "the notifier counts one delivery");
    }

    @Test
    void shouldSendTheDocumentedJsonSignedWithTheChannelSecret() throws Exception {
        WebhookReceiver receiver = receiver();
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(3)));
        notifier.submit(TestAlerts.levelShift("a1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the alert should be delivered");

        WebhookReceiver.Receipt receipt = receiver.receipts().get(0);
        assertTrue(receipt.signatureValid(), "signature should verify with the secret");
        String timestamp = receipt.headers().get("X-newswatch-timestamp").get(0);
        String signature = receipt.headers().get("X-newswatch-signature").get(0);
        assertEquals(Long.toString(clock.instant().getEpochSecond()), timestamp, "timestamp is the clock's unix seconds");
        assertFalse(WebhookSignature.verify("another-secret", timestamp, receipt.body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8), signature, clock.instant(), Duration.ofMinutes(5)),
                "a different secret must not verify");

        JsonNode json = new ObjectMapper().readTree(receipt.body());
        assertEquals(AlertJson.SCHEMA, json.get("schema").asText(), "schema");
        assertEquals("a1", json.get("id").asText(), "id");
        assertEquals("LEVEL_SHIFT", json.get("type").asText(), "type");
        assertEquals("23,500 \u2192 28,500 (+5,000)", json.get("change").asText(), "change");
        assertEquals(5000, json.get("delta").asLong(), "delta");
        assertEquals(23500, json.get("previous").get("value").asLong(), "previous value");
        assertEquals("APPROXIMATE", json.get("previous").get("qualifier").asText(), "previous qualifier");
        assertEquals("https://en.yna.co.kr/view/AEN20260302", json.get("previous").get("url").asText(), "previous url");
        assertEquals("2026-03-02T08:00:00Z", json.get("previous").get("published").asText(), "previous published");
        assertEquals(28500, json.get("current").get("value").asLong(), "current value");
        assertEquals("Reuters", json.get("current").get("source").asText(), "current source");
        assertEquals(1, json.get("sources").size(), "a new alert has its decisive source");
    }

    @Test
    void shouldDeliverACorroborationUpdateOnceUnderItsOwnIdempotencyKey() throws Exception {
        WebhookReceiver receiver = receiver();
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(3)));
        notifier.submit(TestAlerts.levelShift("a1"));
        notifier.submit(TestAlerts.corroboratedLevelShift("a1"));
        notifier.submit(TestAlerts.corroboratedLevelShift("a1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "both versions should be delivered");
        assertEquals(Map.of("a1", 1, "a1#2", 1), receiver.receiptsByKey(),
                "the first version and the update, each once; the repeated update is skipped");
        JsonNode update = new ObjectMapper().readTree(receiver.receipts().get(1).body());
        assertEquals("a1", update.get("id").asText(), "the update keeps the alert id");
        assertEquals(2, update.get("sources").size(), "and lists both sources");
    }

    @Test
    void shouldDeadLetterAnAlertThatKeepsFailingPastMaxAttempts() throws Exception {
        WebhookReceiver receiver = receiver(status(500), status(500), status(500));
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(3)));
        notifier.submit(TestAlerts.levelShift("doomed"));
        notifier.submit(TestAlerts.levelShift("fine"));

        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "both alerts should be settled");

        assertEquals(1, deadLetters.size(), "one dead letter: " + deadLetters);
        FailedDelivery failure = deadLetters.get(0);
        assertEquals("doomed", failure.alert().getId(), "dead-lettered alert");
        assertEquals(3, failure.attempts(), "attempts made");
        assertTrue(failure.reason().contains("gave up after 3 attempts") && failure.reason().contains("HTTP 500"),
                "reason should name the attempts and the last failure: " + failure.reason());
        assertEquals(Map.of("fine", 1), receiver.receiptsByKey(), "the next alert is delivered once");
    }

    @Test
    void shouldDeadLetterWhenTheNextAttemptWouldPassTheAgeLimit() throws Exception {
        WebhookReceiver receiver = receiver(retryAfter("600"));
        RetryPolicy retry = RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).maxAttempts(50)
                .maxAge(Duration.ofMinutes(5)).build();
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), retry));
        notifier.submit(TestAlerts.levelShift("slow"));

        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the alert should be settled");

        assertEquals(1, deadLetters.size(), "one dead letter");
        assertTrue(deadLetters.get(0).reason().contains("age limit"),
                "reason should name the age limit: " + deadLetters.get(0).reason());
        assertTrue(receiver.receiptsByKey().isEmpty(), "nothing should have been received");
    }

    @Test
    void shouldDeadLetterAtOnceWhenTheReceiverRejectsThePayload() throws Exception {
        WebhookReceiver receiver = receiver(status(400));
        Notifier notifier = notifier(new InMemoryDeliveryLedger(), webhook("hook", receiver.url(), fastRetry(5)));
        notifier.submit(TestAlerts.levelShift("bad"));

        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the alert should be settled");

        assertEquals(1, deadLetters.size(), "one dead letter");
        assertEquals(1, deadLetters.get(0).attempts(), "a 400 is not retried");
        assertTrue(deadLetters.get(0).reason().startsWith("rejected: HTTP 400"),
                "reason should name the status: " + deadLetters.get(0).reason());
        assertTrue(sleeper.waits().isEmpty(), "no backoff for a permanent failure");
    }

    @Test
    void shouldNotResendWhatTheLedgerHasAsDeliveredAfterARestart() throws Exception {
        WebhookReceiver receiver = receiver();
        InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
        Notifier first = notifier(ledger, webhook("hook", receiver.url(), fastRetry(3)));
        first.submit(TestAlerts.levelShift("a1"));
        first.submit(TestAlerts.levelShift("a2"));
        assertTrue(first.close(Duration.ofSeconds(10)).drained(), "first run should deliver a1 and a2");

        Notifier second = notifier(ledger, webhook("hook", receiver.url(), fastRetry(3)));
        List.of("a1", "a2", "a3", "a3").forEach(id -> second.submit(TestAlerts.levelShift(id)));
        assertTrue(second.close(Duration.ofSeconds(10)).drained(), "second run should settle everything");

        assertEquals(Map.of("a1", 1, "a2", 1, "a3", 1), receiver.receiptsByKey(), "each alert received once in all");
        assertEquals(3, second.stats("hook").skipped(), "a1, a2 and the repeated a3 are skipped");
        assertEquals(1, second.stats("hook").delivered(), "only a3 is delivered by the second run");
    }
}
