package io.newswatch.alerts;

import static io.newswatch.alerts.Mentions.reduction;
import static io.newswatch.alerts.Mentions.sanctions;
import static io.newswatch.alerts.Mentions.troops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CHANGE_REPORTED and SANCTIONS_SHIFT through the topology, with late and out-of-order reports. */
class ChangeAndSanctionsTopologyTest {

    @TempDir
    Path stateDir;

    private static Mention increase(String date, long quantity, Stance stance, String article) {
        return troops(date, quantity, TroopKind.INCREASE, Qualifier.EXACT, stance, article);
    }

    private static List<String> articles(List<Alert> alerts) {
        return alerts.stream().map(a -> a.getCurrent().getArticleId()).toList();
    }

    @Test
    void shouldReportEachChangeWithItsStanceStampedAtPublicationTime() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(reduction("2025-05-23", 4_500, Stance.PROPOSED, "wsj"),
                    reduction("2025-05-24", 4_500, Stance.DENIED, "pentagon"),
                    increase("2025-05-25", 1_000, Stance.COMPLETED, "rotation"));
            List<TestRecord<String, Alert>> out = d.records();
            assertEquals(List.of("wsj", "pentagon", "rotation"),
                    out.stream().map(r -> r.getValue().getCurrent().getArticleId()).toList());
            assertTrue(out.get(1).getValue().getHeadline().contains("reduction of 4,500 denied"),
                    out.get(1).getValue().getHeadline());
            assertTrue(out.get(2).getValue().getHeadline().contains("increase of 1,000 carried out"),
                    out.get(2).getValue().getHeadline());
            assertEquals(Mentions.day("2025-05-24"), out.get(1).getRecordTime());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ANY, up down", "DECREASES, down", "INCREASES, up"})
    void shouldReportOnlyTheChangesTheDirectionAllows(AlertRules.Direction direction, String expected) {
        AlertRules rules = AlertRules.builder().direction(direction).build();
        try (AlertDriver d = new AlertDriver(stateDir, rules)) {
            d.pipe(increase("2025-05-20", 1_000, Stance.PROPOSED, "up"),
                    reduction("2025-05-23", 4_500, Stance.PROPOSED, "down"));
            assertEquals(List.of(expected.split(" ")), articles(d.alerts()));
        }
    }

    @Test
    void shouldAddALateReportOfTheSameChangeToTheExistingAlert() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(reduction("2025-05-28", 4_500, Stance.PROPOSED, "later"),
                    reduction("2025-05-23", 4_500, Stance.PROPOSED, "earlier"));
            List<Alert> out = d.alerts();
            assertEquals(2, out.size(), "the alert and its update: " + out);
            assertEquals(out.get(0).getId(), out.get(1).getId(), "the update keeps the id");
            assertEquals(List.of("earlier", "later"),
                    out.get(1).getSources().stream().map(Mention::getArticleId).toList());
        }
    }

    @Test
    void shouldIgnoreAChangeDatedYearsBeforeItsArticle() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(troops("2025-05-23", 12_500, TroopKind.REDUCTION, Qualifier.EXACT, Stance.COMPLETED, "recap", 2004));
            assertEquals(List.of(), d.alerts(), "the 2004 withdrawal is history");
        }
    }

    @Test
    void shouldRaiseASanctionsShiftForEachChangeOfActionWithNegationRespected() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(sanctions("2019-01-01", SanctionAction.MAINTAIN, false, "keep"),
                    sanctions("2019-02-21", SanctionAction.EASE, true, "no-ease"),
                    sanctions("2019-03-01", SanctionAction.EASE, false, "ease"),
                    sanctions("2019-03-02", SanctionAction.MENTION, false, "named"));
            List<String> headlines = d.alerts(AlertType.SANCTIONS_SHIFT).stream().map(Alert::getHeadline).toList();
            assertEquals(2, headlines.size(), headlines.toString());
            assertTrue(headlines.get(0).endsWith("maintain → ease ruled out (2019-02-21)"), headlines.get(0));
            assertTrue(headlines.get(1).endsWith("ease ruled out → ease (2019-03-01)"), headlines.get(1));
        }
    }

    @Test
    void shouldRaiseTheSameSanctionsShiftWhicheverReportArrivesFirst() {
        Mention keep = sanctions("2019-01-01", SanctionAction.MAINTAIN, false, "keep");
        Mention ease = sanctions("2019-03-01", SanctionAction.EASE, false, "ease");
        List<Alert> inOrder;
        try (AlertDriver d = new AlertDriver(stateDir.resolve("in-order"), AlertRules.DEFAULTS)) {
            inOrder = d.pipe(keep, ease).alerts();
        }
        try (AlertDriver d = new AlertDriver(stateDir.resolve("reversed"), AlertRules.DEFAULTS)) {
            List<Alert> reversed = d.pipe(ease, keep).alerts();
            assertEquals(1, reversed.size(), reversed.toString());
            assertEquals(inOrder.get(0).getId(), reversed.get(0).getId(), "same content, same id");
            assertEquals("keep", reversed.get(0).getPrevious().getArticleId());
        }
    }

    @Test
    void shouldRaiseNoSanctionsShiftForALateReportBetweenTwoActions() {
        try (AlertDriver d = new AlertDriver(stateDir, AlertRules.DEFAULTS)) {
            d.pipe(sanctions("2019-01-01", SanctionAction.MAINTAIN, false, "keep"),
                    sanctions("2019-03-01", SanctionAction.EASE, false, "ease"),
                    sanctions("2019-02-01", SanctionAction.TIGHTEN, false, "late-tighten"));
            assertEquals(List.of("ease"), articles(d.alerts()), "the late tightening is not news: " + d.alerts());
        }
    }
}
