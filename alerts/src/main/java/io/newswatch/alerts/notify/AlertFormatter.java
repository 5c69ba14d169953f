package io.newswatch.alerts.notify;

import java.net.URI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.SourceHealth;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/**
 * The one place that turns an {@link Alert} into words: figures with thousands separators, the
 * signed delta, hedges, stances, sources and dates. Channels render the resulting
 * {@link AlertMessage} and only escape; none of them formats figures itself.
 */
public final class AlertFormatter {

    /** The arrow between the old and the new figure. */
    public static final String ARROW = "\u2192";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Lays out {@code alert} for people; nothing is escaped yet. */
    public AlertMessage format(Alert alert) {
        Optional<MentionView> previous = Optional.ofNullable(alert.getPrevious()).map(this::mention);
        Optional<MentionView> current = Optional.ofNullable(alert.getCurrent()).map(this::mention);
        List<MentionView> others = new ArrayList<>();
        for (Mention m : alert.getSources()) {
            if (!sameMention(m, alert.getCurrent()) && !sameMention(m, alert.getPrevious())) {
                others.add(mention(m));
            }
        }
        return new AlertMessage(
                alert.getId(),
                alert.getType(),
                typeLabel(alert.getType()),
                subjectLabel(alert.getSubject()),
                Markup.singleLine(alert.getHeadline()),
                change(alert),
                previous,
                current,
                others,
                Optional.ofNullable(alert.getHealth()).map(AlertFormatter::healthLine),
                time(alert.getCreated()));
    }

    /** The readable multi-line plain-text form, used by the console and the e-mail text part. */
    public String plainText(AlertMessage message) {
        StringBuilder out = new StringBuilder();
        out.append(message.typeLabel().toUpperCase(Locale.ROOT)).append(" \u2014 ").append(message.subject()).append('\n');
        out.append(message.headline()).append('\n');
        message.change().ifPresent(c -> out.append("Change: ").append(c).append('\n'));
        message.health().ifPresent(h -> out.append("Feed:   ").append(h).append('\n'));
        message.previous().ifPresent(m -> appendMention(out, "Before: ", m));
        message.current().ifPresent(m -> appendMention(out, "Now:    ", m));
        for (MentionView m : message.others()) {
            appendMention(out, "Also:   ", m);
        }
        out.append("Alert ").append(message.id()).append(", raised ").append(message.created()).append('\n');
        return out.toString();
    }

    private static void appendMention(StringBuilder out, String label, MentionView m) {
        out.append(label).append(m.summary()).append('\n');
        out.append("        \u201C").append(m.sentence()).append("\u201D\n");
        out.append("        ").append(m.url()).append('\n');
    }

    /** {@code 5000} as "+5,000", {@code -5000} as "-5,000", zero as "0". */
    public static String signed(long delta) {
        String digits = number(Math.abs(delta));
        return delta > 0 ? "+" + digits : delta < 0 ? "-" + digits : digits;
    }

