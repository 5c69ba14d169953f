package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tagger's scores on the labelled sets, by LABELS.md's rules. */
class EvaluationSetTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @Test
    void shouldScoreDevSetAtLeast095() {
        Evaluation ev = Evaluation.run(tagger, Resources.excerpts("/eval/dev.jsonl"));
        String why = ev.report() + String.join("\n", ev.misses());
        assertTrue(ev.troops().f1() >= 0.95, "troop F1 on dev.jsonl\n" + why);
        assertTrue(ev.sanctions().f1() >= 0.95, "sanctions F1 on dev.jsonl\n" + why);
    }

    @Test
    void shouldReachTheTargetsOnTheDevelopmentCorpus() {
        Evaluation ev = Evaluation.run(tagger, Resources.excerpts("/eval/corpus.jsonl"));
        String why = ev.report() + String.join("\n", ev.misses());
        assertTrue(ev.troops().f1() >= 0.93, "troop F1 on corpus.jsonl\n" + why);
        assertTrue(ev.sanctions().f1() >= 0.90, "sanctions F1 on corpus.jsonl\n" + why);
        assertTrue(ev.qualifier().value() >= 0.95, "qualifier accuracy on corpus.jsonl\n" + why);
        assertTrue(ev.force().value() >= 0.99, "force accuracy on corpus.jsonl\n" + why);
    }

    /**
     * Floors a little under today's scores, so a change that loses ground on independently written text
     * fails here. Sets a to e were fixed against after their blind measurement; f to l were measured
     * blind first (see the README), then fixed against by cause; p and q were measured once, blind, then used
     * for a last round of troop fixes; r to u were written in session 3, measured blind, then fixed against by
     * cause too; v and w were written last in session 3 and their floors are their blind scores.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "independent-a.jsonl, 0.98, 0.98, 0.95, 0.98", "independent-b.jsonl, 0.98, 0.98, 0.95, 0.95",
        "independent-c.jsonl, 0.97, 0.98, 0.95, 0.98", "independent-d.jsonl, 0.92, 0.95, 0.95, 0.96",
        "independent-e.jsonl, 0.98, 0.98, 0.95, 0.98", "independent-f.jsonl, 0.90, 0.96, 0.95, 0.95",
        "independent-g.jsonl, 0.76, 0.98, 0.95, 0.97", "independent-h.jsonl, 0.85, 0.88, 0.96, 0.98",
        "independent-i.jsonl, 0.88, 0.98, 0.96, 0.98", "independent-j.jsonl, 0.93, 0.95, 0.98, 0.98",
        "independent-k.jsonl, 0.84, 0.95, 0.95, 0.98", "independent-l.jsonl, 0.81, 0.98, 0.96, 0.98",
        "independent-m.jsonl, 0.93, 0.91, 0.98, 0.98", "independent-n.jsonl, 0.85, 0.94, 0.97, 0.93",
        "independent-o.jsonl, 0.88, 0.98, 0.98, 0.93", "independent-p.jsonl, 0.83, 0.96, 0.97, 0.95",
        "independent-q.jsonl, 0.86, 0.96, 0.96, 0.93", "independent-r.jsonl, 0.82, 0.98, 0.95, 0.91",
        "independent-s.jsonl, 0.90, 0.87, 0.95, 0.97", "independent-t.jsonl, 0.89, 0.98, 0.98, 0.95",
        "independent-u.jsonl, 0.90, 0.98, 0.96, 0.98", "independent-v.jsonl, 0.83, 0.84, 0.98, 0.92",
        "independent-w.jsonl, 0.67, 0.68, 0.95, 0.91"})
    void shouldKeepItsScoresOnIndependentlyWrittenSets(String file, double troopFloor, double sanctionFloor,
                                                       double qualifierFloor, double forceFloor) {
        Evaluation ev = Evaluation.run(tagger, Resources.excerpts("/eval/" + file));
        String why = file + "\n" + ev.report() + String.join("\n", ev.misses());
        System.out.println(file + "\n" + ev.report());
        assertTrue(ev.troops().f1() >= troopFloor, "troop F1 on " + why);
        assertTrue(ev.sanctions().f1() >= sanctionFloor, "sanctions F1 on " + why);
        assertTrue(ev.qualifier().value() >= qualifierFloor, "qualifier accuracy on " + why);
        assertTrue(ev.force().value() >= forceFloor, "force accuracy on " + why);
    }
}
