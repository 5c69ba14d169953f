package io.newswatch.alerts.dashboard;

import java.time.Instant;
import java.util.Objects;

/**
 * The current figure of one subject as the dashboard lists it.
 *
 * @param subject   the subject key
 * @param label     the subject in words
 * @param figure    the current figure in words ("28,500", "ease ruled out"), or "no figure yet"
 * @param published when the current figure was published, or null
 * @param source    who reported it, or null
 * @param url       where, or null
 * @param sentence  the sentence it was read from, or null
 * @param mentions  how many mentions the subject's history holds
 */
public record SubjectView(String subject, String label, String figure, Instant published, String source, String url,
                          String sentence, int mentions) {
    public SubjectView {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(figure, "figure");
    }
}
