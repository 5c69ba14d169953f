package io.newswatch.ingest.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswatch.ingest.feed.FeedDates;

/**
 * What an archived article file says about itself besides its text: when it was published, by whom, under what
 * title and URL. It comes from a header block at the top of a text file, or from a sidecar file beside any
 * article file; a sidecar's values win over the header's.
 *
 * <p>Header block: the file starts with {@code key: value} lines, the first naming a known key, and a blank line
 * ends them; everything after is the text.
 * <pre>
 * date: 2018-05-03
 * source: The Washington Times
 * title: Trump orders Pentagon to prepare options
 * url: https://www.example.com/news/2018/may/3/troops/
 *
 * WASHINGTON — President Donald Trump has ordered ...
 * </pre>
 * Keys (case-insensitive): {@code date} (or {@code published}): an ISO date ({@code 2018-05-03}, midnight UTC),
 * an ISO date-time with offset, or an RFC 822 date; {@code source}; {@code title}; {@code url} (or {@code link}),
 * whose canonical form then gives the article its id. Other keys are ignored.
 *
 * <p>Sidecars of {@code story.txt} (or {@code page.html}): {@code story.txt.meta} with the same {@code key: value}
 * lines, or {@code story.meta.json} / {@code story.txt.meta.json} holding a JSON object with the same keys.
 *
 * @param published the publication time, or {@code null}
 * @param source    the publisher, or {@code null}
 * @param title     the headline, or {@code null}
 * @param url       the article's web address as written, or {@code null}
 */
public record ArchiveMeta(Instant published, String source, String title, String url) {

    static final ArchiveMeta NONE = new ArchiveMeta(null, null, null, null);

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z_-]*)\\s*:\\s*(.*?)\\s*$");
    private static final Set<String> KNOWN = Set.of("date", "published", "source", "title", "url", "link");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A text split into its header block (if any) and the rest. */
    record Headed(ArchiveMeta meta, String body) {
    }

    /**
     * Splits a header block off {@code text}.
     *
     * @throws IllegalArgumentException naming the value, when a date is not understood
     */
    static Headed header(String text) {
        String[] lines = text.split("\r?\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int i = first;
        for (; i < lines.length; i++) {
            Matcher m = KEY_VALUE.matcher(lines[i]);
            if (lines[i].isBlank() || !m.matches()) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (i == first && !KNOWN.contains(key)) {
                break;
            }
            values.put(key, m.group(2));
        }
        if (values.isEmpty()) {
            return new Headed(NONE, text);
        }
        String body = String.join("\n", List.of(lines).subList(i, lines.length));
        return new Headed(of(values), body);
    }

    /**
     * The sidecar of {@code file}, or {@link #NONE} when it has none.
     *
     * @throws IOException naming the sidecar, when it cannot be read or parsed
     */
    static ArchiveMeta sidecar(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path lines = file.resolveSibling(name + ".meta");
        if (Files.isRegularFile(lines)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(lines, StandardCharsets.UTF_8)) {
                Matcher m = KEY_VALUE.matcher(line);
                if (m.matches()) {
                    values.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
                }
            }
            return named(lines, values);
        }
        for (Path json : List.of(file.resolveSibling(stem + ".meta.json"), file.resolveSibling(name + ".meta.json"))) {
            if (Files.isRegularFile(json)) {
                JsonNode node;
                try {
                    node = JSON.readTree(json.toFile());
                } catch (JacksonException e) {
                    throw new IOException(json + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                if (node == null || !node.isObject()) {
                    throw new IOException(json + ": not a JSON object");
                }
                Map<String, String> values = new LinkedHashMap<>();
                node.fields().forEachRemaining(f -> values.put(f.getKey().toLowerCase(Locale.ROOT),
                        f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
                return named(json, values);
            }
        }
        return NONE;
    }

    private static ArchiveMeta named(Path sidecar, Map<String, String> values) throws IOException {
        try {
            return of(values);
        } catch (IllegalArgumentException e) {
            throw new IOException(sidecar + ": " + e.getMessage(), e);
        }
    }

    private static ArchiveMeta of(Map<String, String> values) {
        String date = blankToNull(values.getOrDefault("date", values.get("published")));
        Instant published = null;
        if (date != null) {
            published = FeedDates.parse(date);
            if (published == null) {
                throw new IllegalArgumentException("date '" + date + "' is not understood (use 2018-05-03 or "
                        + "2018-05-03T12:00:00Z)");
            }
        }
        return new ArchiveMeta(published, blankToNull(values.get("source")), blankToNull(values.get("title")),
                blankToNull(values.getOrDefault("url", values.get("link"))));
    }

    /** This, with every value {@code over} has put over it. */
    ArchiveMeta overriddenBy(ArchiveMeta over) {
        return new ArchiveMeta(over.published != null ? over.published : published,
                over.source != null ? over.source : source,
                over.title != null ? over.title : title,
                over.url != null ? over.url : url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
