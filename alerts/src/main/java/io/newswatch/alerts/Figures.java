package io.newswatch.alerts;

import java.text.NumberFormat;
import java.util.Locale;

import io.newswatch.schemas.Qualifier;

/** Reading and writing troop figures: hedged ranges and display with thousands separators. */
final class Figures {

    private Figures() {
    }

    /** The lower bound a hedged figure allows. */
    static double low(long quantity, Qualifier qualifier, double tolerance) {
        return switch (qualifier) {
            case EXACT, MORE_THAN -> quantity;
            case APPROXIMATE -> quantity * (1 - tolerance);
            case UP_TO -> quantity * (1 - 2 * tolerance);
        };
    }

    /** The upper bound a hedged figure allows. */
    static double high(long quantity, Qualifier qualifier, double tolerance) {
        return switch (qualifier) {
            case EXACT, UP_TO -> quantity;
            case APPROXIMATE -> quantity * (1 + tolerance);
            case MORE_THAN -> quantity * (1 + 2 * tolerance);
        };
    }

    static String format(long quantity) {
        return NumberFormat.getIntegerInstance(Locale.US).format(quantity);
    }

    static String signed(long delta) {
        return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + format(Math.abs(delta));
    }

    /** "approximately 4,500", "more than 4,000", "28,500". */
    static String hedged(long quantity, Qualifier qualifier) {
        String n = format(quantity);
        return switch (qualifier) {
            case EXACT -> n;
            case APPROXIMATE -> "approximately " + n;
            case MORE_THAN -> "more than " + n;
            case UP_TO -> "up to " + n;
        };
    }
}
