package io.newswatch.alerts.notify;

import static io.newswatch.alerts.notify.Markup.html;

/** The HTML part of an alert e-mail; every value from the alert is HTML-escaped. */
final class EmailRenderer {

    String render(AlertMessage m) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(html(m.headline())).append("</title></head>\n")
                .append("<body style=\"font-family:sans-serif;line-height:1.4\">\n");
        out.append("<p style=\"color:#666\">").append(html(m.typeLabel())).append(" &middot; ")
                .append(html(m.subject())).append("</p>\n");
        out.append("<h2>").append(html(m.headline())).append("</h2>\n");
        m.change().ifPresent(c -> out.append("<p><strong>Change:</strong> ").append(html(c)).append("</p>\n"));
        m.health().ifPresent(h -> out.append("<p><strong>Feed:</strong> ").append(html(h)).append("</p>\n"));
        out.append("<table cellpadding=\"6\" style=\"border-collapse:collapse\">\n");
        m.previous().ifPresent(v -> row(out, "Before", v));
        m.current().ifPresent(v -> row(out, "Now", v));
        m.others().forEach(v -> row(out, "Also", v));
        out.append("</table>\n");
        out.append("<p style=\"color:#666\">Alert ").append(html(m.id())).append(", raised ")
                .append(html(m.created())).append("</p>\n</body></html>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, MentionView v) {
        out.append("<tr><th align=\"left\" valign=\"top\">").append(label).append("</th><td>")
                .append("<strong>").append(html(v.figure())).append("</strong>, ").append(html(v.stance()))
                .append("<br>");
        if (v.link().isPresent()) {
            out.append("<a href=\"").append(html(v.link().get())).append("\">").append(html(v.source())).append("</a>");
        } else {
            out.append(html(v.source())).append(" (").append(html(v.url())).append(')');
        }
        out.append(", ").append(html(v.published()));
        v.title().ifPresent(t -> out.append("<br><em>").append(html(t)).append("</em>"));
        out.append("<br><q>").append(html(v.sentence())).append("</q></td></tr>\n");
    }
}
