package io.newswatch.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.newswatch.schemas.Mention;

/**
 * The reports that corroborate an alert's figure: starting at the alert's decisive report, walk the
 * subject's reports of the same kind outwards in event time, taking each that agrees with it while
 * the gap to the nearest report already taken stays within the window, and stopping at a report that
 * contradicts it (the figure moved) or, going back, at the alert's previous report. Because the walk
 * chains through every agreeing report in the history, the result depends on the reports present,
 * not on the order they arrived in.
 */
final class Corroboration {

    private final Predicate<Mention> agrees;
    private final Predicate<Mention> contradicts;
    private final Duration window;

    Corroboration(Predicate<Mention> agrees, Predicate<Mention> contradicts, Duration window) {
        this.agrees = agrees;
        this.contradicts = contradicts;
        this.window = window;
    }

    /**
     * @param reports  the subject's reports of this kind in event-time order
     * @param anchor   the alert's decisive report
     * @param floor    the alert's previous report, or null: the walk back stops there
     * @return the corroborating reports in event-time order, the anchor included; just the anchor when
     *         it is no longer in {@code reports}
     */
    List<Mention> sources(List<Mention> reports, Mention anchor, Mention floor) {
        int at = reports.indexOf(anchor);
        List<Mention> out = new ArrayList<>();
        if (at < 0) {
            out.add(anchor);
            return out;
        }
        for (int i = at - 1, gapFrom = at; i >= 0; i--) {
            Mention m = reports.get(i);
            if (m.equals(floor) || contradicts.test(m)) {
                break;
            }
            if (agrees.test(m)) {
                if (Duration.between(m.getPublished(), reports.get(gapFrom).getPublished()).compareTo(window) > 0) {
                    break;
                }
                out.add(0, m);
                gapFrom = i;
            }
        }
        out.add(anchor);
        for (int i = at + 1, gapFrom = at; i < reports.size(); i++) {
            Mention m = reports.get(i);
            if (contradicts.test(m)) {
                break;
            }
            if (agrees.test(m)) {
                if (Duration.between(reports.get(gapFrom).getPublished(), m.getPublished()).compareTo(window) > 0) {
                    break;
                }
                out.add(m);
                gapFrom = i;
            }
        }
        return out;
    }
}
