package io.newswatch.alerts.notify;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.SourceHealth;
import io.newswatch.schemas.TroopMention;

/**
 * The stable JSON shape of an alert, used by the generic webhook and the JSON-lines file.
 *
 * <pre>
 * {"schema": "newswatch.alert/1", "id", "type", "subject", "subjectLabel", "headline",
 *  "change": "23,500 → 28,500 (+5,000)" | null, "delta": 5000 | null, "created": ISO-8601,
 *  "previous": mention | null, "current": mention | null, "sources": [mention, ...], "health": health | null}
 * mention: {"id", "articleId", "topic": "troops" | "sanctions", "figure": "approximately 28,500",
 *  troops:    "value": 28500 | null, "kind", "qualifier", "stance", "force", "location", "eventYear",
 *  sanctions: "action", "issuer", "target", "negated",
 *  "source", "title", "url", "published": ISO-8601, "sentence"}
 * health: {"feed", "status", "consecutiveFailures", "lastSuccess", "message", "observed"}
 * </pre>
 *
 * Fields are never removed or renamed within schema version 1; new fields may be added.
 */
public final class AlertJson {

    /** The value of the {@code schema} field. */
    public static final String SCHEMA = "newswatch.alert/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AlertFormatter formatter;

    public AlertJson(AlertFormatter formatter) {
        this.formatter = formatter;
    }

    /** The alert as a JSON tree in the documented shape. */
    public ObjectNode tree(Alert alert) {
        AlertMessage message = formatter.format(alert);
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        root.put("id", alert.getId());
        root.put("type", alert.getType().name());
        root.put("subject", alert.getSubject());
        root.put("subjectLabel", message.subject());
        root.put("headline", alert.getHeadline());
        root.put("change", message.change().orElse(null));
        root.put("delta", alert.getDelta());
        root.put("created", iso(alert.getCreated()));
        root.set("previous", alert.getPrevious() == null ? NODES.nullNode() : mention(alert.getPrevious()));
        root.set("current", alert.getCurrent() == null ? NODES.nullNode() : mention(alert.getCurrent()));
        ArrayNode sources = root.putArray("sources");
        alert.getSources().forEach(m -> sources.add(mention(m)));
        root.set("health", alert.getHealth() == null ? NODES.nullNode() : health(alert.getHealth()));
        return root;
    }

    /** The alert as compact JSON on one line. */
    public String write(Alert alert) {
        try {
            return MAPPER.writeValueAsString(tree(alert));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + alert.getId() + " as JSON", e);
        }
    }

    private ObjectNode mention(Mention m) {
        ObjectNode node = NODES.objectNode();
        node.put("id", m.getId());
        node.put("articleId", m.getArticleId());
        if (m.getDetail() instanceof TroopMention t) {
            node.put("topic", "troops");
            node.put("figure", formatter.mention(m).figure());
            node.put("value", t.getQuantity());
            node.put("kind", t.getKind().name());
            node.put("qualifier", t.getQualifier().name());
            node.put("stance", t.getStance().name());
            node.put("force", t.getForce());
            node.put("location", t.getLocation());
            node.put("eventYear", t.getEventYear());
        } else if (m.getDetail() instanceof SanctionMention s) {
            node.put("topic", "sanctions");
            node.put("figure", formatter.mention(m).figure());
            node.put("action", s.getAction().name());
            node.put("issuer", s.getIssuer());
            node.put("target", s.getTarget());
            node.put("negated", s.getNegated());
        }
        node.put("source", m.getSource());
        node.put("title", m.getTitle());
        node.put("url", m.getUrl());
        node.put("published", iso(m.getPublished()));
        node.put("sentence", m.getSentence());
        return node;
    }

    private static ObjectNode health(SourceHealth h) {
        ObjectNode node = NODES.objectNode();
        node.put("feed", h.getFeed());
        node.put("status", h.getStatus().name());
        node.put("consecutiveFailures", h.getConsecutiveFailures());
        node.put("lastSuccess", h.getLastSuccess() == null ? null : iso(h.getLastSuccess()));
        node.put("message", h.getMessage());
        node.put("observed", iso(h.getObserved()));
        return node;
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }
}
