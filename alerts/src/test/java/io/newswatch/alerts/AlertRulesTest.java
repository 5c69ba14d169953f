package io.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesTest {

    @Test
    void shouldDocumentTheDefaults() {
        AlertRules d = AlertRules.DEFAULTS;
        assertEquals(100, d.minAbsoluteShift());
        assertEquals(0.01, d.minRelativeShift());
        assertEquals(AlertRules.Direction.ANY, d.direction());
        assertEquals(0.05, d.hedgeTolerance());
        assertEquals(Duration.ofDays(7), d.changeWindow());
        assertEquals(Duration.ofDays(7), d.corroborationWindow());
        assertEquals(Duration.ofDays(30), d.hysteresisWindow());
        assertEquals(AlertRules.Flapping.NOTE_ONCE, d.flapping());
        assertEquals(2, d.historicalYears());
        assertEquals(500, d.historyCap());
    }

    @Test
    void shouldSetEveryOptionFromText() {
        AlertRules.Builder b = AlertRules.builder();
        String[][] options = {{"min.absolute.shift", "250"}, {"min.relative.shift", "0.1"},
                {"direction", "decreases"}, {"hedge.tolerance", "0.1"}, {"change.window", "P3D"},
                {"corroboration.window", "PT48H"}, {"hysteresis.window", "P14D"}, {"flapping", "note-once"},
                {"historical.years", "3"}, {"history.cap", "100"}};
        assertEquals(AlertRules.OPTIONS.size(), options.length, "one line per option");
        for (String[] o : options) {
            b.option(o[0], o[1]);
        }
        AlertRules expected = new AlertRules(250, 0.1, AlertRules.Direction.DECREASES, 0.1, Duration.ofDays(3),
                Duration.ofHours(48), Duration.ofDays(14), AlertRules.Flapping.NOTE_ONCE, 3, 100);
        assertEquals(expected, b.build());
        assertEquals(expected, expected.toBuilder().build(), "toBuilder keeps every field");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"min.absolute.shift, lots", "min.relative.shift, 10%", "direction, up", "flapping, sometimes",
            "change.window, 7d", "history.cap, 1.5"})
    void shouldNameTheOptionAndValueItCannotParse(String option, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertRules.builder().option(option, value));
        assertTrue(e.getMessage().contains(option) && e.getMessage().contains(value), e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"min.absolute.shift, -1, minAbsoluteShift", "min.relative.shift, -0.1, minRelativeShift",
            "hedge.tolerance, 0.5, hedgeTolerance", "hysteresis.window, -P1D, windows",
            "historical.years, 0, historicalYears", "history.cap, 1, historyCap"})
    void shouldRejectOutOfRangeValuesWhenBuilt(String option, String value, String named) {
        AlertRules.Builder b = AlertRules.builder().option(option, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
