package io.newswatch.alerts;

import java.util.List;

import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.SanctionMention;

/**
 * {@code SANCTIONS_SHIFT}: the newest action for an issuer and target differs from the one before it
 * ("maintain" → "ease", "ease ruled out" → "ease"). Reports of the same action within the
 * corroboration window join the alert's sources. A late report raises a shift only as the first
 * baseline of an action that had none.
 */
final class SanctionsRule {

    private SanctionsRule() {
    }

    static void apply(Situation s) {
        Mention in = s.incoming;
        List<Mention> actions = s.select(m -> m.getDetail() instanceof SanctionMention x
                && x.getAction() != SanctionAction.MENTION);
        if (s.corroborate(AlertType.SANCTIONS_SHIFT, a -> same(a.getCurrent(), in),
                a -> corroboration(s, a.getCurrent()).sources(actions, a.getCurrent(), a.getPrevious()))) {
            return;
        }
        int at = actions.indexOf(in);
        int last = actions.size() - 1;
        if (at == last && at > 0) {
            shift(s, actions, actions.get(at - 1), in);
        } else if (at == 0 && last > 0 && actions.stream().skip(1).allMatch(m -> same(m, actions.get(1)))) {
            shift(s, actions, in, actions.get(1));
        }
    }

    private static void shift(Situation s, List<Mention> actions, Mention previous, Mention current) {
        if (!same(previous, current)) {
            List<Mention> sources = corroboration(s, current).sources(actions, current, previous);
            s.raise(s.alert(AlertType.SANCTIONS_SHIFT, previous, current, null, sources,
                    Headlines.of(AlertType.SANCTIONS_SHIFT, previous, current, sources.size())));
        }
    }

    private static Corroboration corroboration(Situation s, Mention current) {
        return new Corroboration(m -> same(current, m), m -> !same(current, m), s.rules.corroborationWindow());
    }

    private static boolean same(Mention a, Mention b) {
        return Headlines.sanctionState(a).equals(Headlines.sanctionState(b));
    }
}
