package io.newswatch.processor.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores a tagger on labelled excerpts by LABELS.md's rules: a troop figure matches a gold one
 * when quantity, kind and location are equal (figures with no quantity are not scored); a
 * sanctions mention matches when action and target are equal. Precision, recall and F1 are
 * micro-averaged; qualifier, force and stance (issuer and negation for sanctions) are scored as
 * accuracy over matched pairs.
 */
public final class Evaluation {

    /** Counts for one tag type. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Accuracy of one attribute over matched pairs. */
    public record Accuracy(int correct, int total) {
        public double value() {
            return total == 0 ? 1.0 : (double) correct / total;
        }
    }

    private int[] troop = new int[3];
    private int[] sanction = new int[3];
    private final int[] qualifier = new int[2];
    private final int[] force = new int[2];
    private final int[] stance = new int[2];
    private final int[] issuer = new int[2];
    private final int[] negated = new int[2];
    private final List<String> misses = new ArrayList<>();

    private Evaluation() {
    }

    /** Tags every excerpt and scores the tags against the gold ones. */
    public static Evaluation run(Tagger tagger, List<Excerpt> excerpts) {
        Evaluation ev = new Evaluation();
        for (Excerpt x : excerpts) {
            ev.score(x, tagger.tag(x.text(), x.published()));
        }
        return ev;
    }

    public Score troops() {
        return new Score(troop[0], troop[1], troop[2]);
    }

    public Score sanctions() {
        return new Score(sanction[0], sanction[1], sanction[2]);
    }

    public Accuracy qualifier() {
        return new Accuracy(qualifier[0], qualifier[1]);
    }

    public Accuracy force() {
        return new Accuracy(force[0], force[1]);
    }

    public Accuracy stance() {
        return new Accuracy(stance[0], stance[1]);
    }

    public Accuracy issuer() {
        return new Accuracy(issuer[0], issuer[1]);
    }

    public Accuracy negated() {
        return new Accuracy(negated[0], negated[1]);
    }

    /** One line per missed, false or mis-attributed tag: id, what, and the text. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** The report the {@code eval} command prints. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(line("troops", troops())).append('\n');
        b.append(line("sanctions", sanctions())).append('\n');
        b.append(String.format(Locale.ROOT, "troop attributes   qualifier %.3f (%d/%d)  force %.3f (%d/%d)  "
                        + "stance %.3f (%d/%d)%n", qualifier().value(), qualifier[0], qualifier[1],
                force().value(), force[0], force[1], stance().value(), stance[0], stance[1]));
        b.append(String.format(Locale.ROOT, "sanction attributes issuer %.3f (%d/%d)  negated %.3f (%d/%d)%n",
                issuer().value(), issuer[0], issuer[1], negated().value(), negated[0], negated[1]));
        return b.toString();
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-10s precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                name, s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }

    private void score(Excerpt x, List<Tag> tags) {
        List<TroopTag> predicted = new ArrayList<>();
        List<SanctionTag> predictedS = new ArrayList<>();
        for (Tag t : tags) {
            if (t instanceof TroopTag tr && tr.quantity() != null) {
                predicted.add(tr);
            } else if (t instanceof SanctionTag sa) {
                predictedS.add(sa);
            }
        }
        for (Excerpt.GoldTroop g : x.troops()) {
            if (g.quantity() == null) {
                continue;
            }
            TroopTag best = null;
            int bestAgree = -1;
            for (TroopTag p : predicted) {
                if (p.quantity().equals(g.quantity()) && p.kind().label().equals(g.kind())
                        && p.location().equals(g.location())) {
                    int agree = (p.qualifier().label().equals(g.qualifier()) ? 1 : 0)
                            + (Objects.equals(p.force(), g.force()) ? 1 : 0)
                            + (p.stance().label().equals(g.stance()) ? 1 : 0);
                    if (agree > bestAgree) {
                        best = p;
                        bestAgree = agree;
                    }
                }
            }
            if (best == null) {
                troop[2]++;
                misses.add(x.id() + " MISSED troops " + g + "  | " + x.text());
                continue;
            }
            predicted.remove(best);
            troop[0]++;
            count(qualifier, best.qualifier().label().equals(g.qualifier()), x, "qualifier", g.qualifier(),
                    best.qualifier().label());
            count(force, Objects.equals(best.force(), g.force()), x, "force", g.force(), best.force());
            count(stance, best.stance().label().equals(g.stance()), x, "stance", g.stance(), best.stance().label());
        }
        for (TroopTag p : predicted) {
            troop[1]++;
            misses.add(x.id() + " FALSE troops " + TagJson.line(p).replaceAll(",\"sentence\".*", "}") + "  | "
                    + x.text());
        }
        for (Excerpt.GoldSanction g : x.sanctions()) {
            SanctionTag best = null;
            for (SanctionTag p : predictedS) {
                if (p.action().label().equals(g.action()) && p.target().equals(g.target())) {
                    best = p;
                    break;
                }
            }
            if (best == null) {
                sanction[2]++;
                misses.add(x.id() + " MISSED sanctions " + g + "  | " + x.text());
                continue;
            }
            predictedS.remove(best);
            sanction[0]++;
            count(issuer, Objects.equals(best.issuer(), g.issuer()), x, "issuer", g.issuer(), best.issuer());
            count(negated, best.negated() == g.negated(), x, "negated", String.valueOf(g.negated()),
                    String.valueOf(best.negated()));
        }
        for (SanctionTag p : predictedS) {
            sanction[1]++;
            misses.add(x.id() + " FALSE sanctions " + TagJson.line(p).replaceAll(",\"sentence\".*", "}") + "  | "
                    + x.text());
        }
    }

    private void count(int[] acc, boolean ok, Excerpt x, String what, String gold, String got) {
        acc[1]++;
        if (ok) {
            acc[0]++;
        } else {
            misses.add(x.id() + " WRONG " + what + " gold=" + gold + " got=" + got + "  | " + x.text());
        }
    }
}
