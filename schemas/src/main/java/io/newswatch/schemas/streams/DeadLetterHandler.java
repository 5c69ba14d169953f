package io.newswatch.schemas.streams;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.newswatch.schemas.AvroSerdes;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bad-input policy of every newswatch Streams app, for records that cannot be decoded and
 * records whose processing throws. It logs topic, partition and offset, and then either
 * continues after writing a {@link DeadLetter} to the dead-letter topic ({@link Policy#LOG_AND_CONTINUE},
 * the default) or stops the app ({@link Policy#FAIL}).
 *
 * <p>Configured through the Streams properties {@link #POLICY_CONFIG}, {@link #TOPIC_CONFIG} and
 * {@link #STAGE_CONFIG}.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    public static final String POLICY_CONFIG = "newswatch.bad.input.policy";
    public static final String TOPIC_CONFIG = "newswatch.dead.letter.topic";
    public static final String STAGE_CONFIG = "newswatch.stage";

    /** What to do with bad input. */
    public enum Policy { LOG_AND_CONTINUE, FAIL }

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private final Serializer<DeadLetter> serializer = AvroSerdes.of(DeadLetter.class).serializer();
    private final Clock clock;
    private Policy policy = Policy.LOG_AND_CONTINUE;
    private String topic;
    private String stage = "streams";

    public DeadLetterHandler() {
        this(Clock.systemUTC());
    }

    DeadLetterHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        Object p = configs.get(POLICY_CONFIG);
        if (p != null) {
            policy = Policy.valueOf(p.toString().trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        Object t = configs.get(TOPIC_CONFIG);
        topic = t == null ? null : t.toString();
        Object s = configs.get(STAGE_CONFIG);
        if (s != null) {
            stage = s.toString();
        }
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("{}: cannot decode record at {}-{}@{}: {}", stage, record.topic(), record.partition(),
                record.offset(), DeadLetters.describe(exception));
        List<ProducerRecord<byte[], byte[]>> dlq = deadLetter(record.topic(), record.partition(), record.offset(),
                record.key(), record.value(), exception);
        return policy == Policy.FAIL
                ? DeserializationExceptionHandler.Response.fail(dlq)
                : DeserializationExceptionHandler.Response.resume(dlq);
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        LOG.warn("{}: processing failed at {}-{}@{} in {}: {}", stage, context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), DeadLetters.describe(exception));
        List<ProducerRecord<byte[], byte[]>> dlq = deadLetter(context.topic(), context.partition(), context.offset(),
                context.sourceRawKey(), context.sourceRawValue(), exception);
        return policy == Policy.FAIL
                ? ProcessingExceptionHandler.Response.fail(dlq)
                : ProcessingExceptionHandler.Response.resume(dlq);
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(String sourceTopic, int partition, long offset,
            byte[] key, byte[] value, Exception exception) {
        if (topic == null) {
            return List.of();
        }
        DeadLetter letter = DeadLetters.forRecord(stage, sourceTopic, partition, offset, key, value, exception,
                clock.instant());
        byte[] dlqKey = stage.getBytes(StandardCharsets.UTF_8);
        return List.of(new ProducerRecord<>(topic, dlqKey, serializer.serialize(topic, letter)));
    }
}
