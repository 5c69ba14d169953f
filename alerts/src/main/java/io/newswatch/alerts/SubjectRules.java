package io.newswatch.alerts;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Alert rules per subject: global {@code defaults} plus {@code overrides} keyed by subject pattern.
 *
 * <p>A subject is {@code "troops|FORCE|HOST"} or {@code "sanctions|ISSUER|TARGET"}. A pattern has the
 * same {@code |}-separated parts, each either a literal (compared ignoring case) or {@code *} for any
 * value: {@code "troops|US|South Korea"} (exact), {@code "troops|US|*"}, {@code "sanctions|*|North Korea"},
 * {@code "troops|*|*"}. Each override is a complete {@link AlertRules}; build it from the defaults
 * ({@code defaults.toBuilder().direction(DECREASES).build()}) so that what it does not set is inherited.
 * When several patterns match, the one with the most literal parts wins (so an exact subject beats
 * every pattern); ties go to the alphabetically first pattern, so the choice never depends on map order.
 *
 * <p>Configuration shape (mapped by the app): {@code alerts.<option>=value} for the defaults and
 * {@code alerts.subject.<name>.match=<pattern>} with {@code alerts.subject.<name>.<option>=value} for
 * an override, where {@code <option>} is one of {@link AlertRules#OPTIONS}; see
 * {@link #fromSettings(Map)}.
 */
public record SubjectRules(AlertRules defaults, Map<String, AlertRules> overrides) {

    private static final String SETTINGS_PREFIX = "alerts.";
    private static final String SUBJECT_PREFIX = "alerts.subject.";

    public SubjectRules {
        Objects.requireNonNull(defaults, "defaults");
        Map<String, AlertRules> sorted = new LinkedHashMap<>();
        Objects.requireNonNull(overrides, "overrides").keySet().forEach(SubjectRules::literalParts);
        overrides.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, AlertRules> e) -> -literalParts(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), Objects.requireNonNull(e.getValue(),
                        () -> "rules for subject pattern '" + e.getKey() + "'")));
        overrides = Collections.unmodifiableMap(sorted);
    }

    /** The same rules for every subject. */
    public static SubjectRules of(AlertRules defaults) {
        return new SubjectRules(defaults, Map.of());
    }

    /** These rules plus one more override; replaces an override with the same pattern. */
    public SubjectRules with(String pattern, AlertRules rules) {
        Map<String, AlertRules> more = new LinkedHashMap<>(overrides);
        more.put(pattern, rules);
        return new SubjectRules(defaults, more);
    }

    /** The rules for {@code subject}: the most specific matching override, else the defaults. */
    public AlertRules forSubject(String subject) {
        String[] parts = subject.split("\\|", -1);
        for (Map.Entry<String, AlertRules> e : overrides.entrySet()) {
            if (matches(e.getKey().split("\\|", -1), parts)) {
                return e.getValue();
            }
        }
        return defaults;
    }

    /**
     * Reads rules from flat settings: {@code alerts.<option>} for the defaults, and for each override
     * {@code alerts.subject.<name>.match=<pattern>} plus any {@code alerts.subject.<name>.<option>}; an
     * override inherits every option it does not set from the defaults. Keys not starting with
     * {@code alerts.} are ignored.
     *
     * @throws IllegalArgumentException naming the key when an option or value is not understood, or an
     *                                  override has no {@code match}
     */
    public static SubjectRules fromSettings(Map<String, String> settings) {
        AlertRules.Builder base = AlertRules.builder();
        Map<String, Map<String, String>> named = new LinkedHashMap<>();
        settings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String key = e.getKey();
            if (key.startsWith(SUBJECT_PREFIX)) {
                String rest = key.substring(SUBJECT_PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    throw new IllegalArgumentException("setting '" + key + "': expected "
                            + SUBJECT_PREFIX + "<name>.match or " + SUBJECT_PREFIX + "<name>.<option>");
                }
                named.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), e.getValue());
            } else if (key.startsWith(SETTINGS_PREFIX)) {
                apply(base, key, key.substring(SETTINGS_PREFIX.length()), e.getValue());
            }
        });
        AlertRules defaults = base.build();
        Map<String, AlertRules> overrides = new LinkedHashMap<>();
        named.forEach((name, options) -> {
            String pattern = options.get("match");
            if (pattern == null) {
                throw new IllegalArgumentException("setting '" + SUBJECT_PREFIX + name + ".match' is missing: "
                        + "an override needs the subject pattern it applies to");
            }
            AlertRules.Builder b = defaults.toBuilder();
            options.forEach((option, value) -> {
                if (!option.equals("match")) {
                    apply(b, SUBJECT_PREFIX + name + "." + option, option, value);
                }
            });
            try {
                overrides.put(pattern.strip(), b.build());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("settings " + SUBJECT_PREFIX + name + ".*: " + ex.getMessage(), ex);
            }
        });
        return new SubjectRules(defaults, overrides);
    }

    private static void apply(AlertRules.Builder b, String key, String option, String value) {
        try {
            b.option(option, value);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("setting '" + key + "': " + ex.getMessage(), ex);
        }
    }

    private static boolean matches(String[] pattern, String[] subject) {
        if (pattern.length != subject.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i].strip();
            if (!p.equals("*") && !p.toLowerCase(Locale.ROOT).equals(subject[i].strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int literalParts(String pattern) {
        String[] parts = pattern.split("\\|", -1);
        if (pattern.isBlank() || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("subject pattern '" + pattern
                    + "' has an empty part; expected e.g. troops|US|* or sanctions|UN|North Korea");
        }
        return (int) List.of(parts).stream().filter(p -> !p.strip().equals("*")).count();
    }
}
