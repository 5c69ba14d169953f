package io.newswatch.schemas;

import java.nio.ByteBuffer;
import java.time.Instant;

/** Builds {@link DeadLetter} records so every stage reports bad input the same way. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** A dead letter for a Kafka record that could not be processed. */
    public static DeadLetter forRecord(String stage, String topic, int partition, long offset,
                                       byte[] key, byte[] value, Throwable error, Instant now) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setInput(topic + "-" + partition + "@" + offset)
                .setTopic(topic)
                .setPartition(partition)
                .setOffset(offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setError(describe(error))
                .setErrorClass(error == null ? null : error.getClass().getName())
                .setTimestamp(now)
                .build();
    }

    /** A dead letter for input that is not a Kafka record: a feed URL, a file, an alert delivery. */
    public static DeadLetter forInput(String stage, String input, byte[] value, String reason, Instant now) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setInput(input)
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setError(reason)
                .setTimestamp(now)
                .build();
    }

    /** The exception's message chain, one line, so a reader sees the root cause. */
    public static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null && sb.length() < 2_000; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }
}
