package io.newswatch.ingest.replay;

import java.time.Duration;
import java.util.Locale;

/**
 * How fast a replay runs against publication time: {@code max} sends as fast as the broker takes
 * records, {@code 60x} plays one hour of publication time in one minute.
 *
 * @param factor publication-time seconds per wall-clock second; {@code 0} means as fast as possible
 */
public record Speed(double factor) {

    public static final Speed MAX = new Speed(0);

    public Speed {
        if (factor < 0 || Double.isNaN(factor) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("speed factor must be finite and >= 0: " + factor);
        }
    }

    /** Parses {@code max}, {@code 1x}, {@code 60x}, {@code 3600x} or {@code 2.5x}. */
    public static Speed parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("max")) {
            return MAX;
        }
        if (!t.endsWith("x")) {
            throw new IllegalArgumentException("speed must be 'max' or a factor like '60x', not '" + text + "'");
        }
        try {
            double f = Double.parseDouble(t.substring(0, t.length() - 1));
            if (f <= 0) {
                throw new IllegalArgumentException("speed factor must be positive, not '" + text + "'");
            }
            return new Speed(f);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed must be 'max' or a factor like '60x', not '" + text + "'", e);
        }
    }

    /** Wall-clock time that {@code publicationGap} takes at this speed. */
    public Duration wallTime(Duration publicationGap) {
        if (factor == 0 || publicationGap.isNegative()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.min(Long.MAX_VALUE, publicationGap.toNanos() / factor));
    }

    @Override
    public String toString() {
        return factor == 0 ? "max" : (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor)) + "x";
    }
}
