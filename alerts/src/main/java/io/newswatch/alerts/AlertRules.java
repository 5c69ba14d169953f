package io.newswatch.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The thresholds and windows the shift detector applies to a subject. Immutable; build with
 * {@link #builder()}. {@link SubjectRules} picks one per subject (global rules plus per-subject
 * overrides).
 *
 * @param minAbsoluteShift    a level shift must move by at least this many troops
 * @param minRelativeShift    and by at least this fraction of the previous level (0.10 is "+/-10 %")
 * @param direction           which level shifts and change reports raise alerts: any, only decreases
 *                            (reductions), only increases
 * @param hedgeTolerance      how far a hedged figure may stretch: "approximately N" spans N ± this
 *                            fraction; "more than N" and "up to N" stretch twice as far on one side. Two
 *                            figures whose ranges overlap agree: no shift, and they corroborate each other
 * @param changeWindow        a change figure already reported for the subject within this window is not
 *                            reported again; reports of it within this window either side of the first
 *                            alert's report are added to that alert's sources
 * @param corroborationWindow reports agreeing with a shift's new figure (or sanctions state) published
 *                            within this window either side of the shift's decisive report are added to
 *                            that alert's sources
 * @param hysteresisWindow    a level shift back to a figure already reported within this window is a flap,
 *                            handled as {@code flapping} says; {@link Duration#ZERO} turns this off
 * @param flapping            what a flap raises
 * @param historicalYears     a mention dated this many years or more before its article never updates
 *                            current state ("In 2004, ...")
 * @param historyCap          how many mentions a subject keeps; the oldest go first
 */
public record AlertRules(long minAbsoluteShift, double minRelativeShift, Direction direction, double hedgeTolerance,
                         Duration changeWindow, Duration corroborationWindow, Duration hysteresisWindow,
                         Flapping flapping, int historicalYears, int historyCap) {

    /** The defaults documented on {@link Builder}. */
    public static final AlertRules DEFAULTS = builder().build();

    /** The option names {@link Builder#option(String, String)} accepts, in documentation order. */
    public static final List<String> OPTIONS = List.of("min.absolute.shift", "min.relative.shift", "direction",
            "hedge.tolerance", "change.window", "corroboration.window", "hysteresis.window", "flapping",
            "historical.years", "history.cap");

    /** Which way a figure must move to raise an alert. */
    public enum Direction {
        /** Any move beyond the thresholds. */
        ANY,
        /** Only level decreases and reduction reports. */
        DECREASES,
        /** Only level increases and increase reports. */
        INCREASES;

        /** True when a move by {@code delta} passes this filter. */
        public boolean allows(long delta) {
            return this == ANY || (this == DECREASES ? delta < 0 : delta > 0);
        }
    }

    /** What a level flapping back to a figure seen within the hysteresis window raises. */
    public enum Flapping {
        /** Nothing. */
        SILENT,
        /** One informational {@code HISTORICAL_REVISION} per flapping episode, then nothing. */
        NOTE_ONCE
    }

    public AlertRules {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(changeWindow, "changeWindow");
        Objects.requireNonNull(corroborationWindow, "corroborationWindow");
        Objects.requireNonNull(hysteresisWindow, "hysteresisWindow");
        Objects.requireNonNull(flapping, "flapping");
        if (minAbsoluteShift < 0) {
            throw new IllegalArgumentException("minAbsoluteShift must be >= 0: " + minAbsoluteShift);
        }
        if (!(minRelativeShift >= 0 && minRelativeShift <= 100)) {
            throw new IllegalArgumentException("minRelativeShift must be in [0, 100] (0.1 is 10 %): "
                    + minRelativeShift);
        }
        if (!(hedgeTolerance >= 0 && hedgeTolerance < 0.5)) {
            throw new IllegalArgumentException("hedgeTolerance must be in [0, 0.5): " + hedgeTolerance);
        }
        for (Duration window : List.of(changeWindow, corroborationWindow, hysteresisWindow)) {
            if (window.isNegative()) {
                throw new IllegalArgumentException("windows must be >= 0: " + window);
            }
        }
        if (historicalYears < 1 || historyCap < 2) {
            throw new IllegalArgumentException("historicalYears must be >= 1 and historyCap >= 2: "
                    + historicalYears + ", " + historyCap);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().minAbsoluteShift(minAbsoluteShift).minRelativeShift(minRelativeShift)
                .direction(direction).hedgeTolerance(hedgeTolerance).changeWindow(changeWindow)
                .corroborationWindow(corroborationWindow).hysteresisWindow(hysteresisWindow).flapping(flapping)
                .historicalYears(historicalYears).historyCap(historyCap);
    }

    /**
     * Builder with the defaults: 100 troops and 1 % of the previous level, any direction, 5 % hedges,
     * 7-day change and corroboration windows, 30-day hysteresis noted once, 2 years, 500 mentions.
     */
    public static final class Builder {
        private long minAbsoluteShift = 100;
        private double minRelativeShift = 0.01;
        private Direction direction = Direction.ANY;
        private double hedgeTolerance = 0.05;
        private Duration changeWindow = Duration.ofDays(7);
        private Duration corroborationWindow = Duration.ofDays(7);
        private Duration hysteresisWindow = Duration.ofDays(30);
        private Flapping flapping = Flapping.NOTE_ONCE;
        private int historicalYears = 2;
        private int historyCap = 500;

        public Builder minAbsoluteShift(long v) { minAbsoluteShift = v; return this; }
        public Builder minRelativeShift(double v) { minRelativeShift = v; return this; }
        public Builder direction(Direction v) { direction = v; return this; }
        public Builder hedgeTolerance(double v) { hedgeTolerance = v; return this; }
        public Builder changeWindow(Duration v) { changeWindow = v; return this; }
        public Builder corroborationWindow(Duration v) { corroborationWindow = v; return this; }
        public Builder hysteresisWindow(Duration v) { hysteresisWindow = v; return this; }
        public Builder flapping(Flapping v) { flapping = v; return this; }
        public Builder historicalYears(int v) { historicalYears = v; return this; }
        public Builder historyCap(int v) { historyCap = v; return this; }

        /**
         * Sets one option from its text form, for configuration files: {@code min.absolute.shift=100},
         * {@code min.relative.shift=0.1}, {@code direction=decreases}, {@code hedge.tolerance=0.05},
         * {@code change.window=P7D}, {@code corroboration.window=P7D}, {@code hysteresis.window=P30D},
         * {@code flapping=silent|note-once}, {@code historical.years=2}, {@code history.cap=500}.
         *
         * @throws IllegalArgumentException naming the option and the value when either is not understood
         */
        public Builder option(String name, String value) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown alert rule option '" + name + "'; known: "
                        + String.join(", ", OPTIONS));
            }
            String v = value.strip();
            try {
                return switch (name) {
                    case "min.absolute.shift" -> minAbsoluteShift(Long.parseLong(v));
                    case "min.relative.shift" -> minRelativeShift(Double.parseDouble(v));
                    case "direction" -> direction(Direction.valueOf(constant(v)));
                    case "hedge.tolerance" -> hedgeTolerance(Double.parseDouble(v));
                    case "change.window" -> changeWindow(Duration.parse(v));
                    case "corroboration.window" -> corroborationWindow(Duration.parse(v));
                    case "hysteresis.window" -> hysteresisWindow(Duration.parse(v));
                    case "flapping" -> flapping(Flapping.valueOf(constant(v)));
                    case "historical.years" -> historicalYears(Integer.parseInt(v));
                    default -> historyCap(Integer.parseInt(v));
                };
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("alert rule option '" + name + "': cannot use '" + value + "' ("
                        + e.getMessage() + ")", e);
            }
        }

        private static String constant(String v) {
            return v.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        public AlertRules build() {
            return new AlertRules(minAbsoluteShift, minRelativeShift, direction, hedgeTolerance, changeWindow,
                    corroborationWindow, hysteresisWindow, flapping, historicalYears, historyCap);
        }
    }
}
