package io.newswatch.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.TroopMention;

/**
 * Decides, for one subject, which alerts a new mention raises. A pure function of the subject's
 * history and the mention: no Kafka, no clock of its own. The subject's {@link AlertRules} come from
 * {@link SubjectRules} (global defaults, per-subject overrides).
 *
 * <p>Time is publication time. The history is kept in event-time order whatever the arrival order.
 * The rules:
 * <ul>
 *   <li>{@code LEVEL_SHIFT} ({@link LevelRule}): the newest reported level differs from the one
 *       before it beyond the hedges and the thresholds, in the configured direction; raised once,
 *       with an id derived from its content. A late report never becomes current and never raises a
 *       shift of its own, except as the baseline of a level that had none (so the seeds give the same
 *       single shift in any arrival order); where it changes the picture it raises an informational
 *       {@code HISTORICAL_REVISION}. A move back to a level reported within the hysteresis window
 *       raises nothing or one informational note.</li>
 *   <li>{@code CHANGE_REPORTED} ({@link ChangeRule}): a reduction or increase figure with its stance
 *       not reported within the change window.</li>
 *   <li>{@code SANCTIONS_SHIFT} ({@link SanctionsRule}): the action for an issuer and target differs
 *       from the last one, negation included.</li>
 * </ul>
 * Corroboration: a report agreeing with an open alert's figure within its window is added to that
 * alert's sources and the alert is emitted again with the same id, so a consumer can upsert by id.
 * Mentions dated {@code historicalYears} or more before their article are kept but never raise
 * anything.
 */
public final class ShiftDetector {

    /** Event-time order: publication time, then mention id to break ties deterministically. */
    static final Comparator<Mention> EVENT_ORDER =
            Comparator.comparing(Mention::getPublished).thenComparing(Mention::getId);

    private final SubjectRules rules;

    /** The same rules for every subject. */
    public ShiftDetector(AlertRules rules) {
        this(SubjectRules.of(Objects.requireNonNull(rules, "rules")));
    }

    /** Rules per subject. */
    public ShiftDetector(SubjectRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The subject's new history and the alerts the mention raises, in order. An alert whose id was
     * emitted before is a corroboration update: the same alert with more sources.
     */
    public record Decision(SubjectHistory history, List<Alert> alerts) {
        public Decision {
            Objects.requireNonNull(history, "history");
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * @param before   the subject's history, or null for a subject not seen yet
     * @param incoming the new mention
     * @param now      wall-clock time, stamped on alerts as their creation time
     */
    public Decision decide(SubjectHistory before, Mention incoming, Instant now) {
        SubjectHistory history = before != null ? before
                : SubjectHistory.newBuilder().setSubject(incoming.getSubject()).build();
        if (history.getMentions().stream().anyMatch(m -> m.getId().equals(incoming.getId()))) {
            return new Decision(history, List.of());
        }
        AlertRules subjectRules = rules.forSubject(history.getSubject());
        List<Mention> mentions = new ArrayList<>(history.getMentions());
        mentions.add(incoming);
        mentions.sort(EVENT_ORDER);
        while (mentions.size() > subjectRules.historyCap()) {
            mentions.remove(0);
        }

        Situation s = new Situation(subjectRules, mentions, incoming, now, history.getOpen(), history.getRaised());
        if (!mentions.contains(incoming)) {
            // Older than everything the capped history keeps: too old to matter.
            return new Decision(after(history, s), List.of());
        }
        if (incoming.getDetail() instanceof TroopMention && !s.isHistorical(incoming)) {
            if (s.isLevelReport(incoming)) {
                LevelRule.apply(s);
            } else if (s.isChangeReport(incoming)) {
                ChangeRule.apply(s);
            }
        } else if (incoming.getDetail() instanceof SanctionMention sanction
                && sanction.getAction() != SanctionAction.MENTION) {
            SanctionsRule.apply(s);
        }
        return new Decision(after(history, s), s.emitted());
    }

    private static SubjectHistory after(SubjectHistory history, Situation s) {
        return SubjectHistory.newBuilder()
                .setSubject(history.getSubject())
                .setMentions(s.mentions)
                .setRaised(s.raised())
                .setOpen(s.open())
                .build();
    }

    /**
     * The subject's current figure: for troops the latest reported level in event time, for
     * sanctions the latest action; empty while the history holds none.
     */
    public java.util.Optional<Mention> current(SubjectHistory history) {
        AlertRules subjectRules = rules.forSubject(history.getSubject());
        Situation s = new Situation(subjectRules, history.getMentions(), null, null, List.of(), List.of());
        List<Mention> candidates = s.select(m -> s.isLevelReport(m)
                || (m.getDetail() instanceof SanctionMention x && x.getAction() != SanctionAction.MENTION));
        return candidates.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(candidates.get(candidates.size() - 1));
    }
}
