/**
 * Live polling: {@link io.newswatch.ingest.poll.FeedPoller} polls one feed once (conditional GET, article pages,
 * dedup, write, then state), {@link io.newswatch.ingest.poll.Poller} keeps every feed on its own jittered
 * schedule through a {@link io.newswatch.ingest.poll.Scheduler}, and {@link io.newswatch.ingest.poll.KafkaPollSink}
 * keeps articles, per-feed state, health and dead letters in Kafka. Feeds come as
 * {@link io.newswatch.ingest.poll.FeedSource}s, from configuration or an {@link io.newswatch.ingest.poll.Opml} list.
 */
package io.newswatch.ingest.poll;
