package io.newswatch.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaParser;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every current record schema must read what each released version of it wrote. */
class SchemaCompatibilityTest {

    static Stream<Path> releasedSchemas() throws IOException, URISyntaxException {
        URL root = SchemaCompatibilityTest.class.getClassLoader().getResource("released");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(root.toURI()))) {
            walk.filter(p -> p.toString().endsWith(".avsc")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedSchemas")
    void shouldReadRecordsWrittenWithTheReleasedSchema(Path released) throws Exception {
        Schema writer = parseWithNamedTypes(released);
        Class<?> generated = Class.forName(writer.getFullName());
        Schema reader = SpecificData.get().getSchema(generated);
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertEquals(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE, result.getType(),
                () -> released + " is not readable by the current " + writer.getName() + ": " + result.getDescription());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedSchemas")
    void shouldKeepEveryReleasedSchemaResolvableByFingerprint(Path released) throws Exception {
        Schema writer = parseWithNamedTypes(released);
        if (writer.getType() != Schema.Type.RECORD) {
            return;
        }
        Schema current = SpecificData.get().getSchema(Class.forName(writer.getFullName()));
        long fingerprint = SchemaNormalization.parsingFingerprint64(writer);
        boolean same = SchemaNormalization.parsingFingerprint64(current) == fingerprint;
        boolean inHistory = AvroSerdes.history().findByFingerprint(fingerprint) != null;
        assertFalse(!same && !inHistory,
                released + " differs from the current schema but is missing from " + AvroSerdes.HISTORY_INDEX);
    }

    /** Parses every file of the release (named types may refer to each other) and returns this file's type. */
    private static Schema parseWithNamedTypes(Path file) throws IOException {
        SchemaParser parser = new SchemaParser();
        try (Stream<Path> s = Files.list(file.getParent())) {
            for (Path p : s.filter(f -> f.toString().endsWith(".avsc")).sorted().toList()) {
                parser.parse(p);
            }
        }
        String name = "io.newswatch.schemas." + file.getFileName().toString().replace(".avsc", "");
        return parser.getParsedNamedSchemas().stream().filter(x -> x.getFullName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " does not define " + name));
    }
}
