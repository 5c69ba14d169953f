package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AvroSerdes;
import io.newswatch.schemas.DeadLetter;

class FailedDeliveryTest {

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    @Test
    void shouldBuildADeadLetterThatCarriesTheWholeAlert() {
        Alert alert = TestAlerts.levelShift("a1");
        Instant gaveUp = Instant.parse("2026-11-20T15:00:00Z");
        FailedDelivery failure = new FailedDelivery("ops-hook", alert, "gave up after 8 attempts: HTTP 503", 8,
                Optional.of("java.net.ConnectException"), gaveUp);

        DeadLetter letter = failure.toDeadLetter();

        assertEquals("notifier:ops-hook", letter.getStage(), "stage");
        assertEquals("alert a1", letter.getInput(), "input");
        assertEquals("gave up after 8 attempts: HTTP 503", letter.getError(), "error");
        assertEquals("java.net.ConnectException", letter.getErrorClass(), "error class");
        assertEquals(gaveUp, letter.getTimestamp(), "timestamp");
        assertEquals("troops|US|South Korea", new String(bytes(letter.getKey()), StandardCharsets.UTF_8), "key");
        assertNull(letter.getTopic(), "source topic is left to the caller");
        try (var serde = AvroSerdes.of(Alert.class)) {
            assertEquals(alert, serde.deserializer().deserialize("t", bytes(letter.getValue())),
                    "the value decodes back to the alert");
        }
    }
}
