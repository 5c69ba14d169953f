package io.newswatch.ingest.replay;

import java.util.Objects;

import io.newswatch.schemas.Article;

/**
 * One article read from an archive, ready to replay.
 *
 * @param origin where it came from (file, or feed file and entry), for messages
 * @param article the article; its publication time orders the replay
 */
public record ArchiveItem(String origin, Article article) {
    public ArchiveItem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(article, "article");
        if (article.getPublished() == null) {
            throw new IllegalArgumentException(origin + ": an archived article needs a publication time to be replayed");
        }
    }
}
