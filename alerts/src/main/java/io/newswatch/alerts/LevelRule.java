package io.newswatch.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;

/**
 * {@code LEVEL_SHIFT}: the newest reported level moved from the one before it beyond the hedges and
 * the thresholds, in the configured direction. Reports agreeing with a shift's new level within the
 * corroboration window join that alert's sources. A move back to a level reported within the
 * hysteresis window is a flap: nothing, or one informational note. A late report never raises a
 * shift of its own, except as the first baseline of a level that had none; where it changes the
 * picture (it agrees with neither neighbour, and no report within the hysteresis window gives its
 * figure) it raises an informational {@code HISTORICAL_REVISION}.
 */
final class LevelRule {

    private final Situation s;
    private final List<Mention> levels;

    private LevelRule(Situation s) {
        this.s = s;
        this.levels = s.select(s::isLevelReport);
    }

    static void apply(Situation s) {
        new LevelRule(s).apply();
    }

    private void apply() {
        Mention in = s.incoming;
        if (s.corroborate(AlertType.LEVEL_SHIFT, a -> s.agree(a.getCurrent(), in), this::sources)) {
            return;
        }
        int at = levels.indexOf(in);
        if (at == levels.size() - 1) {
            if (at > 0) {
                shift(levels.get(at - 1), in, true);
            }
            return;
        }
        Mention earlier = at > 0 ? levels.get(at - 1) : null;
        Mention later = levels.get(at + 1);
        if (earlier == null && oneLevel(levels.subList(1, levels.size()))) {
            // The level after it had no baseline until now: this report is it.
            shift(in, later, false);
        } else if ((earlier == null || s.significant(earlier, in)) && s.significant(in, later) && !knownAround(in)) {
            Mention current = levels.get(levels.size() - 1);
            s.raise(s.alert(AlertType.HISTORICAL_REVISION, earlier, in, null, List.of(in),
                    Headlines.revision(in, current)));
        }
    }

    private void shift(Mention previous, Mention current, boolean newest) {
        long delta = Situation.quantity(current) - Situation.quantity(previous);
        if (!s.significant(previous, current) || !s.rules.direction().allows(delta)) {
            return;
        }
        Mention seen = newest ? seenWithinHysteresis(previous, current) : null;
        if (seen != null) {
            if (s.rules.flapping() == AlertRules.Flapping.NOTE_ONCE) {
                Instant from = current.getPublished().minus(s.rules.hysteresisWindow());
                Mention episode = levels.stream().filter(m -> !m.getPublished().isBefore(from)).findFirst()
                        .orElse(seen);
                s.raise(s.alert(AlertType.HISTORICAL_REVISION, previous, current, delta, List.of(current),
                        Headlines.flap(previous, current, seen), "flapping", episode.getId()));
            }
            return;
        }
        List<Mention> sources = corroboration(current).sources(levels, current, previous);
        s.raise(s.alert(AlertType.LEVEL_SHIFT, previous, current, delta, sources,
                Headlines.of(AlertType.LEVEL_SHIFT, previous, current, sources.size())));
    }

    /** The latest report before {@code previous}, within the hysteresis window, that agrees with {@code current}. */
    private Mention seenWithinHysteresis(Mention previous, Mention current) {
        if (s.rules.hysteresisWindow().isZero()) {
            return null;
        }
        Instant from = current.getPublished().minus(s.rules.hysteresisWindow());
        Mention seen = null;
        for (Mention m : levels.subList(0, levels.indexOf(previous))) {
            if (!m.getPublished().isBefore(from) && s.agree(m, current)) {
                seen = m;
            }
        }
        return seen;
    }

    /** True when another report within the hysteresis window either side gives the same figure. */
    private boolean knownAround(Mention in) {
        Duration window = s.rules.hysteresisWindow();
        return !window.isZero() && levels.stream().anyMatch(m -> !m.equals(in) && s.agree(m, in)
                && Duration.between(m.getPublished(), in.getPublished()).abs().compareTo(window) <= 0);
    }

    private boolean oneLevel(List<Mention> reports) {
        return reports.stream().noneMatch(m -> s.significant(reports.get(0), m));
    }

    private List<Mention> sources(Alert alert) {
        return corroboration(alert.getCurrent()).sources(levels, alert.getCurrent(), alert.getPrevious());
    }

    private Corroboration corroboration(Mention current) {
        return new Corroboration(m -> s.agree(current, m), m -> s.significant(current, m),
                s.rules.corroborationWindow());
    }
}
