package io.newswatch.app.config;

import java.util.List;
import java.util.Objects;

import io.newswatch.ingest.poll.FeedSource;
import io.newswatch.ingest.poll.PollConfig;

/**
 * What {@code newswatch ingest} polls and how, from {@code feed.*} and {@code ingest.*} settings
 * ({@link FeedConfigs}).
 *
 * @param feeds the configured feeds, in name order
 * @param poll  intervals, jitter and health thresholds
 * @param allow hosts or networks the fetcher may reach although they are not public (e.g. an intranet feed)
 */
public record IngestSettings(List<FeedSource> feeds, PollConfig poll, List<String> allow) {

    public static final IngestSettings DEFAULTS = new IngestSettings(List.of(), PollConfig.defaults(), List.of());

    public IngestSettings {
        feeds = List.copyOf(feeds);
        Objects.requireNonNull(poll, "poll");
        allow = List.copyOf(allow);
    }
}
