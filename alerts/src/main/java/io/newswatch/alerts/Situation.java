package io.newswatch.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/**
 * One subject while one new mention is decided: its rules, its mentions in event-time order (the new
 * one included), the alerts already raised and those still open to corroboration, and what the rules
 * emit. Mutable; lives for one {@link ShiftDetector#decide} call.
 */
final class Situation {

    /** At most this many alerts per subject stay open to corroboration; the stalest close first. */
    static final int MAX_OPEN = 50;

    final AlertRules rules;
    final List<Mention> mentions;
    final Mention incoming;
    final Instant now;
    private final List<Alert> open;
    private final Set<String> raised;
    private final List<Alert> emitted = new ArrayList<>();

    Situation(AlertRules rules, List<Mention> mentions, Mention incoming, Instant now, List<Alert> open,
              List<String> raised) {
        this.rules = rules;
        this.mentions = mentions;
        this.incoming = incoming;
        this.now = now;
        this.open = new ArrayList<>(open);
        this.raised = new LinkedHashSet<>(raised);
    }

    List<Mention> select(Predicate<Mention> p) {
        return mentions.stream().filter(p).toList();
    }

    /** Emits a new alert unless its id was raised before; keeps it open to corroboration. */
    void raise(Alert alert) {
        if (raised.add(alert.getId())) {
            emitted.add(alert);
            if (alert.getType() != AlertType.HISTORICAL_REVISION) {
                open.add(alert);
            }
        }
    }

    /**
     * Offers the incoming mention to each open alert of {@code type} that {@code candidate} accepts:
     * when the alert's corroborating reports now include it, the alert is re-emitted under its id
     * with the grown sources list and a fresh headline.
     *
     * @return true when the mention corroborated an open alert
     */
    boolean corroborate(AlertType type, Predicate<Alert> candidate, Function<Alert, List<Mention>> sources) {
        for (int i = 0; i < open.size(); i++) {
            Alert alert = open.get(i);
            if (alert.getType() != type || !candidate.test(alert)) {
                continue;
            }
            Set<Mention> union = new LinkedHashSet<>(alert.getSources());
            union.addAll(sources.apply(alert));
            if (!union.contains(incoming) || union.size() == alert.getSources().size()) {
                continue;
            }
            List<Mention> grown = new ArrayList<>(union);
            grown.sort(ShiftDetector.EVENT_ORDER);
            Alert updated = Alert.newBuilder(alert)
                    .setSources(grown)
                    .setHeadline(Headlines.of(type, alert.getPrevious(), alert.getCurrent(), grown.size()))
                    .setCreated(now)
                    .build();
            open.set(i, updated);
            emitted.add(updated);
            return true;
        }
        return false;
    }

    List<Alert> emitted() {
        return emitted;
    }

    List<String> raised() {
        List<String> list = new ArrayList<>(raised);
        return new ArrayList<>(list.subList(Math.max(0, list.size() - rules.historyCap()), list.size()));
    }

    /**
     * The alerts still open: those whose decisive report is within twice their window of the newest
     * mention (their own window, plus as much again for late reports), at most {@link #MAX_OPEN}.
     */
    List<Alert> open() {
        Instant newest = mentions.get(mentions.size() - 1).getPublished();
        List<Alert> kept = new ArrayList<>(open.stream()
                .filter(a -> !a.getCurrent().getPublished().plus(window(a.getType()).multipliedBy(2)).isBefore(newest))
                .toList());
        kept.sort(Comparator.comparing(a -> a.getCurrent().getPublished()));
        return new ArrayList<>(kept.subList(Math.max(0, kept.size() - MAX_OPEN), kept.size()));
    }

    private Duration window(AlertType type) {
        return type == AlertType.CHANGE_REPORTED ? rules.changeWindow() : rules.corroborationWindow();
    }

    /**
     * The alert every rule builds. Its id is derived from the subject, the rule, and the previous and
     * decisive reports with their values, or from {@code idParts} when given; corroboration updates
     * keep it.
     */
    Alert alert(AlertType type, Mention previous, Mention current, Long delta, List<Mention> sources,
                String headline, String... idParts) {
        List<String> parts = new ArrayList<>(List.of(current.getSubject(), type.name()));
        if (idParts.length == 0) {
            parts.addAll(List.of(previous == null ? "-" : previous.getId(), current.getId(),
                    previous == null ? "-" : value(previous), value(current)));
        } else {
            parts.addAll(List.of(idParts));
        }
        return Alert.newBuilder()
                .setId(Ids.of(parts.toArray(String[]::new)))
                .setType(type)
                .setSubject(current.getSubject())
                .setHeadline(headline)
                .setPrevious(previous)
                .setCurrent(current)
                .setDelta(delta)
                .setSources(new ArrayList<>(sources))
                .setCreated(now)
                .build();
    }

    /** What a report says, for alert ids: "LEVEL REPORTED APPROXIMATE 28000", "EASE negated". */
    private static String value(Mention m) {
        if (m.getDetail() instanceof TroopMention t) {
            return t.getKind() + " " + t.getStance() + " " + t.getQualifier() + " " + t.getQuantity();
        }
        SanctionMention x = (SanctionMention) m.getDetail();
        return x.getAction() + (x.getNegated() ? " negated" : "");
    }

    boolean isHistorical(Mention m) {
        Integer year = m.getDetail() instanceof TroopMention t ? t.getEventYear() : null;
        return year != null && m.getPublished().atOffset(ZoneOffset.UTC).getYear() - year >= rules.historicalYears();
    }

    /** A reported (or completed) level with a figure, not dated well before its article. */
    boolean isLevelReport(Mention m) {
        return m.getDetail() instanceof TroopMention t
                && t.getKind() == TroopKind.LEVEL
                && t.getQuantity() != null
                && (t.getStance() == Stance.REPORTED || t.getStance() == Stance.COMPLETED)
                && !isHistorical(m);
    }

    /** A reduction or increase with a figure, not dated well before its article. */
    boolean isChangeReport(Mention m) {
        return m.getDetail() instanceof TroopMention t
                && t.getKind() != TroopKind.LEVEL
                && t.getQuantity() != null
                && !isHistorical(m);
    }

    /** True when two troop figures agree within their hedges. */
    boolean agree(Mention a, Mention b) {
        return Figures.agree(troops(a), troops(b), rules.hedgeTolerance());
    }

    /**
     * True when {@code to} moved from {@code from} beyond the hedges and both thresholds (absolute, and
     * relative to {@code from}), in either direction.
     */
    boolean significant(Mention from, Mention to) {
        long qa = troops(from).getQuantity();
        long diff = Math.abs(troops(to).getQuantity() - qa);
        return !agree(from, to) && diff >= rules.minAbsoluteShift() && diff >= rules.minRelativeShift() * qa;
    }

    static TroopMention troops(Mention m) {
        return (TroopMention) m.getDetail();
    }

    static long quantity(Mention m) {
        return troops(m).getQuantity();
    }
}
