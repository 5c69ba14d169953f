package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HotSpot does not JIT-compile a method whose bytecode exceeds 8,000 bytes (-XX:-DontCompileHugeMethods
 * is off by default): such a method runs interpreted. When {@code TroopReader.read} grew past the limit
 * the tagger silently ran at half its speed, so every method of the tagger's hot classes is held under it
 * here, read from the compiled class files.
 */
class MethodSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {TroopReader.class, SanctionReader.class, SanctionClause.class, NewsTagger.class,
        Tokens.class, Mention.class, NumberReader.class, SentenceSplitter.class, Lexicon.class})
    void shouldKeepEveryMethodSmallEnoughForTheJitToCompile(Class<?> type) throws IOException {
        Map<String, Integer> sizes = codeSizes(type);
        assertTrue(!sizes.isEmpty(), "no method bodies read from " + type.getName());
        for (Map.Entry<String, Integer> m : sizes.entrySet()) {
            assertTrue(m.getValue() <= HUGE_METHOD_LIMIT, type.getSimpleName() + "." + m.getKey() + " has "
                    + m.getValue() + " bytes of bytecode, over HotSpot's " + HUGE_METHOD_LIMIT
                    + "-byte limit: it would run interpreted; split it");
        }
    }

    /** Method name to bytecode length, from the class file's Code attributes. */
    static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream raw = type.getResourceAsStream(resource)) {
            DataInputStream in = new DataInputStream(raw);
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            List<String> utf8 = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                utf8.add(null);
            }
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.set(i, in.readUTF());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + resource);
                }
            }
            in.skipBytes(6); // access flags, this class, super class
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            Map<String, Integer> sizes = new LinkedHashMap<>();
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.skipBytes(2);
                String name = utf8.get(in.readUnsignedShort()) + utf8.get(in.readUnsignedShort());
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8.get(in.readUnsignedShort());
                    int length = in.readInt();
                    if ("Code".equals(attribute)) {
                        in.skipBytes(4); // max stack, max locals
                        int code = in.readInt();
                        sizes.put(name, code);
                        in.skipBytes(length - 8);
                    } else {
                        in.skipBytes(length);
                    }
                }
            }
            return sizes;
        }
    }

    @org.junit.jupiter.api.Test
    void shouldReadTheSizesJavapReports() throws IOException {
        // TroopReader.read is the largest method of the tagger: several thousand bytes, as javap -c shows
        int read = codeSizes(TroopReader.class).entrySet().stream().filter(m -> m.getKey().startsWith("read("))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        assertTrue(read > 4000 && read <= HUGE_METHOD_LIMIT, "TroopReader.read: " + read + " bytes");
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
