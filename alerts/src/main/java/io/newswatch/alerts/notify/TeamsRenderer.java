package io.newswatch.alerts.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Microsoft Teams webhook payload: a {@code message} carrying one Adaptive Card (version 1.4).
 * Every text from the alert goes through {@link Markup#markdown}, since Teams renders Markdown in
 * card text; links are {@code Action.OpenUrl} buttons for safe http(s) URLs only.
 */
final class TeamsRenderer extends PayloadRenderer {

    static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final int MAX_OTHERS = 10;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    TeamsRenderer(AlertFormatter formatter) {
        super(formatter);
    }

    @Override
    ObjectNode payload(AlertMessage message) {
        ObjectNode card = NODES.objectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("fallbackText", Markup.singleLine(message.oneLiner()));
        ArrayNode body = card.putArray("body");
        body.add(text(Markup.markdown(message.typeLabel() + " \u00B7 " + message.subject())).put("isSubtle", true));
        body.add(text(Markup.markdown(message.headline())).put("weight", "Bolder").put("size", "Medium"));

        ObjectNode factSet = body.addObject().put("type", "FactSet");
        ArrayNode facts = factSet.putArray("facts");
        message.change().ifPresent(c -> fact(facts, "Change", c));
        message.health().ifPresent(h -> fact(facts, "Feed", h));
        message.previous().ifPresent(m -> fact(facts, "Before", m.summary()));
        message.current().ifPresent(m -> fact(facts, "Now", m.summary()));
        message.others().stream().limit(MAX_OTHERS).forEach(m -> fact(facts, "Also", m.summary()));
        fact(facts, "Alert", message.id() + ", raised " + message.created());

        ArrayNode actions = card.putArray("actions");
        message.previous().ifPresent(m -> addMention(body, actions, "Before", m));
        message.current().ifPresent(m -> addMention(body, actions, "Now", m));
        message.others().stream().limit(MAX_OTHERS).forEach(m -> addMention(body, actions, "Also", m));

        ObjectNode root = NODES.objectNode().put("type", "message");
        ObjectNode attachment = root.putArray("attachments").addObject();
        attachment.put("contentType", CARD_CONTENT_TYPE);
        attachment.putNull("contentUrl");
        attachment.set("content", card);
        return root;
    }

    private static void addMention(ArrayNode body, ArrayNode actions, String label, MentionView m) {
        body.add(text(label + ": \u201C" + Markup.markdown(m.sentence()) + "\u201D").put("isSubtle", true));
        m.link().ifPresent(url -> actions.addObject()
                .put("type", "Action.OpenUrl")
                .put("title", Markup.truncate(label + ": " + m.source(), 80))
                .put("url", url));
    }

    private static void fact(ArrayNode facts, String title, String value) {
        facts.addObject().put("title", title).put("value", Markup.markdown(value));
    }

    private static ObjectNode text(String markdown) {
        return NODES.objectNode().put("type", "TextBlock").put("text", markdown).put("wrap", true);
    }
}
