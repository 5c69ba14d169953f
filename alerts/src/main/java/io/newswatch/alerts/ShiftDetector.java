package io.newswatch.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.newswatch.schemas.Ids;
import io.newswatch.alerts.notify.AlertFormatter;
import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/**
 * Decides, for one subject, which alerts a new mention raises. A pure function of the subject's
 * history and the mention: no Kafka, no clock of its own.
 *
 * <p>Time is publication time. The history is kept in event-time order whatever the arrival
 * order, and the current figure is the latest reported level. A shift is the move from one
 * reported level to the next in event time: when the current level differs from the one before
 * it beyond the thresholds and the hedges, that is a {@code LEVEL_SHIFT}, raised once, with an id
 * derived from its content. So the seeds give the same single shift in any arrival order. A late
 * report that lands before the current level never becomes current; where it changes the
 * picture it raises an informational {@code HISTORICAL_REVISION}.
 */
public final class ShiftDetector {

    /** Event-time order: publication time, then mention id to break ties deterministically. */
    static final Comparator<Mention> EVENT_ORDER =
            Comparator.comparing(Mention::getPublished).thenComparing(Mention::getId);

    private final AlertRules rules;

    public ShiftDetector(AlertRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The subject's new history and the alerts the mention raises. */
    public record Decision(SubjectHistory history, List<Alert> alerts) {
        public Decision {
            Objects.requireNonNull(history, "history");
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * @param before   the subject's history, or null for a subject not seen yet
     * @param incoming the new mention
     * @param now      wall-clock time, stamped on alerts as their creation time
     */
    public Decision decide(SubjectHistory before, Mention incoming, Instant now) {
        SubjectHistory history = before != null ? before
                : SubjectHistory.newBuilder().setSubject(incoming.getSubject()).build();
        if (history.getMentions().stream().anyMatch(m -> m.getId().equals(incoming.getId()))) {
            return new Decision(history, List.of());
        }
        List<Mention> mentions = new ArrayList<>(history.getMentions());
        mentions.add(incoming);
        mentions.sort(EVENT_ORDER);
        while (mentions.size() > rules.historyCap()) {
            mentions.remove(0);
        }

        List<Alert> candidates = new ArrayList<>();
        if (incoming.getDetail() instanceof TroopMention troop && !isHistorical(incoming)) {
            if (isLevelReport(incoming)) {
                levelShift(mentions, incoming, now, candidates);
            } else if (troop.getKind() != TroopKind.LEVEL && troop.getQuantity() != null) {
                changeReported(mentions, incoming, now, candidates);
            }
        } else if (incoming.getDetail() instanceof SanctionMention sanction
                && sanction.getAction() != SanctionAction.MENTION) {
            sanctionsShift(mentions, incoming, now, candidates);
        }

        Set<String> raised = new LinkedHashSet<>(history.getRaised());
        List<Alert> fresh = new ArrayList<>();
        for (Alert alert : candidates) {
            if (raised.add(alert.getId())) {
                fresh.add(alert);
            }
        }
        List<String> raisedList = new ArrayList<>(raised);
        if (raisedList.size() > rules.historyCap()) {
            raisedList = raisedList.subList(raisedList.size() - rules.historyCap(), raisedList.size());
        }
        SubjectHistory after = SubjectHistory.newBuilder()
                .setSubject(history.getSubject())
                .setMentions(mentions)
                .setRaised(new ArrayList<>(raisedList))
                .build();
        return new Decision(after, fresh);
    }

    private void levelShift(List<Mention> mentions, Mention incoming, Instant now, List<Alert> out) {
        List<Mention> levels = select(mentions, this::isLevelReport);
        int at = levels.indexOf(incoming);
        int last = levels.size() - 1;
        if (at == last) {
            if (at > 0 && shifted(levels.get(at - 1), incoming)) {
                out.add(levelShiftAlert(levels.get(at - 1), incoming, now));
            }
            return;
        }
        Mention current = levels.get(last);
        if (at == last - 1 && last == 1 && shifted(incoming, current)) {
            // The current level had no predecessor until now: this report is its baseline.
            out.add(levelShiftAlert(incoming, current, now));
            return;
        }
        Mention earlier = at > 0 ? levels.get(at - 1) : null;
        Mention later = levels.get(at + 1);
        if ((earlier != null && shifted(earlier, incoming)) || shifted(incoming, later)) {
            out.add(alert(AlertType.HISTORICAL_REVISION, earlier, incoming, null, now,
                    AlertFormatter.subjectLabel(incoming.getSubject()) + ": late report of " + figure(incoming) + " ("
                            + date(incoming) + ") revises the history before the current "
                            + figure(current) + " (" + date(current) + ")"));
        }
    }

    private void changeReported(List<Mention> mentions, Mention incoming, Instant now, List<Alert> out) {
        TroopMention troop = (TroopMention) incoming.getDetail();
        Instant from = incoming.getPublished().minus(rules.changeWindow());
        boolean seen = mentions.stream()
                .filter(m -> m != incoming && m.getDetail() instanceof TroopMention)
                .filter(m -> !m.getPublished().isBefore(from) && !m.getPublished().isAfter(incoming.getPublished()))
                .filter(m -> EVENT_ORDER.compare(m, incoming) < 0)
                .anyMatch(m -> sameChange((TroopMention) m.getDetail(), troop));
        if (!seen) {
            out.add(alert(AlertType.CHANGE_REPORTED, null, incoming, null, now,
                    AlertFormatter.subjectLabel(incoming.getSubject()) + ": " + troop.getKind().name().toLowerCase(java.util.Locale.ROOT)
                            + " of " + Figures.hedged(troop.getQuantity(), troop.getQualifier()) + " "
                            + stanceWord(troop.getStance()) + " (" + date(incoming) + ")"));
        }
    }

    private void sanctionsShift(List<Mention> mentions, Mention incoming, Instant now, List<Alert> out) {
        List<Mention> actions = select(mentions, m -> m.getDetail() instanceof SanctionMention s
                && s.getAction() != SanctionAction.MENTION);
        int at = actions.indexOf(incoming);
        if (at != actions.size() - 1 || at == 0) {
            return;
        }
        Mention previous = actions.get(at - 1);
        if (!sanctionState(previous).equals(sanctionState(incoming))) {
            out.add(alert(AlertType.SANCTIONS_SHIFT, previous, incoming, null, now,
                    AlertFormatter.subjectLabel(incoming.getSubject()) + ": " + sanctionState(previous) + " → " + sanctionState(incoming)
                            + " (" + date(incoming) + ")"));
        }
    }

    private Alert levelShiftAlert(Mention previous, Mention current, Instant now) {
        long delta = quantity(current) - quantity(previous);
        return alert(AlertType.LEVEL_SHIFT, previous, current, delta, now,
                AlertFormatter.subjectLabel(current.getSubject()) + ": reported level " + figure(previous) + " → " + figure(current)
                        + " (" + AlertFormatter.signed(delta) + "), " + date(previous) + " → " + date(current));
    }

    private static Alert alert(AlertType type, Mention previous, Mention current, Long delta, Instant now,
                               String headline) {
        return Alert.newBuilder()
                .setId(Ids.of(current.getSubject(), type.name(), previous == null ? "-" : previous.getId(),
                        current.getId()))
                .setType(type)
                .setSubject(current.getSubject())
                .setHeadline(headline)
                .setPrevious(previous)
                .setCurrent(current)
                .setDelta(delta)
                .setSources(List.of(current))
                .setCreated(now)
                .build();
    }

    /** True when two reported levels differ beyond the hedges and the thresholds. */
    boolean shifted(Mention a, Mention b) {
        TroopMention x = (TroopMention) a.getDetail();
        TroopMention y = (TroopMention) b.getDetail();
        long qa = x.getQuantity();
        long qb = y.getQuantity();
        double tol = rules.hedgeTolerance();
        boolean overlap = Figures.low(qa, x.getQualifier(), tol) <= Figures.high(qb, y.getQualifier(), tol)
                && Figures.low(qb, y.getQualifier(), tol) <= Figures.high(qa, x.getQualifier(), tol);
        long diff = Math.abs(qb - qa);
        return !overlap && diff >= rules.minAbsoluteShift() && diff >= rules.minRelativeShift() * Math.max(qa, qb);
    }

    private boolean sameChange(TroopMention a, TroopMention b) {
        if (a.getKind() != b.getKind() || a.getStance() != b.getStance() || a.getQuantity() == null) {
            return false;
        }
        double tol = rules.hedgeTolerance();
        return Figures.low(a.getQuantity(), a.getQualifier(), tol) <= Figures.high(b.getQuantity(), b.getQualifier(), tol)
                && Figures.low(b.getQuantity(), b.getQualifier(), tol) <= Figures.high(a.getQuantity(), a.getQualifier(), tol);
    }

    /** A reported (or completed) level with a figure, not dated well before its article. */
    boolean isLevelReport(Mention m) {
        return m.getDetail() instanceof TroopMention t
                && t.getKind() == TroopKind.LEVEL
                && t.getQuantity() != null
                && (t.getStance() == Stance.REPORTED || t.getStance() == Stance.COMPLETED)
                && !isHistorical(m);
    }

    boolean isHistorical(Mention m) {
        Integer year = m.getDetail() instanceof TroopMention t ? t.getEventYear() : null;
        return year != null && m.getPublished().atOffset(ZoneOffset.UTC).getYear() - year >= rules.historicalYears();
    }

    private static List<Mention> select(List<Mention> mentions, Predicate<Mention> p) {
        return mentions.stream().filter(p).toList();
    }

    private static long quantity(Mention m) {
        return ((TroopMention) m.getDetail()).getQuantity();
    }

    private static String figure(Mention m) {
        TroopMention t = (TroopMention) m.getDetail();
        return Figures.hedged(t.getQuantity(), t.getQualifier());
    }

    private static String sanctionState(Mention m) {
        SanctionMention s = (SanctionMention) m.getDetail();
        String action = s.getAction().name().toLowerCase(java.util.Locale.ROOT);
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



    /**
     * The subject's current figure: for troops the latest reported level in event time, for
     * sanctions the latest action; empty while the history holds none.
     */
    public java.util.Optional<Mention> current(SubjectHistory history) {
        List<Mention> candidates = select(history.getMentions(), m -> isLevelReport(m)
                || (m.getDetail() instanceof SanctionMention s && s.getAction() != SanctionAction.MENTION));
        return candidates.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(candidates.get(candidates.size() - 1));
    }
}
