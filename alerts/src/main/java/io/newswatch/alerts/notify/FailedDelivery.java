package io.newswatch.alerts.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AvroSerdes;
import io.newswatch.schemas.DeadLetter;

/**
 * An alert a channel gave up on, with the reason.
 *
 * @param channel    the channel name
 * @param alert      the alert, whole, so it can be replayed
 * @param reason     why it was given up, including the last failure
 * @param attempts   delivery attempts made (0 when it never got to one, e.g. a full queue)
 * @param errorClass the exception class of the last failure, when it was an exception
 * @param gaveUp     when the channel gave up
 */
public record FailedDelivery(String channel, Alert alert, String reason, int attempts,
                             Optional<String> errorClass, Instant gaveUp) {

    /** The dead-letter stage prefix; the stage is {@code notifier:<channel>}. */
    public static final String STAGE_PREFIX = "notifier:";

    public FailedDelivery {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(reason, "reason");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        Objects.requireNonNull(errorClass, "errorClass");
        Objects.requireNonNull(gaveUp, "gaveUp");
    }

    /**
     * The record for the dead-letter topic: stage {@code notifier:<channel>}, input
     * {@code alert <id>}, key the alert's subject (its key on the alerts topic), value the alert in
     * the alerts topic's Avro encoding. Source topic, partition and offset are left for the caller
     * to add when it knows them.
     */
    public DeadLetter toDeadLetter() {
        byte[] value;
        try (var serde = AvroSerdes.of(Alert.class)) {
            value = serde.serializer().serialize(null, alert);
        }
        return DeadLetter.newBuilder()
                .setStage(STAGE_PREFIX + channel)
                .setInput("alert " + alert.getId())
                .setKey(java.nio.ByteBuffer.wrap(alert.getSubject().getBytes(StandardCharsets.UTF_8)))
                .setValue(java.nio.ByteBuffer.wrap(value))
                .setError(reason)
                .setErrorClass(errorClass.orElse(null))
                .setTimestamp(gaveUp)
                .build();
    }
}
