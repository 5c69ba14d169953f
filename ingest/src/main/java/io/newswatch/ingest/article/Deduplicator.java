package io.newswatch.ingest.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Recognises an article seen before through any of its keys ({@link ArticleId}: canonical URL, GUID, text
 * hash): the same story from two feeds, or re-published with a new GUID, is one article. State is bounded both
 * by size (least recently seen keys go first) and by time (keys not seen for longer than the window are
 * forgotten); seeing a key again keeps it alive. Thread-safe.
 */
public final class Deduplicator {

    private final int maxKeys;
    private final Duration window;
    private final Clock clock;
    private final LinkedHashMap<ArticleId, Instant> lastSeen = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * @param maxKeys most keys remembered (each article brings up to three)
     * @param window  how long a key is remembered after it was last seen
     * @param clock   the time source
     */
    public Deduplicator(int maxKeys, Duration window, Clock clock) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive, was " + maxKeys);
        }
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.maxKeys = maxKeys;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records an article's keys and says whether any was seen within the window. {@code null} keys are ignored;
     * an article with no key at all is always {@link Sighting.First}.
     */
    public synchronized Sighting see(Collection<ArticleId> keys) {
        Instant now = clock.instant();
        expire(now);
        ArticleId matched = null;
        for (ArticleId key : keys) {
            if (key != null && matched == null && lastSeen.containsKey(key)) {
                matched = key;
            }
        }
        for (ArticleId key : keys) {
            if (key != null) {
                lastSeen.put(key, now);
            }
        }
        while (lastSeen.size() > maxKeys) {
            Iterator<ArticleId> eldest = lastSeen.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return matched == null ? new Sighting.First() : new Sighting.Repeat(matched);
    }

    /** Keys currently remembered. */
    public synchronized int size() {
        expire(clock.instant());
        return lastSeen.size();
    }

    private void expire(Instant now) {
        Instant cutoff = now.minus(window);
        Iterator<Map.Entry<ArticleId, Instant>> it = lastSeen.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<ArticleId, Instant> entry = it.next();
            if (entry.getValue().isAfter(cutoff)) {
                break;
            }
            it.remove();
        }
    }
}
