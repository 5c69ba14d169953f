package io.newswatch.ingest.article;

import java.net.URI;
import java.time.Instant;

/**
 * What {@link ArticleExtractor} found in a page.
 *
 * @param title     the headline (og:title, else the title element, else the first h1), possibly empty
 * @param canonical the page's {@code <link rel=canonical>} (else og:url) in canonical form, or {@code null}
 * @param published the publication time from meta tags, {@code <time>} or JSON-LD, or {@code null}
 * @param text      the main text, paragraphs separated by blank lines, possibly empty
 */
public record ExtractedArticle(String title, URI canonical, Instant published, String text) {

    public ExtractedArticle {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        if (canonical != null && !canonical.isAbsolute()) {
            throw new IllegalArgumentException("canonical must be absolute, was " + canonical);
        }
    }
}
