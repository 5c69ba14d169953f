package io.newswatch.alerts;

import static io.newswatch.alerts.Mentions.about;
import static io.newswatch.alerts.Mentions.hedged;
import static io.newswatch.alerts.Mentions.level;
import static io.newswatch.alerts.Mentions.troops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LEVEL_SHIFT through the topology: thresholds, hedges, direction, late and historical reports, overrides. */
class LevelShiftTopologyTest {

    @TempDir
    Path stateDir;

    private static long quantity(Mention m) {
        return ((TroopMention) m.getDetail()).getQuantity();
    }

    private static List<Long> moves(List<Alert> alerts) {
        return alerts.stream().map(Alert::getDelta).toList();
    }

    @Test
    void shouldShowTheOldAndTheNewFigureWithBothSourcesStampedAtPublicationTime() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(level("2018-05-03", 23_500, "old"), level("2025-05-23", 28_500, "new"));

            List<TestRecord<String, Alert>> out = d.records();
            assertEquals(1, out.size(), "one alert: " + out);
            Alert shift = out.get(0).getValue();
            assertEquals(AlertType.LEVEL_SHIFT, shift.getType());
            assertEquals("old", shift.getPrevious().getArticleId(), "the old figure's source");
            assertEquals("new", shift.getCurrent().getArticleId(), "the new figure's source");
            assertEquals(5_000L, shift.getDelta());
            assertTrue(shift.getHeadline().contains("23,500 → 28,500 (+5,000)"), shift.getHeadline());
            assertEquals(Mentions.day("2025-05-23"), out.get(0).getRecordTime(), "stamped with the new report's time");
            assertEquals(AlertDriver.WALL_CLOCK, shift.getCreated(), "created at wall-clock time");
        }
    }

    static Stream<Arguments> hedgedPairs() {
        return Stream.of(
                Arguments.of("roughly 28,000 vs 28,500", hedged("2025-01-01", 28_000, Qualifier.APPROXIMATE, "a"), 0),
                Arguments.of("about 24,000 vs 28,500", hedged("2025-01-01", 24_000, Qualifier.APPROXIMATE, "a"), 1),
                Arguments.of("more than 27,500 vs 28,500", hedged("2025-01-01", 27_500, Qualifier.MORE_THAN, "a"), 0),
                Arguments.of("up to 30,000 vs 28,500", hedged("2025-01-01", 30_000, Qualifier.UP_TO, "a"), 0),
                Arguments.of("exactly 28,000 vs 28,500", level("2025-01-01", 28_000, "a"), 1),
                Arguments.of("exactly 28,450 vs 28,500 (under 100)", level("2025-01-01", 28_450, "a"), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hedgedPairs")
    void shouldShiftOnlyWhenTheHedgedRangesDoNotOverlapAndTheMoveClearsTheThresholds(String pair, Mention before,
                                                                                    int shifts) {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(before, level("2025-03-01", 28_500, "b"));
            assertEquals(shifts, d.alerts(AlertType.LEVEL_SHIFT).size(), pair + ": " + d.alerts());
        }
    }

    @Test
    void shouldAlertOnlyDecreasesWhenTheDirectionSaysSo() {
        AlertRules rules = AlertRules.builder().direction(AlertRules.Direction.DECREASES).build();
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            d.pipe(level("2024-01-01", 23_500, "a"), level("2024-03-01", 28_500, "b"),
                    level("2024-06-01", 24_000, "c"), level("2024-09-01", 26_000, "d"));
            assertEquals(List.of(-4_500L), moves(d.alerts(AlertType.LEVEL_SHIFT)), "only the decrease: " + d.alerts());
        }
    }

    @Test
    void shouldAlertOnlyIncreasesOfAtLeastTenPercentWhenConfigured() {
        AlertRules rules = AlertRules.builder().direction(AlertRules.Direction.INCREASES).minRelativeShift(0.10)
                .build();
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            d.pipe(level("2024-01-01", 25_000, "a"),
                    level("2024-03-01", 27_000, "b"),   // +8 %: under 10 %
                    level("2024-06-01", 30_000, "c"),   // +11.1 % of 27,000
                    level("2024-09-01", 20_000, "d"),   // a decrease
                    level("2024-12-01", 22_000, "e"));  // +10 % of 20,000 exactly
            assertEquals(List.of(3_000L, 2_000L), moves(d.alerts(AlertType.LEVEL_SHIFT)), d.alerts().toString());
        }
    }

    @Test
    void shouldMeasureTheRelativeThresholdAgainstThePreviousLevel() {
        AlertRules rules = AlertRules.builder().minRelativeShift(0.10).build();
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            // 10,000 → 11,000 is +10 % of the previous level, though only 9.1 % of the new one.
            d.pipe(level("2024-01-01", 10_000, "a"), level("2024-03-01", 11_000, "b"));
            assertEquals(List.of(1_000L), moves(d.alerts(AlertType.LEVEL_SHIFT)), d.alerts().toString());
        }
    }

    @Test
    void shouldRaiseOnlyAHistoricalRevisionForALateReportOlderThanTheCurrentLevel() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(level("2018-05-03", 23_500, "a2018"), level("2025-05-23", 28_500, "a2025"));
            d.pipe(level("2021-01-01", 40_000, "a2021"));
            d.pipe(level("2019-06-01", 23_400, "a2019"));

            List<TestRecord<String, Alert>> out = d.records();
            assertEquals(List.of(AlertType.LEVEL_SHIFT, AlertType.HISTORICAL_REVISION),
                    out.stream().map(r -> r.getValue().getType()).toList(),
                    "the late 40,000 revises history; the late 23,400 agrees with its neighbour and raises nothing");
            assertEquals("a2021", out.get(1).getValue().getCurrent().getArticleId());
            assertEquals(Mentions.day("2021-01-01"), out.get(1).getRecordTime(), "stamped with the late report's time");
            d.pipe(level("2025-06-01", 28_500, "a2025b"), level("2025-09-01", 40_000, "a2025c"));
            Alert last = d.alerts(AlertType.LEVEL_SHIFT).get(d.alerts(AlertType.LEVEL_SHIFT).size() - 1);
            assertEquals(28_500, quantity(last.getPrevious()), "the current level stayed 28,500: " + last);
        }
    }

    @Test
    void shouldNeverLetAReportDatedYearsBeforeItsArticleMoveTheCurrentLevel() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(level("2025-05-23", 28_500, "now"),
                    troops("2025-06-01", 37_000, TroopKind.LEVEL, Qualifier.EXACT, Stance.REPORTED, "recap", 2004),
                    troops("2025-06-02", 12_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.COMPLETED, "recap2", 2004),
                    level("2025-07-01", 28_500, "later"));
            assertEquals(List.of(), d.alerts(), "a 2004 figure is history, not news");
            assertEquals(4, d.history(Mentions.US_IN_KOREA).getMentions().size(), "but it is kept");
        }
    }

    @Test
    void shouldApplyTheMostSpecificSubjectOverride() {
        AlertRules defaults = AlertRules.DEFAULTS;
        SubjectRules rules = SubjectRules.of(defaults)
                .with("troops|US|*", defaults.toBuilder().direction(AlertRules.Direction.DECREASES).build())
                .with("troops|US|Japan", defaults.toBuilder().minAbsoluteShift(10_000).build());
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            d.pipe(level("2024-01-01", 23_500, "kr1"), level("2024-06-01", 28_500, "kr2"));
            d.pipe(about(level("2024-01-01", 54_000, "jp1"), "US", "Japan"),
                    about(level("2024-03-01", 50_000, "jp2"), "US", "Japan"),
                    about(level("2024-06-01", 62_000, "jp3"), "US", "Japan"));
            d.pipe(about(level("2024-01-01", 23_500, "de1"), "UK", "Germany"),
                    about(level("2024-06-01", 28_500, "de2"), "UK", "Germany"));

            List<Alert> shifts = d.alerts(AlertType.LEVEL_SHIFT);
            assertEquals(List.of("troops|US|Japan", "troops|UK|Germany"), shifts.stream().map(Alert::getSubject).toList(),
                    "Korea: increases muted by troops|US|*; Japan: -4,000 under its own 10,000 threshold: " + shifts);
            assertEquals(List.of(12_000L, 5_000L), moves(shifts),
                    "the exact Japan override (any direction) beats troops|US|*; Germany uses the defaults");
        }
    }
}
