package io.newswatch.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.newswatch.schemas.Mention;

/**
 * The reports that corroborate an alert's figure: those of the same kind that agree with the
 * alert's decisive report and were published within the window either side of it, walking outwards
 * in event time and stopping at a report that contradicts it (the figure moved in between) or, going
 * back, at the alert's previous report. The window is anchored at the decisive report, so an alert
 * is updated only while its window lasts, however long the figure keeps being repeated.
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
        if (at >= 0) {
            for (int i = at - 1; i >= 0 && within(reports.get(i), anchor); i--) {
                Mention m = reports.get(i);
                if (m.equals(floor) || contradicts.test(m)) {
                    break;
                }
                if (agrees.test(m)) {
                    out.add(0, m);
                }
            }
        }
        out.add(anchor);
        for (int i = at + 1; at >= 0 && i < reports.size() && within(reports.get(i), anchor); i++) {
            Mention m = reports.get(i);
            if (contradicts.test(m)) {
                break;
            }
            if (agrees.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private boolean within(Mention m, Mention anchor) {
        return Duration.between(m.getPublished(), anchor.getPublished()).abs().compareTo(window) <= 0;
    }
}
