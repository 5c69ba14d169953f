/**
 * Articles: {@link io.newswatch.ingest.article.ArticleExtractor} finds the main text, title, canonical link and
 * date of an HTML page; {@link io.newswatch.ingest.article.CanonicalUrl} and
 * {@link io.newswatch.ingest.article.ArticleId} give an article stable keys (URL, GUID, text hash);
 * {@link io.newswatch.ingest.article.Deduplicator} recognises an article seen before through any key, within a
 * bounded window.
 */
package io.newswatch.ingest.article;