    /** {@code 28500} as "28,500". */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** An instant as "2026-11-20 14:05 UTC". */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** The hedge in words. */
    public static String qualifier(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "exactly";
            case APPROXIMATE -> "approximately";
            case MORE_THAN -> "more than";
            case UP_TO -> "up to";
        };
    }

    /** The stance in words. */
    public static String stance(Stance stance) {
        return switch (stance) {
            case REPORTED -> "reported";
            case PROPOSED -> "proposed";
            case DENIED -> "denied";
            case COMPLETED -> "completed";
        };
    }

    /** The rule in words. */
    public static String typeLabel(AlertType type) {
        return switch (type) {
            case LEVEL_SHIFT -> "Level shift";
            case CHANGE_REPORTED -> "Change reported";
            case SANCTIONS_SHIFT -> "Sanctions shift";
            case HISTORICAL_REVISION -> "Historical revision";
            case SOURCE_HEALTH -> "Source health";
        };
    }

    /** "troops|US|South Korea" as "US troops in South Korea"; unknown shapes as they are. */
    public static String subjectLabel(String subject) {
        String[] parts = subject.split("\\|", -1);
        if (parts.length == 3) {
            String who = parts[1].isBlank() || parts[1].equals("unnamed") ? "" : parts[1].strip() + " ";
            String where = parts[2].strip();
            if (parts[0].equals("troops")) {
                return who.isEmpty() ? "Troops in " + where : who + "troops in " + where;
            }
            if (parts[0].equals("sanctions")) {
                return who.isEmpty() ? "Sanctions on " + where : who + "sanctions on " + where;
            }
        }
        return Markup.singleLine(subject);
    }

    private Optional<String> change(Alert alert) {
        Mention current = alert.getCurrent();
        if (current == null) {
            return Optional.empty();
        }
        String now = shortFigure(current);
        String delta = alert.getDelta() == null ? "" : " (" + signed(alert.getDelta()) + ")";
        if (alert.getPrevious() == null) {
            return Optional.of(now + delta);
        }
        return Optional.of(shortFigure(alert.getPrevious()) + " " + ARROW + " " + now + delta);
    }

    /** One mention laid out for people, unescaped. */
    public MentionView mention(Mention m) {
        String figure;
        Optional<String> qualifier;
        String stance;
        if (m.getDetail() instanceof TroopMention t) {
            qualifier = Optional.of(qualifier(t.getQualifier()));
            figure = troopFigure(t, true);
            stance = stance(t.getStance());
        } else if (m.getDetail() instanceof SanctionMention s) {
            qualifier = Optional.empty();
            figure = sanctionFigure(s);
            stance = s.getNegated() ? "ruled out" : "reported";
        } else {
            throw new IllegalArgumentException("mention " + m.getId() + " has an unknown detail type: "
                    + (m.getDetail() == null ? "null" : m.getDetail().getClass().getName()));
        }
        return new MentionView(
                figure,
                qualifier,
                stance,
                sourceLabel(m),
                Optional.ofNullable(m.getTitle()).map(Markup::singleLine).filter(t -> !t.isEmpty()),
                Markup.safeUrl(m.getUrl()),
                Markup.singleLine(m.getUrl()),
                time(m.getPublished()),
                Markup.singleLine(m.getSentence()));
    }

    private static String shortFigure(Mention m) {
        if (m.getDetail() instanceof TroopMention t) {
            return troopFigure(t, t.getKind() != TroopKind.LEVEL);
        }
        if (m.getDetail() instanceof SanctionMention s) {
            return sanctionFigure(s);
        }
        return "?";
    }

    /** "23,500", "approximately 23,500", "reduction of approximately 4,500". */
    private static String troopFigure(TroopMention t, boolean hedged) {
        Long q = t.getQuantity();
        String n = q == null ? null
                : hedged && t.getQualifier() != Qualifier.EXACT ? qualifier(t.getQualifier()) + " " + number(q) : number(q);
        return switch (t.getKind()) {
            case LEVEL -> n == null ? "unspecified level" : n;
            case REDUCTION -> n == null ? "unspecified reduction" : "reduction of " + n;
            case INCREASE -> n == null ? "unspecified increase" : "increase of " + n;
        };
    }

    private static String sanctionFigure(SanctionMention s) {
        String action = s.getAction().name().toLowerCase(Locale.ROOT);
        return s.getNegated() ? action + " ruled out" : action;
    }

    private static String sourceLabel(Mention m) {
        if (m.getSource() != null && !m.getSource().isBlank()) {
            return Markup.singleLine(m.getSource());
        }
        try {
            String host = URI.create(m.getUrl().strip()).getHost();
            return host == null ? "unknown source" : host;
        } catch (IllegalArgumentException e) {
            return "unknown source";
        }
    }

    private static boolean sameMention(Mention a, Mention b) {
        return b != null && a.getId().equals(b.getId());
    }

    private static String healthLine(SourceHealth h) {
        StringBuilder out = new StringBuilder(Markup.singleLine(h.getFeed())).append(" is ")
                .append(h.getStatus().name().toLowerCase(Locale.ROOT));
        if (h.getConsecutiveFailures() > 0) {
            out.append(", ").append(h.getConsecutiveFailures()).append(" consecutive failures");
        }
        if (h.getLastSuccess() != null) {
            out.append(", last success ").append(time(h.getLastSuccess()));
        }
        if (h.getMessage() != null && !h.getMessage().isBlank()) {
            out.append(": ").append(Markup.singleLine(h.getMessage()));
        }
        return out.toString();
    }
}
