package io.newswatch.processor.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One labelled excerpt of an evaluation file (one JSON line: {@code id, text, published,
 * troops, sanctions}), with its gold tags as LABELS.md spells them.
 */
public record Excerpt(String id, String text, LocalDate published, List<GoldTroop> troops,
                      List<GoldSanction> sanctions) {

    public Excerpt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        troops = List.copyOf(troops);
        sanctions = List.copyOf(sanctions);
    }

    /** A gold troop figure; attribute values as LABELS.md spells them. */
    public record GoldTroop(Long quantity, String kind, String qualifier, String force, String location,
                            String stance) {
    }

    /** A gold sanctions mention. */
    public record GoldSanction(String action, String target, String issuer, boolean negated) {
    }

    /**
     * Reads one JSON line.
     *
     * @throws IllegalArgumentException naming what is wrong when the line is not a labelled excerpt
     */
    public static Excerpt parse(String line) {
        JsonNode n;
        try {
            n = TagJson.mapper().readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("no \"text\" string");
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : "";
        LocalDate published = null;
        if (n.hasNonNull("published")) {
            try {
                published = LocalDate.parse(n.get("published").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad \"published\" date: " + n.get("published").asText(), e);
            }
        }
        List<GoldTroop> troops = new ArrayList<>();
        for (JsonNode t : n.path("troops")) {
            troops.add(new GoldTroop(t.hasNonNull("quantity") ? t.get("quantity").asLong() : null, str(t, "kind"),
                    str(t, "qualifier"), str(t, "force"), str(t, "location"), str(t, "stance")));
        }
        List<GoldSanction> sanctions = new ArrayList<>();
        for (JsonNode s : n.path("sanctions")) {
            sanctions.add(new GoldSanction(str(s, "action"), str(s, "target"), str(s, "issuer"),
                    s.path("negated").asBoolean(false)));
        }
        return new Excerpt(id, text.asText(), published, troops, sanctions);
    }

    private static String str(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
