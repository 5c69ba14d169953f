package io.newswatch.alerts;

import static io.newswatch.alerts.Mentions.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hysteresis: a level flapping between two figures does not fire on every flip. */
class FlappingTopologyTest {

    @TempDir
    Path stateDir;

    /** 23,500 → 28,500 → 23,500 → 28,500 → 23,500, two days apart. */
    static List<Mention> flaps() {
        return List.of(level("2025-05-01", 23_500, "a1"), level("2025-05-03", 28_500, "b1"),
                level("2025-05-05", 23_500, "a2"), level("2025-05-07", 28_500, "b2"),
                level("2025-05-09", 23_500, "a3"));
    }

    private static List<AlertType> types(List<Alert> alerts) {
        return alerts.stream().map(Alert::getType).toList();
    }

    @Test
    void shouldRaiseOneShiftAndOneInformationalNoteForALevelFlappingWithinTheWindow() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(flaps());
            List<Alert> out = d.alerts();
            assertEquals(List.of(AlertType.LEVEL_SHIFT, AlertType.HISTORICAL_REVISION), types(out),
                    "the first move is news, the flapping is noted once: " + out);
            assertEquals("b1", out.get(0).getCurrent().getArticleId());
            Alert note = out.get(1);
            assertEquals("a2", note.getCurrent().getArticleId(), "noted at the first flip back");
            assertTrue(note.getHeadline().contains("back to 23,500 from 28,500"), note.getHeadline());
        }
    }

    @Test
    void shouldStaySilentOnFlapsWhenConfigured() {
        AlertRules rules = AlertRules.builder().flapping(AlertRules.Flapping.SILENT).build();
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            d.pipe(flaps());
            assertEquals(List.of(AlertType.LEVEL_SHIFT), types(d.alerts()), d.alerts().toString());
        }
    }

    @Test
    void shouldAlertEveryFlipWhenTheHysteresisWindowIsZero() {
        AlertRules rules = AlertRules.builder().hysteresisWindow(Duration.ZERO).build();
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            d.pipe(flaps());
            assertEquals(List.of(5_000L, -5_000L, 5_000L, -5_000L),
                    d.alerts(AlertType.LEVEL_SHIFT).stream().map(Alert::getDelta).toList(), d.alerts().toString());
        }
    }

    @Test
    void shouldAlertAReturnToALevelLastSeenBeforeTheWindow() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(level("2025-01-01", 23_500, "a1"), level("2025-03-01", 28_500, "b1"),
                    level("2025-04-15", 23_500, "a2"));
            assertEquals(List.of(5_000L, -5_000L),
                    d.alerts(AlertType.LEVEL_SHIFT).stream().map(Alert::getDelta).toList(),
                    "23,500 was last reported 104 days before, outside the 30-day window: " + d.alerts());
        }
    }

    @Test
    void shouldRaiseNoNewAlertForLateReportsInsideTheFlapping() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(flaps());
            d.pipe(level("2025-05-06", 23_500, "a-late"), level("2025-05-02", 28_500, "b-late"));
            assertEquals(1, d.latest(AlertType.LEVEL_SHIFT).size(), d.alerts().toString());
            assertEquals(1, d.latest(AlertType.HISTORICAL_REVISION).size(), "still the one note: " + d.alerts());
            Alert shift = d.latest(AlertType.LEVEL_SHIFT).values().iterator().next();
            assertEquals(List.of("b-late", "b1"), shift.getSources().stream().map(Mention::getArticleId).toList(),
                    "the late 28,500 of 2 May corroborates the shift it agrees with");
        }
    }

    @Test
    void shouldRaiseOneShiftAndNoRevisionStormWhenTheFlipsArriveInReverse() {
        List<Mention> reversed = new java.util.ArrayList<>(flaps());
        java.util.Collections.reverse(reversed);
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(reversed);
            assertEquals(List.of(AlertType.LEVEL_SHIFT), types(d.alerts()),
                    "the newest two make the shift; older flips repeat figures known around them: " + d.alerts());
            Alert shift = d.alerts().get(0);
            assertEquals(List.of("b2", "a3"), List.of(shift.getPrevious().getArticleId(),
                    shift.getCurrent().getArticleId()), "the last move in event time");
        }
    }
}
