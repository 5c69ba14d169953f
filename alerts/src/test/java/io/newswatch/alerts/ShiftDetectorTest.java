package io.newswatch.alerts;

import static io.newswatch.alerts.Mentions.level;
import static io.newswatch.alerts.Mentions.sanctions;
import static io.newswatch.alerts.Mentions.troops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;
import org.junit.jupiter.api.Test;

class ShiftDetectorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private final ShiftDetector detector = new ShiftDetector(AlertRules.DEFAULTS);

    /** Feeds the mentions in order and returns every alert raised and the final history. */
    private record Run(List<Alert> alerts, SubjectHistory history) { }

    private Run feed(Mention... mentions) {
        SubjectHistory history = null;
        List<Alert> alerts = new ArrayList<>();
        for (Mention m : mentions) {
            ShiftDetector.Decision d = detector.decide(history, m, NOW);
            history = d.history();
            alerts.addAll(d.alerts());
        }
        return new Run(alerts, history);
    }

    private static long quantity(Mention m) {
        return ((TroopMention) m.getDetail()).getQuantity();
    }

    @Test
    void shouldRaiseALevelShiftWhenANewerReportDiffers() {
        Run run = feed(level("2018-05-03", 23_500, "a2018"), level("2025-05-23", 28_500, "a2025"));

        assertEquals(1, run.alerts().size(), "one alert: " + run.alerts());
        Alert shift = run.alerts().get(0);
        assertEquals(AlertType.LEVEL_SHIFT, shift.getType());
        assertEquals(23_500, quantity(shift.getPrevious()));
        assertEquals(28_500, quantity(shift.getCurrent()));
        assertEquals(5_000L, shift.getDelta());
        assertTrue(shift.getHeadline().contains("23,500 → 28,500 (+5,000)"), shift.getHeadline());
    }

    @Test
    void shouldRaiseTheSameSingleShiftWhenTheOlderReportArrivesLast() {
        Run inOrder = feed(level("2018-05-03", 23_500, "a2018"), level("2025-05-23", 28_500, "a2025"));
        Run reversed = feed(level("2025-05-23", 28_500, "a2025"), level("2018-05-03", 23_500, "a2018"));

        assertEquals(1, reversed.alerts().size(), "one alert: " + reversed.alerts());
        assertEquals(inOrder.alerts().get(0).getId(), reversed.alerts().get(0).getId(), "same content, same id");
        assertEquals(inOrder.history(), reversed.history(), "same state whatever the arrival order");
    }

    @Test
    void shouldTreatAHedgedFigureWithinItsToleranceAsNoShift() {
        Run run = feed(troops("2019-02-21", 28_000, TroopKind.LEVEL, Qualifier.APPROXIMATE, Stance.REPORTED, "r"),
                level("2025-05-23", 28_500, "e"));
        assertEquals(List.of(), run.alerts(), "roughly 28,000 vs 28,500 is within tolerance");
    }

    @Test
    void shouldRaiseAShiftWhenAHedgedFigureIsOutsideItsTolerance() {
        Run run = feed(troops("2019-02-21", 24_000, TroopKind.LEVEL, Qualifier.APPROXIMATE, Stance.REPORTED, "r"),
                level("2025-05-23", 28_500, "e"));
        assertEquals(1, run.alerts().size(), "about 24,000 vs 28,500 is a shift");
        assertEquals(AlertType.LEVEL_SHIFT, run.alerts().get(0).getType());
    }

    @Test
    void shouldIgnoreShiftsBelowTheThresholds() {
        Run run = feed(level("2020-01-01", 28_500, "a"), level("2020-06-01", 28_560, "b"));
        assertEquals(List.of(), run.alerts(), "60 troops is under the 100-troop threshold");
    }

    @Test
    void shouldNeverLetAMentionDatedYearsBeforeItsArticleUpdateCurrentState() {
        Run run = feed(level("2018-05-03", 23_500, "a2018"),
                troops("2018-05-03", 10_000, TroopKind.REDUCTION, Qualifier.UP_TO, Stance.COMPLETED, "a2018", 2004),
                troops("2018-05-04", 30_000, TroopKind.LEVEL, Qualifier.EXACT, Stance.REPORTED, "old", 2004));
        assertEquals(List.of(), run.alerts(), "historical mentions raise nothing: " + run.alerts());
        assertEquals(3, run.history().getMentions().size(), "but they are kept in the history");
    }

    @Test
    void shouldReportAChangeFigureOnceWithinTheWindow() {
        Run run = feed(
                troops("2025-05-23", 4_500, TroopKind.REDUCTION, Qualifier.APPROXIMATE, Stance.PROPOSED, "wsj"),
                troops("2025-05-24", 4_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.PROPOSED, "yonhap"),
                troops("2025-06-20", 4_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.PROPOSED, "later"));
        List<String> ids = run.alerts().stream().map(Alert::getId).distinct().toList();
        assertEquals(2, ids.size(), "second report within 7 days is not a new alert: " + run.alerts());
        assertTrue(run.alerts().stream().allMatch(a -> a.getType() == AlertType.CHANGE_REPORTED));
        assertTrue(run.alerts().get(0).getHeadline().contains("reduction of approximately 4,500 under consideration"),
                run.alerts().get(0).getHeadline());
        Alert update = run.alerts().get(1);
        assertEquals(ids.get(0), update.getId(), "the second report updates the first alert under its id");
        assertEquals(List.of("wsj", "yonhap"), update.getSources().stream().map(Mention::getArticleId).toList(),
                "the update lists both sources");
    }

    @Test
    void shouldReportADeniedChangeSeparatelyFromAProposedOne() {
        Run run = feed(
                troops("2025-05-23", 4_500, TroopKind.REDUCTION, Qualifier.APPROXIMATE, Stance.PROPOSED, "wsj"),
                troops("2025-05-24", 4_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.DENIED, "pentagon"));
        assertEquals(2, run.alerts().size(), "a denial is news of its own: " + run.alerts());
    }

    @Test
    void shouldRaiseAHistoricalRevisionNotAShiftForALateReportBeforeTheCurrentLevel() {
        Run run = feed(level("2018-05-03", 23_500, "a2018"), level("2025-05-23", 28_500, "a2025"),
                level("2021-01-01", 40_000, "a2021"));
        assertEquals(2, run.alerts().size(), run.alerts().toString());
        assertEquals(AlertType.LEVEL_SHIFT, run.alerts().get(0).getType());
        assertEquals(AlertType.HISTORICAL_REVISION, run.alerts().get(1).getType());
    }

    @Test
    void shouldRaiseASanctionsShiftWhenTheActionChanges() {
        Run run = feed(sanctions("2019-01-01", SanctionAction.MAINTAIN, false, "keep"),
                sanctions("2019-02-21", SanctionAction.EASE, true, "noease"),
                sanctions("2019-03-01", SanctionAction.EASE, false, "ease"));
        assertEquals(2, run.alerts().size(), run.alerts().toString());
        assertTrue(run.alerts().get(0).getHeadline().contains("maintain → ease ruled out"), run.alerts().get(0).getHeadline());
        assertTrue(run.alerts().get(1).getHeadline().contains("ease ruled out → ease"), run.alerts().get(1).getHeadline());
    }

    @Test
    void shouldIgnoreAMentionItHasAlreadySeen() {
        Mention m = level("2025-05-23", 28_500, "a2025");
        Run run = feed(level("2018-05-03", 23_500, "a2018"), m, m);
        assertEquals(1, run.alerts().size(), "a replayed mention raises nothing new");
        assertEquals(2, run.history().getMentions().size());
    }

    @Test
    void shouldBoundTheHistory() {
        ShiftDetector small = new ShiftDetector(AlertRules.builder().historyCap(3).build());
        SubjectHistory h = null;
        for (int i = 0; i < 10; i++) {
            h = small.decide(h, level("2020-01-" + String.format("%02d", i + 1), 1_000 + i, "a" + i), NOW).history();
        }
        assertEquals(3, h.getMentions().size());
        assertEquals(1_009, quantity(h.getMentions().get(2)), "the newest are kept");
    }

    @Test
    void shouldGiveTheSameAlertsAndStateWhenTheSameInputIsReprocessed() {
        Mention[] input = {level("2025-05-23", 28_500, "wsj"), level("2025-05-01", 23_500, "base"),
                level("2025-05-25", 28_500, "ap"), level("2025-05-27", 23_500, "flip"),
                troops("2025-05-24", 4_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.PROPOSED, "cut")};
        Run first = feed(input);
        Run again = feed(input);
        assertEquals(first.alerts(), again.alerts(), "same ids, sources and headlines");
        assertEquals(first.history(), again.history());
        assertEquals(first.alerts().get(0).getId(), first.alerts().get(1).getId(),
                "the second 28,500 updates the shift under its id");
    }

    @Test
    void shouldCloseAnAlertToCorroborationOnceTwiceItsWindowHasPassed() {
        Run run = feed(level("2025-05-01", 23_500, "base"), level("2025-05-23", 28_500, "wsj"));
        assertEquals(1, run.history().getOpen().size(), "the shift is open to corroboration");
        SubjectHistory later = detector.decide(run.history(),
                troops("2025-06-07", 4_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.PROPOSED, "cut"), NOW).history();
        assertEquals(List.of(AlertType.CHANGE_REPORTED), later.getOpen().stream().map(Alert::getType).toList(),
                "15 days after the shift its 7-day window (and as much again for late reports) is over");
        ShiftDetector.Decision lateSource = detector.decide(later, level("2025-05-24", 28_500, "late"), NOW);
        assertEquals(List.of(), lateSource.alerts(), "a source arriving after that updates nothing");
    }

    @Test
    void shouldApplyTheOverrideOnlyToTheSubjectsItMatches() {
        SubjectRules rules = SubjectRules.of(AlertRules.DEFAULTS)
                .with("troops|US|*", AlertRules.builder().minAbsoluteShift(10_000).build());
        ShiftDetector perSubject = new ShiftDetector(rules);
        SubjectHistory korea = perSubject.decide(null, level("2018-05-03", 23_500, "kr1"), NOW).history();
        assertEquals(List.of(), perSubject.decide(korea, level("2025-05-23", 28_500, "kr2"), NOW).alerts(),
                "5,000 is under the 10,000 of troops|US|*");
        SubjectHistory germany = perSubject.decide(null,
                Mentions.about(level("2018-05-03", 23_500, "de1"), "UK", "Germany"), NOW).history();
        assertEquals(1, perSubject.decide(germany, Mentions.about(level("2025-05-23", 28_500, "de2"), "UK", "Germany"),
                NOW).alerts().size(), "troops|UK|Germany keeps the defaults");
    }

    @Test
    void shouldBoundTheAlertsKeptOpen() {
        SubjectHistory h = null;
        int raised = 0;
        for (int i = 0; i < 60; i++) {
            ShiftDetector.Decision d = detector.decide(h,
                    troops("2025-05-23", 1_000L * (i + 1), TroopKind.REDUCTION, Qualifier.EXACT, Stance.PROPOSED, "r" + i),
                    NOW);
            h = d.history();
            raised += d.alerts().size();
        }
        assertEquals(60, raised, "sixty different reductions are sixty alerts");
        assertEquals(Situation.MAX_OPEN, h.getOpen().size(), "but at most " + Situation.MAX_OPEN + " stay open");
    }
}
