package io.newswatch.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroSerdesTest {

    private static Article article() {
        return Article.newBuilder()
                .setId("a1").setUrl("https://example.org/a").setCanonicalUrl("https://example.org/a")
                .setTitle("Title").setText("Currently, there are 28,500 US troops stationed in South Korea.")
                .setPublished(Instant.parse("2025-05-23T12:00:00Z")).setFetched(Instant.parse("2025-05-23T12:01:00Z"))
                .build();
    }

    @Test
    void shouldRoundTripAGeneratedRecord() {
        Serde<Article> serde = AvroSerdes.of(Article.class);
        byte[] bytes = serde.serializer().serialize("t", article());
        assertEquals(article(), serde.deserializer().deserialize("t", bytes));
    }

    @Test
    void shouldPrefixEveryRecordWithTheWriterSchemaFingerprint() {
        byte[] bytes = AvroSerdes.of(Article.class).serializer().serialize("t", article());
        assertEquals((byte) 0xC3, bytes[0], "single-object marker byte 1");
        assertEquals((byte) 0x01, bytes[1], "single-object marker byte 2");
        long fingerprint = SchemaNormalization.parsingFingerprint64(Article.getClassSchema());
        long written = 0;
        for (int i = 9; i >= 2; i--) {
            written = (written << 8) | (bytes[i] & 0xFF);
        }
        assertEquals(fingerprint, written, "little-endian CRC-64-AVRO fingerprint of the writer schema");
    }

    @Test
    void shouldDecodeRecordsWrittenWithAnOlderSchemaVersionFoundInTheStore() throws Exception {
        Schema older = new Schema.Parser().parse("""
                {"type": "record", "name": "Article", "namespace": "io.newswatch.schemas", "fields": [
                  {"name": "id", "type": "string"}, {"name": "url", "type": "string"},
                  {"name": "canonicalUrl", "type": "string"}, {"name": "text", "type": "string"},
                  {"name": "fetched", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}""");
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "old-1");
        old.put("url", "https://example.org/old");
        old.put("canonicalUrl", "https://example.org/old");
        old.put("text", "23,500 U.S. soldiers stationed on the peninsula");
        old.put("fetched", 1_525_348_800_000L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old, out);

        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(older);
        Article decoded = AvroSerdes.of(Article.class, store).deserializer().deserialize("t", out.toByteArray());

        assertEquals("old-1", decoded.getId());
        assertEquals("23,500 U.S. soldiers stationed on the peninsula", decoded.getText());
        assertNull(decoded.getPublished(), "a field the old writer lacked takes its default");
    }

    @Test
    void shouldDecodeASubjectHistoryWrittenByReleaseOneWithNoOpenAlerts() throws Exception {
        Schema v1;
        try (var in = AvroSerdes.class.getClassLoader()
                .getResourceAsStream("newswatch/schemas/history/v1/SubjectHistory.avsc")) {
            v1 = new Schema.Parser().parse(in);
        }
        GenericRecord old = new GenericData.Record(v1);
        old.put("subject", "troops|US|South Korea");
        old.put("mentions", new GenericData.Array<>(v1.getField("mentions").schema(), List.of()));
        old.put("raised", new GenericData.Array<>(v1.getField("raised").schema(), List.of("a1")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old, out);

        SubjectHistory decoded = AvroSerdes.of(SubjectHistory.class).deserializer()
                .deserialize("alerts-subject-history-changelog", out.toByteArray());

        assertEquals(List.of("a1"), decoded.getRaised().stream().map(Object::toString).toList());
        assertTrue(decoded.getOpen().isEmpty(), "open alerts, unknown to release 1, default to none");
    }

    @Test
    void shouldNameTheTopicWhenBytesAreNotAnAvroRecord() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> AvroSerdes.of(Article.class).deserializer().deserialize("newswatch.articles", new byte[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("newswatch.articles"), e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownSchemaFingerprintWithAClearError() {
        byte[] bytes = AvroSerdes.of(Article.class).serializer().serialize("t", article());
        bytes[5] ^= 0x55;
        SerializationException e = assertThrows(SerializationException.class,
                () -> AvroSerdes.of(Article.class).deserializer().deserialize("newswatch.articles", bytes));
        assertTrue(e.getMessage().contains("Article"), e.getMessage());
    }

    @Test
    void shouldPassNullsThroughForTombstones() {
        Serde<Article> serde = AvroSerdes.of(Article.class);
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
        assertArrayEquals(serde.serializer().serialize("t", article()), serde.serializer().serialize("t", article()),
                "encoding is deterministic");
    }
}
