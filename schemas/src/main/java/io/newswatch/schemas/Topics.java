package io.newswatch.schemas;

import java.util.List;
import java.util.Objects;

import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of every topic newswatch reads or writes. Build one with {@link #withPrefix}
 * and pass it in; nothing looks topics up globally.
 *
 * @param articles    cleaned articles, keyed by article id, timestamped by publication time
 * @param mentions    tagged mentions, keyed by subject
 * @param alerts      alerts, keyed by subject
 * @param health      feed health events from ingest, keyed by feed
 * @param deadLetters input that could not be processed, with the reason, keyed by stage
 * @param deliveries  completed alert deliveries per channel (compacted), keyed by channel|alertId
 * @param feedState   live ingest's per-feed state (compacted), keyed by feed URL
 */
public record Topics(
        Topic<String, Article> articles,
        Topic<String, Mention> mentions,
        Topic<String, Alert> alerts,
        Topic<String, SourceHealth> health,
        Topic<String, DeadLetter> deadLetters,
        Topic<String, Delivery> deliveries,
        Topic<String, FeedState> feedState) {

    public static final String DEFAULT_PREFIX = "newswatch";

    public Topics {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(feedState, "feedState");
    }

    /** The default registry: {@code newswatch.articles}, {@code newswatch.mentions}, ... */
    public static Topics defaults() {
        return withPrefix(DEFAULT_PREFIX);
    }

    /** A registry whose topic names start with {@code prefix + "."}. */
    public static Topics withPrefix(String prefix) {
        return new Topics(
                new Topic<>(prefix + ".articles", Serdes.String(), AvroSerdes.of(Article.class)),
                new Topic<>(prefix + ".mentions", Serdes.String(), AvroSerdes.of(Mention.class)),
                new Topic<>(prefix + ".alerts", Serdes.String(), AvroSerdes.of(Alert.class)),
                new Topic<>(prefix + ".health", Serdes.String(), AvroSerdes.of(SourceHealth.class)),
                new Topic<>(prefix + ".dead-letters", Serdes.String(), AvroSerdes.of(DeadLetter.class)),
                new Topic<>(prefix + ".deliveries", Serdes.String(), AvroSerdes.of(Delivery.class)),
                new Topic<>(prefix + ".feed-state", Serdes.String(), AvroSerdes.of(FeedState.class)));
    }

    /** Every topic, for creating them and for tooling. */
    public List<Topic<?, ?>> all() {
        return List.of(articles, mentions, alerts, health, deadLetters, deliveries, feedState);
    }

    /** Topics whose latest record per key is all that matters: log-compacted. */
    public List<Topic<?, ?>> compacted() {
        return List.of(health, deliveries, feedState);
    }
}
