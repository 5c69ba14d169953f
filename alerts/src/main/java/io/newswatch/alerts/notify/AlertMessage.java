package io.newswatch.alerts.notify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.newswatch.schemas.AlertType;

/**
 * An alert laid out for people, unescaped, built by {@link AlertFormatter}. Every channel renders
 * this one layout in its own format and escapes each field for it.
 *
 * @param id        the alert id
 * @param type      the rule that raised the alert
 * @param typeLabel the rule in words, e.g. "Level shift"
 * @param subject   the subject in words, e.g. "US troops in South Korea"
 * @param headline  the line a person reads first, on one line
 * @param change    old → new with the signed delta, e.g. "23,500 → 28,500 (+5,000)", when there is a figure
 * @param previous  the figure before the shift
 * @param current   the figure that raised the alert
 * @param others    further mentions corroborating the current figure
 * @param health    the feed health line for source-health alerts
 * @param created   when the alert was raised, e.g. "2026-11-20 14:06 UTC"
 */
public record AlertMessage(
        String id,
        AlertType type,
        String typeLabel,
        String subject,
        String headline,
        Optional<String> change,
        Optional<MentionView> previous,
        Optional<MentionView> current,
        List<MentionView> others,
        Optional<String> health,
        String created) {

    public AlertMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeLabel, "typeLabel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        others = List.copyOf(others);
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(created, "created");
    }

    /** One line for notifications and subjects: the headline, then the change unless the headline has it. */
    public String oneLiner() {
        return change.filter(c -> !headline.contains(c)).map(c -> headline + ": " + c).orElse(headline);
    }
}
