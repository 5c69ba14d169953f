package io.newswatch.alerts;

import static io.newswatch.alerts.Mentions.hedged;
import static io.newswatch.alerts.Mentions.level;
import static io.newswatch.alerts.Mentions.reduction;
import static io.newswatch.alerts.Mentions.sanctions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.Stance;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Corroboration: one alert per shift or change, re-emitted under its id as sources arrive, in any order. */
class CorroborationTopologyTest {

    @TempDir
    Path stateDir;

    /** The old level and three sources for the new one, 2 days apart, one of them hedged. */
    static List<Mention> levelReports() {
        return List.of(level("2025-05-01", 23_500, "base"),
                level("2025-05-23", 28_500, "wsj"),
                hedged("2025-05-25", 28_400, Qualifier.APPROXIMATE, "yonhap"),
                level("2025-05-27", 28_500, "ap"));
    }

    /** Three reports of the same proposed reduction within the 7-day window. */
    static List<Mention> changeReports() {
        return List.of(reduction("2025-05-23", 4_500, Stance.PROPOSED, "wsj"),
                Mentions.troops("2025-05-24", 4_500, io.newswatch.schemas.TroopKind.REDUCTION, Qualifier.APPROXIMATE,
                        Stance.PROPOSED, "yonhap"),
                reduction("2025-05-28", 4_500, Stance.PROPOSED, "cnn"));
    }

    static List<List<Integer>> orders(int n) {
        List<List<Integer>> out = new ArrayList<>();
        permute(new ArrayList<>(), n, out);
        return out;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> out) {
        if (prefix.size() == n) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permute(prefix, n, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    static List<List<Integer>> fourOrders() {
        return orders(4);
    }

    static List<List<Integer>> threeOrders() {
        return orders(3);
    }

    private static List<Mention> in(List<Mention> reports, List<Integer> order) {
        return order.stream().map(reports::get).toList();
    }

    private static List<String> articles(List<Mention> sources) {
        return sources.stream().map(Mention::getArticleId).toList();
    }

    @ParameterizedTest(name = "arrival order {0}")
    @MethodSource("fourOrders")
    void shouldCorroborateALevelShiftIntoOneAlertWithEverySourceWhateverTheArrivalOrder(List<Integer> order) {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(in(levelReports(), order));

            Map<String, Alert> latest = d.latest(AlertType.LEVEL_SHIFT);
            assertEquals(1, latest.size(), "one level shift id: " + d.alerts());
            Alert shift = latest.values().iterator().next();
            assertEquals(List.of("wsj", "yonhap", "ap"), articles(shift.getSources()),
                    "the final version lists every source in event-time order");
            assertEquals("base", shift.getPrevious().getArticleId());
            assertEquals(Set.of(AlertType.LEVEL_SHIFT), d.alerts().stream().map(Alert::getType).collect(Collectors.toSet()),
                    "no revision, no note: " + d.alerts());
            assertTrue(shift.getHeadline().endsWith("; 3 sources agree"), shift.getHeadline());
            for (TestRecord<String, Alert> r : d.records()) {
                assertEquals(r.getValue().getCurrent().getPublished(), r.getRecordTime(),
                        "every version is stamped with the decisive report's publication time");
            }
        }
    }

    @Test
    void shouldKeepTheIdOfTheFirstReportInEventTimeWhenReportsArriveInOrder() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(levelReports());
            List<Alert> versions = d.alerts(AlertType.LEVEL_SHIFT);
            assertEquals(3, versions.size(), "the shift, then two updates: " + versions);
            assertEquals(1, versions.stream().map(Alert::getId).distinct().count(), "updates keep the id");
            assertEquals(List.of(1, 2, 3), versions.stream().map(a -> a.getSources().size()).toList(),
                    "each update grows the sources");
            assertTrue(versions.stream().allMatch(a -> a.getCurrent().getArticleId().equals("wsj")),
                    "the decisive report stays the first in event time");
        }
    }

    @Test
    void shouldNotCorroborateAReportOutsideTheWindowNorOneAfterTheLevelMoved() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(levelReports());
            d.pipe(level("2025-06-20", 28_500, "late-june"));   // 24 days after the last source
            d.pipe(level("2025-07-20", 20_000, "cut"), level("2025-07-21", 28_500, "back"));
            Map<String, Alert> latest = d.latest(AlertType.LEVEL_SHIFT);
            Alert first = latest.values().iterator().next();
            assertEquals(List.of("wsj", "yonhap", "ap"), articles(first.getSources()),
                    "neither the report 24 days on nor the one after the cut joins the first shift");
        }
    }

    @Test
    void shouldStopUpdatingOnceTheWindowAroundTheShiftHasPassedHoweverLongTheFigureIsRepeated() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(level("2025-01-01", 23_500, "base"), level("2025-03-01", 28_500, "shift"));
            java.time.LocalDate day = java.time.LocalDate.parse("2025-03-01");
            for (int i = 1; i <= 20; i++) {
                d.pipe(level(day.plusDays(3L * i).toString(), 28_500, "repeat" + i));
            }
            List<Alert> out = d.alerts();
            assertEquals(3, out.size(), "the shift and two updates within 7 days, then silence: " + out.size());
            assertEquals(List.of("shift", "repeat1", "repeat2"), articles(out.get(2).getSources()));
        }
    }

    @ParameterizedTest(name = "arrival order {0}")
    @MethodSource("threeOrders")
    void shouldCorroborateAChangeReportIntoOneAlertWhateverTheArrivalOrder(List<Integer> order) {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(in(changeReports(), order));

            Map<String, Alert> latest = d.latest(AlertType.CHANGE_REPORTED);
            assertEquals(1, latest.size(), "one change alert id: " + d.alerts());
            assertEquals(List.of("wsj", "yonhap", "cnn"), articles(latest.values().iterator().next().getSources()),
                    "the final version lists every source");
            assertEquals(d.alerts().size(), d.alerts(AlertType.CHANGE_REPORTED).size(), "nothing else: " + d.alerts());
        }
    }

    @Test
    void shouldReportTheSameChangeAgainOnceTheWindowHasPassed() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(changeReports());
            d.pipe(reduction("2025-06-20", 4_500, Stance.PROPOSED, "month-later"),
                    reduction("2025-06-21", 4_500, Stance.DENIED, "denial"));
            Map<String, Alert> latest = d.latest(AlertType.CHANGE_REPORTED);
            assertEquals(List.of(List.of("wsj", "yonhap", "cnn"), List.of("month-later"), List.of("denial")),
                    latest.values().stream().map(a -> articles(a.getSources())).toList(),
                    "a new alert after 23 days, and the denial is news of its own");
        }
    }

    @ParameterizedTest(name = "arrival order {0}")
    @MethodSource("threeOrders")
    void shouldCorroborateASanctionsShiftWhateverTheArrivalOrder(List<Integer> order) {
        List<Mention> reports = List.of(sanctions("2019-01-01", SanctionAction.MAINTAIN, false, "keep"),
                sanctions("2019-03-01", SanctionAction.EASE, false, "ease-a"),
                sanctions("2019-03-03", SanctionAction.EASE, false, "ease-b"));
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(in(reports, order));
            Map<String, Alert> latest = d.latest(AlertType.SANCTIONS_SHIFT);
            assertEquals(1, latest.size(), "one sanctions shift id: " + d.alerts());
            Alert shift = latest.values().iterator().next();
            assertEquals(List.of("ease-a", "ease-b"), articles(shift.getSources()));
            assertTrue(shift.getHeadline().contains("maintain → ease"), shift.getHeadline());
        }
    }
}
