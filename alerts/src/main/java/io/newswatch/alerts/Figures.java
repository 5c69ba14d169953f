package io.newswatch.alerts;

import io.newswatch.alerts.notify.AlertFormatter;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.TroopMention;

/** Hedged troop figures: the range a hedge allows, and the figure in words. */
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


    /** True when the ranges the two hedged figures allow overlap: "roughly 28,000" agrees with 28,500. */
    static boolean agree(TroopMention a, TroopMention b, double tolerance) {
        return low(a.getQuantity(), a.getQualifier(), tolerance) <= high(b.getQuantity(), b.getQualifier(), tolerance)
                && low(b.getQuantity(), b.getQualifier(), tolerance) <= high(a.getQuantity(), a.getQualifier(), tolerance);
    }

    /** "approximately 4,500", "more than 4,000", "28,500". */
    static String hedged(long quantity, Qualifier qualifier) {
        String n = AlertFormatter.number(quantity);
        return switch (qualifier) {
            case EXACT -> n;
            case APPROXIMATE -> "approximately " + n;
            case MORE_THAN -> "more than " + n;
            case UP_TO -> "up to " + n;
        };
    }
}
