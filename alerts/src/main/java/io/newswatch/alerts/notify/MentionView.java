package io.newswatch.alerts.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * One mention as a person reads it, unescaped: renderers escape every field for their format.
 *
 * @param figure    the figure with its hedge, e.g. "approximately 28,500" or "ease"
 * @param qualifier the hedge in words ("approximately", "more than", "up to", "exactly"); empty for sanctions
 * @param stance    how the text presents the figure ("reported", "proposed", "denied", "completed")
 * @param source    the outlet, or the URL's host when the outlet is unknown
 * @param title     the article title, empty when unknown
 * @param link      the article URL when it is a safe http(s) link
 * @param url       the article URL as received, for display only
 * @param published publication time, e.g. "2026-11-20 14:05 UTC"
 * @param sentence  the sentence the figure was read from, on one line
 */
public record MentionView(
        String figure,
        Optional<String> qualifier,
        String stance,
        String source,
        Optional<String> title,
        Optional<String> link,
        String url,
        String published,
        String sentence) {

    public MentionView {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** "approximately 28,500, reported: Yonhap, 2026-11-20 14:05 UTC" */
    public String summary() {
        return figure + ", " + stance + ": " + source + ", " + published;
    }
}
