package io.newswatch.alerts;

import java.time.Duration;
import java.util.List;

import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/**
 * {@code CHANGE_REPORTED}: a reduction or increase figure, with its stance, not reported for the
 * subject within the change window. The same change (kind, stance, figure within the hedges)
 * reported again within the window, before or after in event time, joins the first alert's sources.
 */
final class ChangeRule {

    private ChangeRule() {
    }

    static void apply(Situation s) {
        Mention in = s.incoming;
        TroopKind kind = Situation.troops(in).getKind();
        if (!s.rules.direction().allows(kind == TroopKind.REDUCTION ? -1 : 1)) {
            return;
        }
        List<Mention> changes = s.select(s::isChangeReport);
        Duration window = s.rules.changeWindow();
        if (s.corroborate(AlertType.CHANGE_REPORTED, a -> same(s, a.getCurrent(), in),
                a -> new Corroboration(m -> same(s, a.getCurrent(), m), m -> false, window)
                        .sources(changes, a.getCurrent(), null))) {
            return;
        }
        boolean reported = changes.stream()
                .filter(m -> !m.equals(in) && same(s, m, in))
                .anyMatch(m -> Duration.between(m.getPublished(), in.getPublished()).abs().compareTo(window) <= 0);
        if (!reported) {
            s.raise(s.alert(AlertType.CHANGE_REPORTED, null, in, null, List.of(in),
                    Headlines.of(AlertType.CHANGE_REPORTED, null, in, 1)));
        }
    }

    private static boolean same(Situation s, Mention a, Mention b) {
        TroopMention x = Situation.troops(a);
        TroopMention y = Situation.troops(b);
        return x.getKind() == y.getKind() && x.getStance() == y.getStance() && s.agree(a, b);
    }
}
