package io.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random mixes of level, change, historical and sanctions mentions in random arrival orders, under
 * random rules, against the contract every decision keeps. Seeded, so a failure reproduces.
 */
class ShiftDetectorInvariantsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    private static List<Mention> mix(Random r) {
        List<Mention> ms = new ArrayList<>();
        Qualifier[] hedges = Qualifier.values();
        for (int i = 0, n = 2 + r.nextInt(7); i < n; i++) {
            String date = LocalDate.parse("2025-01-01").plusDays(r.nextInt(60)).toString();
            int kind = r.nextInt(10);
            if (kind < 6) {
                long q = r.nextBoolean() ? 23_500 : r.nextBoolean() ? 28_500 : 20_000 + r.nextInt(10) * 1_000;
                ms.add(Mentions.troops(date, q, TroopKind.LEVEL, hedges[r.nextInt(4)], Stance.REPORTED, "level" + i,
                        r.nextInt(8) == 0 ? 2004 : null));
            } else if (kind < 8) {
                ms.add(Mentions.troops(date, 4_500, TroopKind.REDUCTION, hedges[r.nextInt(4)],
                        Stance.values()[r.nextInt(4)], "change" + i));
            } else {
                ms.add(Mentions.sanctions(date, SanctionAction.values()[r.nextInt(7)], r.nextBoolean(), "sanction" + i));
            }
        }
        return ms;
    }

    private static boolean historical(Mention m) {
        return m.getDetail() instanceof TroopMention t && t.getEventYear() != null;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void shouldKeepTheContractForAnyMixAndArrivalOrder(long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 150; round++) {
            List<Mention> mentions = mix(r);
            AlertRules rules = AlertRules.builder().direction(AlertRules.Direction.values()[r.nextInt(3)])
                    .flapping(AlertRules.Flapping.values()[r.nextInt(2)]).historyCap(2 + r.nextInt(8)).build();
            ShiftDetector detector = new ShiftDetector(rules);
            Collections.shuffle(mentions, r);
            Map<String, SubjectHistory> histories = new HashMap<>();
            Map<String, Alert> firstVersion = new HashMap<>();
            Map<String, Alert> lastVersion = new HashMap<>();
            for (Mention m : mentions) {
                SubjectHistory before = histories.get(m.getSubject());
                ShiftDetector.Decision d = detector.decide(before, m, NOW);
                histories.put(m.getSubject(), d.history());
                String where = "seed " + seed + " round " + round + ", mention " + m.getArticleId() + " of " + mentions;
                if (historical(m)) {
                    assertEquals(List.of(), d.alerts(), "a historical mention raises nothing: " + where);
                }
                for (Alert a : d.alerts()) {
                    assertTrue(a.getSources().contains(a.getCurrent()), "sources include the current report: " + where);
                    List<Mention> sorted = new ArrayList<>(a.getSources());
                    sorted.sort(ShiftDetector.EVENT_ORDER);
                    assertEquals(sorted, a.getSources(), "sources in event-time order: " + where);
                    Alert first = firstVersion.putIfAbsent(a.getId(), a);
                    Alert last = lastVersion.put(a.getId(), a);
                    if (first == null) {
                        if (a.getType() == AlertType.LEVEL_SHIFT) {
                            List<Mention> levels = d.history().getMentions().stream()
                                    .filter(x -> x.getDetail() instanceof TroopMention t
                                            && t.getKind() == TroopKind.LEVEL && !historical(x))
                                    .toList();
                            boolean newest = a.getCurrent().equals(m) && levels.get(levels.size() - 1).equals(m);
                            boolean baseline = a.getPrevious().equals(m) && levels.get(0).equals(m);
                            assertTrue(newest || baseline,
                                    "a shift is raised by the newest level, or by a late report as the first baseline: "
                                            + where);
                        }
                    } else {
                        assertEquals(Arrays.asList(first.getType(), first.getPrevious(), first.getCurrent()),
                                Arrays.asList(a.getType(), a.getPrevious(), a.getCurrent()), "an update is the same alert: " + where);
                        assertTrue(a.getSources().size() > last.getSources().size()
                                && a.getSources().containsAll(last.getSources()), "an update only adds sources: " + where);
                    }
                }
                assertEquals(List.of(), detector.decide(d.history(), m, NOW).alerts(), "a replay raises nothing: " + where);
            }
        }
    }
}
