package io.newswatch.processor.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders tags as JSON in the command-line contract's shape: {@code type} ("troops" or
 * "sanctions"); for troops {@code quantity, kind, qualifier, force, location, stance, eventYear};
 * for sanctions {@code action, target, issuer, negated}; for both {@code sentence, start, end}.
 * Enum values are spelled as in LABELS.md (lowercase).
 */
public final class TagJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TagJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One tag as a JSON object. */
    public static ObjectNode toJson(Tag tag) {
        ObjectNode o = MAPPER.createObjectNode();
        if (tag instanceof TroopTag tr) {
                o.put("type", "troops");
                if (tr.quantity() == null) {
                    o.putNull("quantity");
                } else {
                    o.put("quantity", tr.quantity());
                }
                o.put("kind", tr.kind().label());
                o.put("qualifier", tr.qualifier().label());
                o.put("force", tr.force());
                o.put("location", tr.location());
                o.put("stance", tr.stance().label());
                if (tr.eventYear() == null) {
                    o.putNull("eventYear");
                } else {
                    o.put("eventYear", tr.eventYear());
                }
        } else if (tag instanceof SanctionTag sa) {
                o.put("type", "sanctions");
                o.put("action", sa.action().label());
                o.put("target", sa.target());
                o.put("issuer", sa.issuer());
                o.put("negated", sa.negated());
        }
        o.put("sentence", tag.sentence());
        o.put("start", tag.start());
        o.put("end", tag.end());
        return o;
    }

    /** One tag as a single line of JSON. */
    public static String line(Tag tag) {
        return toJson(tag).toString();
    }

    /** The answer line for one {@code --jsonl} input: {@code {"id": …, "tags": [ … ]}}. */
    public static String answer(Object id, List<Tag> tags) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("id", id instanceof com.fasterxml.jackson.databind.JsonNode node ? node : MAPPER.valueToTree(id));
        ArrayNode arr = o.putArray("tags");
        for (Tag t : tags) {
            arr.add(toJson(t));
        }
        return o.toString();
    }
}
