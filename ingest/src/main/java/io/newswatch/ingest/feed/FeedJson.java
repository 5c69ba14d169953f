package io.newswatch.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one-line JSON form of a {@link FeedEntry} that {@code newswatch feed} prints: {@code title}, {@code link}
 * (absolute or null), {@code guid}, {@code published} (ISO-8601 or null), {@code author}, {@code summary}, in
 * that order. Non-ASCII characters are escaped, so the line is ASCII whatever the terminal's charset.
 */
public final class FeedJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private FeedJson() {
    }

    public static String line(FeedEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("title", entry.title());
        node.put("link", entry.link() == null ? null : entry.link().toString());
        node.put("guid", entry.guid());
        node.put("published", entry.published() == null ? null : entry.published().toString());
        node.put("author", entry.author());
        node.put("summary", entry.summary());
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }
}
