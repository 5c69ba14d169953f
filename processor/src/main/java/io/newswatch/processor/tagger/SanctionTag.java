package io.newswatch.processor.tagger;

import java.util.Objects;

/**
 * A sanctions mention as {@code LABELS.md} defines it.
 *
 * @param action  what is done to the sanctions
 * @param target  the sanctioned country, canonical English name
 * @param issuer  who imposes them (US, UN, EU) or null when unnamed
 * @param negated true where the action is ruled out
 */
public record SanctionTag(Action action, String target, String issuer, boolean negated,
                          String sentence, int start, int end) implements Tag {

    public SanctionTag {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** What is done to the sanctions. */
    public enum Action {
        IMPOSE, TIGHTEN, EASE, LIFT, MAINTAIN, THREATEN, MENTION;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
