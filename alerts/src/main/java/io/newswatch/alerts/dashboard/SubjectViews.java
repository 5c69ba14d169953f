package io.newswatch.alerts.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.newswatch.alerts.ShiftDetector;
import io.newswatch.alerts.notify.AlertFormatter;
import io.newswatch.alerts.notify.MentionView;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SubjectHistory;

/** Turns the alerts app's per-subject histories into the rows the dashboard lists. */
public final class SubjectViews {

    private final ShiftDetector detector;
    private final AlertFormatter formatter = new AlertFormatter();

    public SubjectViews(ShiftDetector detector) {
        this.detector = detector;
    }

    /** One row per subject, most recently reported first. */
    public List<SubjectView> of(Iterable<SubjectHistory> histories) {
        List<SubjectView> rows = new ArrayList<>();
        for (SubjectHistory h : histories) {
            Optional<Mention> current = detector.current(h);
            String label = AlertFormatter.subjectLabel(h.getSubject());
            if (current.isEmpty()) {
                rows.add(new SubjectView(h.getSubject(), label, "no figure yet", null, null, null, null,
                        h.getMentions().size()));
                continue;
            }
            Mention m = current.get();
            MentionView v = formatter.mention(m);
            rows.add(new SubjectView(h.getSubject(), label, v.figure(), m.getPublished(), v.source(), m.getUrl(),
                    m.getSentence(), h.getMentions().size()));
        }
        rows.sort(Comparator.comparing((SubjectView v) -> v.published() == null ? java.time.Instant.MIN : v.published())
                .reversed().thenComparing(SubjectView::subject));
        return rows;
    }
}
