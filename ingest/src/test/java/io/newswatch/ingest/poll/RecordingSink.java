package io.newswatch.ingest.poll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newswatch.schemas.Article;
import io.newswatch.schemas.DeadLetter;
import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.SourceHealth;

/**
 * Keeps what the poller writes in memory, as the Kafka sink keeps it in topics (the app's IngestIT covers
 * the real one); can be told to refuse article writes, as a broker that is down would.
 */
final class RecordingSink implements PollSink {

    final List<Article> articles = new ArrayList<>();
    final List<SourceHealth> health = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    final Map<String, FeedState> states = new HashMap<>();
    int stateWrites;
    boolean refuseArticles;

    @Override
    public synchronized Map<String, FeedState> loadStates() {
        return Map.copyOf(states);
    }

    @Override
    public synchronized List<String> publish(List<Article> batch) {
        if (refuseArticles) {
            return batch.stream().map(a -> "article " + a.getId() + " not written: broker unavailable").toList();
        }
        articles.addAll(batch);
        return List.of();
    }

    @Override
    public synchronized void saveState(FeedState state) {
        states.put(state.getFeed(), state);
        stateWrites++;
    }

    @Override
    public synchronized void health(SourceHealth h) {
        health.add(h);
    }

    @Override
    public synchronized void deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
    }

    synchronized List<String> titles() {
        return new ArrayList<>(articles.stream().map(Article::getTitle).toList());
    }
}
