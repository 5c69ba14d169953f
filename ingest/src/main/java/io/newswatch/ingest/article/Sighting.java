package io.newswatch.ingest.article;

import java.util.Objects;

/** What the {@link Deduplicator} made of an article. */
public sealed interface Sighting permits Sighting.First, Sighting.Repeat {

    /** None of the article's keys was seen within the window: a new article. */
    record First() implements Sighting {
    }

    /**
     * One of the keys was seen within the window: the same article again.
     *
     * @param matched the key that matched
     */
    record Repeat(ArticleId matched) implements Sighting {
        public Repeat {
            Objects.requireNonNull(matched, "matched");
        }
    }
}
