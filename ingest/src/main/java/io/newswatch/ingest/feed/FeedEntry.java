package io.newswatch.ingest.feed;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a feed, cleaned: text fields are plain text (no markup), the link is absolute and allowed by the
 * link policy.
 *
 * @param title     plain-text title, possibly empty
 * @param link      absolute http(s) link (or a {@code file:} link inside the archive root), or {@code null}
 * @param guid      the RSS guid or Atom id as written, or {@code null}
 * @param published publication (else update) time, or {@code null} when absent or unparseable
 * @param author    the author as written, or {@code null}
 * @param summary   the description or content as plain text, possibly empty
 * @param source    the item's {@code <source>}, else the feed's title; {@code null} when neither is known
 */
public record FeedEntry(String title, URI link, String guid, Instant published, String author, String summary,
                        String source) {

    public FeedEntry {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        if (link != null && !link.isAbsolute()) {
            throw new IllegalArgumentException("link must be absolute, was " + link);
        }
    }
}
