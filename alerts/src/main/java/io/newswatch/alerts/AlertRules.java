package io.newswatch.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds the shift detector applies. Immutable; build with {@link #builder()}.
 *
 * @param minAbsoluteShift   a level shift must move by at least this many troops
 * @param minRelativeShift   and by at least this fraction of the larger figure
 * @param hedgeTolerance     how far a hedged figure may stretch: "approximately N" spans N ± this
 *                           fraction; "more than N" and "up to N" stretch twice as far on one side
 * @param changeWindow       a change figure already reported for the subject within this window is not
 *                           reported again
 * @param historicalYears    a mention dated this many years or more before its article never updates
 *                           current state ("In 2004, ...")
 * @param historyCap         how many mentions a subject keeps; the oldest go first
 */
public record AlertRules(long minAbsoluteShift, double minRelativeShift, double hedgeTolerance,
                         Duration changeWindow, int historicalYears, int historyCap) {

    public static final AlertRules DEFAULTS = builder().build();

    public AlertRules {
        Objects.requireNonNull(changeWindow, "changeWindow");
        if (minAbsoluteShift < 0 || minRelativeShift < 0 || minRelativeShift >= 1) {
            throw new IllegalArgumentException("shift thresholds must be >= 0 (relative < 1)");
        }
        if (hedgeTolerance < 0 || hedgeTolerance >= 0.5) {
            throw new IllegalArgumentException("hedgeTolerance must be in [0, 0.5): " + hedgeTolerance);
        }
        if (changeWindow.isNegative() || historicalYears < 1 || historyCap < 2) {
            throw new IllegalArgumentException("changeWindow >= 0, historicalYears >= 1, historyCap >= 2");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().minAbsoluteShift(minAbsoluteShift).minRelativeShift(minRelativeShift)
                .hedgeTolerance(hedgeTolerance).changeWindow(changeWindow).historicalYears(historicalYears)
                .historyCap(historyCap);
    }

    /** Builder with the documented defaults: 100 troops and 1 %, 5 % hedges, 7 days, 2 years, 500 mentions. */
    public static final class Builder {
        private long minAbsoluteShift = 100;
        private double minRelativeShift = 0.01;
        private double hedgeTolerance = 0.05;
        private Duration changeWindow = Duration.ofDays(7);
        private int historicalYears = 2;
        private int historyCap = 500;

        public Builder minAbsoluteShift(long v) { minAbsoluteShift = v; return this; }
        public Builder minRelativeShift(double v) { minRelativeShift = v; return this; }
        public Builder hedgeTolerance(double v) { hedgeTolerance = v; return this; }
        public Builder changeWindow(Duration v) { changeWindow = v; return this; }
        public Builder historicalYears(int v) { historicalYears = v; return this; }
        public Builder historyCap(int v) { historyCap = v; return this; }

        public AlertRules build() {
            return new AlertRules(minAbsoluteShift, minRelativeShift, hedgeTolerance, changeWindow,
                    historicalYears, historyCap);
        }
    }
}
