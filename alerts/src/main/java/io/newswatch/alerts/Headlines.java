package io.newswatch.alerts;

import java.time.ZoneOffset;
import java.util.Locale;

import io.newswatch.alerts.notify.AlertFormatter;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopMention;

/** The one line a person reads first, for each rule. */
final class Headlines {

    private Headlines() {
    }

    /** The headline of a shift or change alert with {@code sources} corroborating reports. */
    static String of(AlertType type, Mention previous, Mention current, int sources) {
        String label = AlertFormatter.subjectLabel(current.getSubject());
        String line = switch (type) {
            case LEVEL_SHIFT -> label + ": reported level " + figure(previous) + " → " + figure(current)
                    + " (" + AlertFormatter.signed(Situation.quantity(current) - Situation.quantity(previous))
                    + "), " + date(previous) + " → " + date(current);
            case CHANGE_REPORTED -> {
                TroopMention t = Situation.troops(current);
                yield label + ": " + t.getKind().name().toLowerCase(Locale.ROOT) + " of " + figure(current) + " "
                        + stanceWord(t.getStance()) + " (" + date(current) + ")";
            }
            case SANCTIONS_SHIFT -> label + ": " + sanctionState(previous) + " → " + sanctionState(current)
                    + " (" + date(current) + ")";
            default -> throw new IllegalArgumentException("no corroborated headline for " + type);
        };
        return sources > 1 ? line + "; " + sources + " sources agree" : line;
    }

    static String revision(Mention incoming, Mention current) {
        return AlertFormatter.subjectLabel(incoming.getSubject()) + ": late report of " + figure(incoming) + " ("
                + date(incoming) + ") revises the history before the current " + figure(current) + " ("
                + date(current) + ")";
    }

    static String flap(Mention previous, Mention current, Mention seen) {
        return AlertFormatter.subjectLabel(current.getSubject()) + ": reported level back to " + figure(current)
                + " from " + figure(previous) + " (" + date(current) + "), a figure already reported on " + date(seen)
                + "; flapping figures are noted once, not alerted";
    }

    static String figure(Mention m) {
        TroopMention t = Situation.troops(m);
        return Figures.hedged(t.getQuantity(), t.getQualifier());
    }

    static String sanctionState(Mention m) {
        SanctionMention s = (SanctionMention) m.getDetail();
        String action = s.getAction().name().toLowerCase(Locale.ROOT);
        return s.getNegated() ? action + " ruled out" : action;
    }

    private static String stanceWord(Stance stance) {
        return switch (stance) {
            case REPORTED -> "reported";
            case PROPOSED -> "under consideration";
            case DENIED -> "denied";
            case COMPLETED -> "carried out";
        };
    }

    private static String date(Mention m) {
        return m.getPublished().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
