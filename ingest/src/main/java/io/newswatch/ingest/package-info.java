/**
 * The ingest module. {@link io.newswatch.ingest.FeedReader} reads one feed from a file or URL, as
 * {@code newswatch feed} does; the packages below hold the parsing ({@code feed}), fetching ({@code http}),
 * article ({@code article}) parts, live polling into Kafka with per-feed state and health ({@code poll}), and
 * archive replay ({@code replay}).
 */
package io.newswatch.ingest;
