package io.newswatch.processor.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test resources: seed articles and labelled evaluation files. */
final class Resources {

    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    static List<Excerpt> excerpts(String name) {
        List<Excerpt> out = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            if (!line.isBlank()) {
                out.add(Excerpt.parse(line));
            }
        }
        return out;
    }
}
