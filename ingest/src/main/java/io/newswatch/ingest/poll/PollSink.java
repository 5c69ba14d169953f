package io.newswatch.ingest.poll;

import java.util.List;
import java.util.Map;

import io.newswatch.schemas.Article;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.SourceHealth;

/** Where live polling writes and what it resumes from: Kafka in production ({@link KafkaPollSink}). */
public interface PollSink {

    /** The state of every feed polled before, by feed URL. */
    Map<String, FeedState> loadStates();

    /**
     * Writes articles and waits until each is acknowledged or failed.
     *
     * @return one message per article that was not written; empty when all were
     */
    List<String> publish(List<Article> articles);

    /** Writes a feed's state; returns once it is acknowledged. */
    void saveState(FeedState state);

    /** Reports a feed's health change. */
    void health(SourceHealth health);

    /** Keeps input that could not be processed. */
    void deadLetter(DeadLetter letter);
}
