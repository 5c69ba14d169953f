package io.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectRulesTest {

    private static final AlertRules DECREASES = AlertRules.builder().direction(AlertRules.Direction.DECREASES).build();
    private static final AlertRules BIG = AlertRules.builder().minAbsoluteShift(5_000).build();
    private static final AlertRules SANCTIONS = AlertRules.builder().corroborationWindow(Duration.ofDays(1)).build();

    private final SubjectRules rules = SubjectRules.of(AlertRules.DEFAULTS)
            .with("troops|US|*", DECREASES)
            .with("troops|US|Japan", BIG)
            .with("sanctions|*|North Korea", SANCTIONS);

    @Test
    void shouldPickTheExactSubjectOverEveryPattern() {
        assertSame(BIG, rules.forSubject("troops|US|Japan"));
    }

    @Test
    void shouldPickAMatchingPatternIgnoringCase() {
        assertSame(DECREASES, rules.forSubject("troops|US|South Korea"));
        assertSame(DECREASES, rules.forSubject("troops|us|south korea"));
        assertSame(SANCTIONS, rules.forSubject("sanctions|UN|North Korea"));
    }

    @Test
    void shouldFallBackToTheDefaultsWhenNothingMatches() {
        assertSame(AlertRules.DEFAULTS, rules.forSubject("troops|UK|Germany"));
        assertSame(AlertRules.DEFAULTS, rules.forSubject("troops|unnamed|Japan"));
        assertSame(AlertRules.DEFAULTS, rules.forSubject("feed|https://feeds.example/a"));
    }

    @Test
    void shouldPreferTheMoreLiteralPatternWhateverTheMapOrder() {
        Map<String, AlertRules> overrides = new LinkedHashMap<>();
        overrides.put("troops|*|*", BIG);
        overrides.put("troops|*|Japan", SANCTIONS);
        overrides.put("troops|US|*", DECREASES);
        SubjectRules r = new SubjectRules(AlertRules.DEFAULTS, overrides);
        assertSame(SANCTIONS, r.forSubject("troops|UK|Japan"), "two literal parts beat one");
        assertSame(BIG, r.forSubject("troops|UK|Germany"));
        assertSame(SANCTIONS, r.forSubject("troops|US|Japan"),
                "equally specific: the alphabetically first pattern, troops|*|Japan, wins");
    }

    @Test
    void shouldReadDefaultsAndOverridesFromSettings() {
        Map<String, String> settings = Map.of(
                "alerts.min.absolute.shift", "200",
                "alerts.subject.korea.match", "troops|US|South Korea",
                "alerts.subject.korea.direction", "decreases",
                "alerts.subject.korea.min.relative.shift", "0.10",
                "alerts.subject.nk.match", "sanctions|*|North Korea",
                "alerts.subject.nk.flapping", "silent",
                "bootstrap.servers", "localhost:9092");
        SubjectRules r = SubjectRules.fromSettings(settings);
        assertEquals(200, r.defaults().minAbsoluteShift());
        AlertRules korea = r.forSubject("troops|US|South Korea");
        assertEquals(AlertRules.Direction.DECREASES, korea.direction());
        assertEquals(0.10, korea.minRelativeShift());
        assertEquals(200, korea.minAbsoluteShift(), "an override inherits what it does not set");
        assertEquals(AlertRules.Flapping.SILENT, r.forSubject("sanctions|EU|North Korea").flapping());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(Map.of("alerts.min.absolute.shfit", "100"), "alerts.min.absolute.shfit"),
                Arguments.of(Map.of("alerts.direction", "sideways"), "alerts.direction"),
                Arguments.of(Map.of("alerts.change.window", "7 days"), "alerts.change.window"),
                Arguments.of(Map.of("alerts.subject.kr.direction", "decreases"), "alerts.subject.kr.match"),
                Arguments.of(Map.of("alerts.subject.kr", "troops|US|*"), "alerts.subject.kr"),
                Arguments.of(Map.of("alerts.subject.kr.match", "troops||*"), "troops||*"),
                Arguments.of(Map.of("alerts.subject.kr.match", "troops|US|*", "alerts.subject.kr.hedge.tolerance", "0.9"),
                        "alerts.subject.kr"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSettings")
    void shouldNameTheSettingItCannotUse(Map<String, String> settings, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubjectRules.fromSettings(settings));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
