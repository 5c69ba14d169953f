package io.newswatch.processor.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Tags JSON lines of the form {@code {"id": …, "text": …, "published": "YYYY-MM-DD"}} and answers
 * each with exactly one line {@code {"id": …, "tags": [ … ]}}. A line that cannot be read is
 * answered with empty tags and an {@code "error"} naming the problem, so no input is lost.
 */
public final class TagLines {

    private final Tagger tagger;

    public TagLines(Tagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** The result of one line: the answer to print and, for a bad line, the problem. */
    public record Answer(String line, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Answers one input line; never throws. */
    public Answer answer(String line) {
        JsonNode n;
        try {
            n = TagJson.mapper().readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return failed(null, "not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return failed(null, "not a JSON object");
        }
        JsonNode id = n.get("id");
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            return failed(id, "no \"text\" string");
        }
        LocalDate published = null;
        JsonNode p = n.get("published");
        if (p != null && !p.isNull()) {
            try {
                published = LocalDate.parse(p.asText());
            } catch (DateTimeParseException e) {
                return failed(id, "bad \"published\" date: " + p.asText());
            }
        }
        List<Tag> tags = tagger.tag(text.asText(), published);
        return new Answer(TagJson.answer(id, tags), null);
    }

    private static Answer failed(JsonNode id, String error) {
        ObjectNode o = TagJson.mapper().createObjectNode();
        o.set("id", id);
        o.putArray("tags");
        o.put("error", error);
        return new Answer(o.toString(), error);
    }
}
