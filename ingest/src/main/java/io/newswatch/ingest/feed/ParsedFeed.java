package io.newswatch.ingest.feed;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One parsed feed.
 *
 * @param title        the feed's title as plain text, possibly empty
 * @param link         the feed's web page (http or https), or {@code null}
 * @param entries      the entries in document order
 * @param droppedLinks how many links were refused by the link policy (scripts, data, files outside the archive...)
 * @param warnings     what was repaired or ignored on the way (charset fallback, lenient recovery, bad dates)
 */
public record ParsedFeed(String title, URI link, List<FeedEntry> entries, int droppedLinks, List<String> warnings) {

    public ParsedFeed {
        title = title == null ? "" : title;
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (droppedLinks < 0) {
            throw new IllegalArgumentException("droppedLinks must not be negative, was " + droppedLinks);
        }
    }
}
