/**
 * Safe feed parsing. {@link io.newswatch.ingest.feed.FeedParser} turns the bytes of an RSS 0.9x/1.0/2.0 or
 * Atom 0.3/1.0 feed into a {@link io.newswatch.ingest.feed.ParsedFeed}: charset from BOM, byte pattern, XML
 * declaration and HTTP header with fallbacks; a hardened XML reader (no DTD, external entity, XInclude or
 * stylesheet is ever read; entities and depth bounded); lenient recovery of broken XML; links resolved against
 * nested {@code xml:base}, the channel link and the feed location, then filtered by
 * {@link io.newswatch.ingest.feed.LinkPolicy}; dates read by {@link io.newswatch.ingest.feed.FeedDates} or left
 * null; text cleaned by {@link io.newswatch.ingest.feed.PlainText}. {@link io.newswatch.ingest.feed.FeedJson} is
 * the line format of {@code newswatch feed}.
 */
package io.newswatch.ingest.feed;
