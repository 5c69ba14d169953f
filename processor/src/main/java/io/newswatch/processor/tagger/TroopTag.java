package io.newswatch.processor.tagger;

import java.util.Objects;

/**
 * A troop figure as {@code LABELS.md} defines it.
 *
 * @param quantity  head count, or null for a vague amount or a change with no number
 * @param kind      level, reduction or increase
 * @param qualifier the hedge on the figure
 * @param force     whose troops (canonical short name) or null when the text names none
 * @param location  host country or area, canonical English name
 * @param stance    reported, proposed, denied or completed
 * @param eventYear the year the text dates the event in, or null
 */
public record TroopTag(Long quantity, Kind kind, Qualifier qualifier, String force, String location,
                       Stance stance, Integer eventYear, String sentence, int start, int end) implements Tag {

    public TroopTag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(sentence, "sentence");
        if (quantity != null && quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** What the figure counts. */
    public enum Kind {
        LEVEL, REDUCTION, INCREASE;

        /** The value as LABELS.md spells it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The hedge on the figure. */
    public enum Qualifier {
        EXACT, APPROXIMATE, MORE_THAN, UP_TO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How the text presents the figure. */
    public enum Stance {
        REPORTED, PROPOSED, DENIED, COMPLETED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
