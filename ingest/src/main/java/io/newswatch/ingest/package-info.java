/**
 * The ingest module. {@link io.newswatch.ingest.FeedReader} reads one feed from a file or URL, as
 * {@code newswatch feed} does; the packages below hold the parsing ({@code feed}), fetching ({@code http}) and
 * article ({@code article}) parts.
 */
package io.newswatch.ingest;
