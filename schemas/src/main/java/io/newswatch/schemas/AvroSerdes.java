package io.newswatch.schemas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one Serde factory for every generated Avro record.
 *
 * <p>Records are written in Avro's single-object encoding: a two-byte marker, the 8-byte
 * CRC-64-AVRO fingerprint of the writer schema, then the binary body. A reader resolves the
 * fingerprint against a {@link SchemaStore} holding the current schemas and every released
 * older version ({@link #history()}), so records written by an older release still decode.
 */
public final class AvroSerdes {

    /** Classpath index of released older schema versions, one resource path per line. */
    public static final String HISTORY_INDEX = "newswatch/schemas/history/index.txt";

    private static final String TRUSTED_PACKAGE = "io.newswatch.schemas.";
    private static final SchemaStore.Cache HISTORY = loadHistory();

    static {
        trustGeneratedClasses();
    }

    private AvroSerdes() {
    }

    /** A Serde for {@code type} that can decode any schema version in {@link #history()}. */
    public static <T extends SpecificRecord> Serde<T> of(Class<T> type) {
        return of(type, HISTORY);
    }

    /** A Serde for {@code type} resolving writer schemas it does not know against {@code store}. */
    public static <T extends SpecificRecord> Serde<T> of(Class<T> type, SchemaStore store) {
        Schema schema = SpecificData.get().getSchema(type);
        SpecificData model = SpecificData.getForClass(type);
        BinaryMessageEncoder<T> encoder = new BinaryMessageEncoder<>(model, schema);
        BinaryMessageDecoder<T> decoder = new BinaryMessageDecoder<>(model, schema, store);
        Serializer<T> serializer = (topic, value) -> value == null ? null : encode(encoder, topic, value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : decode(decoder, type, topic, bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** The schema store of released older versions listed in {@link #HISTORY_INDEX}. */
    public static SchemaStore history() {
        return HISTORY;
    }

    private static <T> byte[] encode(BinaryMessageEncoder<T> encoder, String topic, T value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            encoder.encode(value, out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + value.getClass().getSimpleName()
                    + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private static <T> T decode(BinaryMessageDecoder<T> decoder, Class<T> type, String topic, byte[] bytes) {
        try {
            return decoder.decode(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + type.getSimpleName() + " from topic " + topic
                    + " (" + bytes.length + " bytes): " + e.getMessage(), e);
        }
    }

    private static SchemaStore.Cache loadHistory() {
        SchemaStore.Cache cache = new SchemaStore.Cache();
        for (String resource : historyResources()) {
            try (InputStream in = resource(resource)) {
                cache.addSchema(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + resource, e);
            }
        }
        return cache;
    }

    private static List<String> historyResources() {
        List<String> names = new ArrayList<>();
        InputStream index = AvroSerdes.class.getClassLoader().getResourceAsStream(HISTORY_INDEX);
        if (index == null) {
            return names;
        }
        try (index) {
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HISTORY_INDEX, e);
        }
        return names;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AvroSerdes.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }

    /** Avro 1.12 only instantiates classes from trusted packages; ours are generated, so trust them. */
    private static void trustGeneratedClasses() {
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current,
                type -> type.getName().startsWith(TRUSTED_PACKAGE)));
    }
}
