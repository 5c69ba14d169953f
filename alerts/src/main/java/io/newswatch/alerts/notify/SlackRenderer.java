package io.newswatch.alerts.notify;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Slack incoming-webhook payload: a notification {@code text} and Block Kit {@code blocks}.
 * Article text (headline, sentences, titles) goes into {@code plain_text} objects, which Slack
 * never interprets; the few {@code mrkdwn} strings carry our own labels, links to safe http(s)
 * URLs and values passed through {@link Markup#slack}.
 */
final class SlackRenderer extends PayloadRenderer {

    static final int HEADER_MAX = 150;
    static final int TEXT_MAX = 3000;
    static final int MAX_OTHERS = 10;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    SlackRenderer(AlertFormatter formatter) {
        super(formatter);
    }

    @Override
    ObjectNode payload(AlertMessage message) {
        ObjectNode root = NODES.objectNode();
        root.put("text", Markup.truncate(Markup.slack(message.oneLiner()), TEXT_MAX));
        ArrayNode blocks = root.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.set("text", plain(Markup.truncate(message.headline(), HEADER_MAX)));

        StringBuilder facts = new StringBuilder("*").append(Markup.slack(message.typeLabel())).append("* \u00B7 ")
                .append(Markup.slack(message.subject()));
        message.change().ifPresent(c -> facts.append("\n*Change:* ").append(Markup.slack(c)));
        message.health().ifPresent(h -> facts.append("\n*Feed:* ").append(Markup.slack(h)));
        blocks.add(section(mrkdwn(Markup.truncate(facts.toString(), TEXT_MAX))));

        message.previous().ifPresent(m -> addMention(blocks, "Before", m));
        message.current().ifPresent(m -> addMention(blocks, "Now", m));
        List<MentionView> others = message.others();
        others.stream().limit(MAX_OTHERS).forEach(m -> addMention(blocks, "Also", m));
        if (others.size() > MAX_OTHERS) {
            blocks.add(context(plain("and " + (others.size() - MAX_OTHERS) + " more sources")));
        }
        blocks.add(context(plain("Alert " + message.id() + ", raised " + message.created())));
        return root;
    }

    private static void addMention(ArrayNode blocks, String label, MentionView m) {
        String text = label + ": " + m.summary() + "\n\u201C" + m.sentence() + "\u201D";
        blocks.add(section(plain(Markup.truncate(text, TEXT_MAX))));
        ObjectNode link = m.link()
                .map(url -> mrkdwn("<" + url + "|" + Markup.slack(m.source()) + "> \u00B7 " + m.published()))
                .orElseGet(() -> plain(Markup.truncate(m.url(), TEXT_MAX)));
        blocks.add(context(link));
    }

    private static ObjectNode section(ObjectNode text) {
        ObjectNode block = NODES.objectNode().put("type", "section");
        block.set("text", text);
        return block;
    }

    private static ObjectNode context(ObjectNode element) {
        ObjectNode block = NODES.objectNode().put("type", "context");
        block.putArray("elements").add(element);
        return block;
    }

    private static ObjectNode plain(String text) {
        return NODES.objectNode().put("type", "plain_text").put("text", text.isEmpty() ? " " : text).put("emoji", false);
    }

    private static ObjectNode mrkdwn(String text) {
        return NODES.objectNode().put("type", "mrkdwn").put("text", text);
    }
}
