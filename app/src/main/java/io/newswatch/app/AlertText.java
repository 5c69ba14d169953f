package io.newswatch.app;

import java.time.ZoneOffset;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.TroopMention;

/** The readable, multi-line console form of an alert. */
final class AlertText {

    private AlertText() {
    }

    static String render(Alert alert) {
        StringBuilder sb = new StringBuilder();
        sb.append("[").append(alert.getType()).append("] ").append(alert.getHeadline()).append('\n');
        if (alert.getPrevious() != null) {
            evidence(sb, "before", alert.getPrevious());
        }
        if (alert.getCurrent() != null) {
            evidence(sb, alert.getPrevious() != null ? "now" : "report", alert.getCurrent());
        }
        if (alert.getHealth() != null) {
            sb.append("  feed:   ").append(alert.getHealth().getFeed()).append('\n');
        }
        sb.append("  id:     ").append(alert.getId()).append('\n');
        return sb.toString();
    }

    private static void evidence(StringBuilder sb, String label, Mention m) {
        sb.append(String.format("  %-7s %s, %s%n", label + ":", describe(m),
                m.getPublished().atOffset(ZoneOffset.UTC).toLocalDate()));
        sb.append("          source: ").append(m.getSource() == null ? "unknown" : m.getSource())
                .append(" <").append(m.getUrl()).append(">\n");
        sb.append("          \"").append(m.getSentence().replaceAll("\\s+", " ")).append("\"\n");
    }

    private static String describe(Mention m) {
        if (m.getDetail() instanceof TroopMention t) {
            return String.format("%s %s, %s, %s", t.getQuantity() == null ? "no figure" : String.format("%,d", t.getQuantity()),
                    t.getKind().name().toLowerCase(), t.getQualifier().name().toLowerCase(), t.getStance().name().toLowerCase());
        }
        SanctionMention s = (SanctionMention) m.getDetail();
        return s.getAction().name().toLowerCase() + (s.getNegated() ? " (ruled out)" : "");
    }
}
