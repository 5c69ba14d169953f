package io.newswatch.ingest.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.newswatch.ingest.article.ArticleExtractor;
import io.newswatch.ingest.article.ArticleId;
import io.newswatch.ingest.article.CanonicalUrl;
import io.newswatch.ingest.article.Deduplicator;
import io.newswatch.ingest.article.ExtractedArticle;
import io.newswatch.ingest.article.Sighting;
import io.newswatch.ingest.feed.FeedEntry;
import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.feed.ParsedFeed;
import io.newswatch.ingest.http.FetchOutcome;
import io.newswatch.ingest.http.FetchRequest;
import io.newswatch.ingest.http.HttpFetcher;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.DeadLetters;
import io.newswatch.schemas.FeedState;
import io.newswatch.schemas.HealthStatus;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.SourceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed once: a conditional GET of the feed, then for each entry not seen before in that feed its
 * article page (main text by {@link ArticleExtractor}; the feed's summary when the page cannot be used), an
 * {@link Article} whose id derives from the canonical URL, a check against the cross-feed {@link Deduplicator},
 * and a write of the new articles. The feed's state (validators, recent entry keys, failures) is written only
 * after those articles are acknowledged, so a restart neither re-sends old entries nor loses new ones. A feed
 * that fails FAILING-many times in a row, or brings nothing new for too long, gets a health record on each
 * change of status; a feed that cannot be parsed goes to the dead letters with its bytes. Never throws for a
 * feed's trouble. Thread-safe for different feeds; one feed must not be polled by two threads at once.
 */
public final class FeedPoller {

    /** The {@code stage} of this component's dead letters. */
    public static final String STAGE = "ingest";
    /** URL scheme of articles whose entry had no link. */
    public static final String ENTRY_URN = "urn:newswatch:entry:";

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration MIN_RETRY = Duration.ofSeconds(1);

    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final ArticleExtractor extractor;
    private final Deduplicator deduplicator;
    private final PollSink sink;
    private final PollConfig config;
    private final HealthRule health;
    private final Jitter jitter;
    private final Clock clock;
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Map<String, List<Article>> unsent = new ConcurrentHashMap<>();

    /** Loads the state of every feed polled before from {@code sink}. */
    public FeedPoller(HttpFetcher fetcher, FeedParser parser, PollSink sink, PollConfig config, Jitter jitter,
                      Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.config = Objects.requireNonNull(config, "config");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.extractor = new ArticleExtractor();
        this.deduplicator = new Deduplicator(config.dedupKeys(), config.dedupWindow(), clock);
        this.health = new HealthRule(config.failingAfter(), config.quietAfter());
        states.putAll(sink.loadStates());
        for (FeedState state : states.values()) {
            deduplicator.see(state.getArticleKeys().stream().map(FeedPoller::articleId).filter(Objects::nonNull).toList());
        }
    }

    private static ArticleId articleId(String value) {
        try {
            return new ArticleId(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The feed's state as last written, or {@code null} when it was never polled. */
    public FeedState state(FeedSource source) {
        return states.get(source.key());
    }

    /** Polls {@code source} once. */
    public PollOutcome poll(FeedSource source) {
        Instant now = clock.instant();
        FeedState state = states.getOrDefault(source.key(), FeedState.newBuilder().setFeed(source.key()).build());
        FetchRequest request = new FetchRequest(source.url(), FetchRequest.Kind.FEED, state.getEtag(),
                state.getLastModified(), state.getConsecutiveFailures());
        FetchOutcome outcome = fetcher.fetch(request);
        if (outcome instanceof FetchOutcome.NotModified) {
            return succeed(source, state, now, state.getEtag(), state.getLastModified(), List.of(), null);
        }
        if (outcome instanceof FetchOutcome.RetryLater retry) {
            return fail(source, state, now, retry.reason(), max(retry.delay(), MIN_RETRY));
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            return fail(source, state, now, failed.reason(), backoff(source, state.getConsecutiveFailures()));
        }
        FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
        ParsedFeed feed;
        try {
            feed = parser.parse(fetched.body(), fetched.finalUri(), fetched.contentType());
        } catch (FeedException e) {
            byte[] kept = Arrays.copyOf(fetched.body(), Math.min(fetched.body().length, config.deadLetterBytes()));
            String reason = e.getMessage() + (kept.length < fetched.body().length
                    ? " (first " + kept.length + " of " + fetched.body().length + " bytes kept)" : "");
            try {
                sink.deadLetter(DeadLetters.forInput(STAGE, source.key(), kept, reason, now));
            } catch (RuntimeException d) {
                LOG.error("feed {}: malformed feed not written to the dead letters: {}", source.url(), d.getMessage());
            }
            return fail(source, state, now, reason, backoff(source, state.getConsecutiveFailures()));
        }
        feed.warnings().forEach(w -> LOG.debug("feed {}: {}", source.url(), w));
        Set<String> recent = new LinkedHashSet<>(state.getRecentKeys());
        Set<String> currentKeys = new LinkedHashSet<>();
        Set<String> articleKeys = new LinkedHashSet<>();
        List<Article> fresh = new ArrayList<>();
        int newEntries = 0;
        int repeats = 0;
        for (FeedEntry entry : feed.entries()) {
            ArticleId key = entryKey(source.url(), entry);
            if (key == null) {
                LOG.warn("feed {}: an entry without link, GUID, title or text is skipped", source.url());
                continue;
            }
            if (!currentKeys.add(key.value()) || recent.contains(key.value())) {
                continue;
            }
            newEntries++;
            Article article = article(source, feed, entry, key, now);
            if (article == null) {
                continue;
            }
            List<ArticleId> keys = ArticleId.keys(
                    URI.create(article.getCanonicalUrl()), source.url(), entry.guid(), article.getText());
            Sighting sighting = deduplicator.see(keys);
            if (sighting instanceof Sighting.Repeat repeat) {
                LOG.debug("feed {}: {} is an article already sent (matched {})", source.url(), article.getUrl(),
                        repeat.matched());
                repeats++;
            } else {
                // only what this feed sends goes into its state: a repeat belongs to the feed that sent it
                // (which may still be holding it back unacknowledged)
                keys.stream().filter(k -> !k.value().startsWith("guid:")).forEach(k -> articleKeys.add(k.value()));
                fresh.add(article);
            }
        }
        FeedState seen = FeedState.newBuilder(state)
                .setRecentKeys(bounded(currentKeys, recent, config.recentKeys()))
                .setArticleKeys(bounded(articleKeys, new LinkedHashSet<>(state.getArticleKeys()), 2 * config.recentKeys()))
                .build();
        return succeed(source, seen, now, fetched.etag(), fetched.lastModified(), fresh,
                new PollOutcome.Updated(newEntries, 0, repeats, now));
    }

    /**
     * Writes the held-back and new articles, then (once they are acknowledged) the feed's state.
     *
     * @param seen   the state with the keys of this poll's entries and articles, to be written
     * @param counts the entry counts of the poll, or {@code null} when the server answered 304
     */
    private PollOutcome succeed(FeedSource source, FeedState seen, Instant now, String etag, String lastModified,
                                List<Article> fresh, PollOutcome.Updated counts) {
        List<Article> toSend = new ArrayList<>(unsent.getOrDefault(source.key(), List.of()));
        toSend.addAll(fresh);
        Instant next = now.plus(jitter.next(source.interval()));
        if (!toSend.isEmpty()) {
            List<String> failures = sink.publish(toSend);
            if (!failures.isEmpty()) {
                unsent.put(source.key(), toSend);
                failures.forEach(f -> LOG.error("feed {}: {}", source.url(), f));
                return new PollOutcome.Failed("feed " + source.url() + ": " + failures.size() + " of " + toSend.size()
                        + " articles not acknowledged; held back for the next poll", seen.getConsecutiveFailures(),
                        next);
            }
            unsent.remove(source.key());
        }
        int newEntries = counts == null ? 0 : counts.newEntries();
        FeedState updated = FeedState.newBuilder(seen)
                .setEtag(etag)
                .setLastModified(lastModified)
                .setConsecutiveFailures(0)
                .setLastSuccess(now)
                .setLastAttempt(now)
                .setLastNewEntry(newEntries > 0 || seen.getLastNewEntry() == null ? now : seen.getLastNewEntry())
                .setNextPoll(next)
                .build();
        save(source, report(source, updated, now, null));
        if (newEntries > 0 || !toSend.isEmpty()) {
            LOG.info("feed {}: {} new entries, {} articles sent, {} repeats", source.url(), newEntries, toSend.size(),
                    counts == null ? 0 : counts.repeats());
        }
        return counts == null && toSend.isEmpty()
                ? new PollOutcome.NotModified(next)
                : new PollOutcome.Updated(newEntries, toSend.size(), counts == null ? 0 : counts.repeats(), next);
    }

    private PollOutcome fail(FeedSource source, FeedState state, Instant now, String reason, Duration retryIn) {
        if (Thread.currentThread().isInterrupted()) {
            LOG.info("feed {}: poll interrupted (shutting down); state left as it was", source.url());
            return new PollOutcome.Failed(reason, state.getConsecutiveFailures(), now.plus(retryIn));
        }
        int failures = state.getConsecutiveFailures() + 1;
        Instant next = now.plus(retryIn);
        FeedState updated = FeedState.newBuilder(state)
                .setConsecutiveFailures(failures)
                .setLastAttempt(now)
                .setNextPoll(next)
                .build();
        LOG.warn("feed {}: poll failed ({} in a row): {}; next poll at {}", source.url(), failures, reason, next);
        save(source, report(source, updated, now, reason));
        return new PollOutcome.Failed(reason, failures, next);
    }

    /** Emits a health record when the status changed; returns the state with the status reported. */
    private FeedState report(FeedSource source, FeedState state, Instant now, String lastError) {
        HealthStatus status = health.assess(state, now);
        if (status == state.getHealth()) {
            return state;
        }
        String message = health.describe(status, state, lastError);
        LOG.warn("feed {}: {} -> {}: {}", source.url(), state.getHealth(), status, message);
        try {
            sink.health(SourceHealth.newBuilder()
                    .setFeed(source.key())
                    .setStatus(status)
                    .setConsecutiveFailures(state.getConsecutiveFailures())
                    .setLastSuccess(state.getLastSuccess())
                    .setMessage(message)
                    .setObserved(now)
                    .build());
        } catch (RuntimeException e) {
            LOG.error("feed {}: health record not written, tried again next poll: {}", source.url(), e.getMessage());
            return state;
        }
        return FeedState.newBuilder(state).setHealth(status).build();
    }

    private void save(FeedSource source, FeedState state) {
        try {
            sink.saveState(state);
            states.put(source.key(), state);
        } catch (RuntimeException e) {
            LOG.error("feed {}: state not saved, the next poll repeats this one: {}", source.url(), e.getMessage());
        }
    }

    /** The article of a new entry, or {@code null} when it has no text at all. */
    private Article article(FeedSource source, ParsedFeed feed, FeedEntry entry, ArticleId key, Instant now) {
        URI link = entry.link();
        ExtractedArticle page = null;
        URI pageUri = null;
        String fallback = null;
        if (link != null && isWeb(link)) {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.article(link));
            if (outcome instanceof FetchOutcome.Fetched fetched) {
                try {
                    page = extractor.extract(fetched.body(), fetched.contentType(), fetched.finalUri());
                    pageUri = fetched.finalUri();
                    if (page.text().isBlank()) {
                        fallback = "no article text found on the page";
                    }
                } catch (RuntimeException e) {
                    fallback = "page could not be read: " + e.getMessage();
                }
            } else {
                fallback = describe(outcome);
            }
        } else {
            fallback = link == null ? "the entry has no link" : "the link is not a web page";
        }
        String text = page != null && !page.text().isBlank() ? page.text() : entry.summary();
        if (fallback != null) {
            LOG.info("feed {}: entry {}: {}; the feed summary is used", source.url(),
                    link != null ? link : entry.title(), fallback);
        }
        if (text.isBlank()) {
            text = entry.title();
        }
        if (text.isBlank()) {
            LOG.warn("feed {}: entry {} has no text, title or readable page; skipped", source.url(), link);
            return null;
        }
        URI canonical = page != null && page.canonical() != null ? page.canonical()
                : CanonicalUrl.of(pageUri != null ? pageUri : link);
        String canonicalText = canonical != null ? canonical.toString() : ENTRY_URN + key.value();
        String title = !entry.title().isBlank() ? entry.title() : page != null ? page.title() : "";
        Instant published = entry.published() != null ? entry.published() : page != null ? page.published() : null;
        return Article.newBuilder()
                .setId(Ids.of(canonicalText))
                .setUrl(link != null ? link.toString() : canonicalText)
                .setCanonicalUrl(canonicalText)
                .setGuid(entry.guid())
                .setFeed(source.key())
                .setSource(entry.source() != null ? entry.source() : feed.title().isBlank() ? null : feed.title())
                .setTitle(title.isBlank() ? null : title)
                .setText(text)
                .setPublished(published)
                .setFetched(now)
                .setContentHash(ArticleId.contentHash(text))
                .build();
    }

    /** An entry's identity within its feed: its GUID, else its link, else its title and summary. */
    static ArticleId entryKey(URI feed, FeedEntry entry) {
        ArticleId key = ArticleId.ofGuid(feed, entry.guid());
        if (key == null && entry.link() != null) {
            key = ArticleId.ofUrl(entry.link());
        }
        return key != null ? key : ArticleId.ofText(entry.title() + "\n" + entry.summary());
    }

    /** The keys of this poll, then the most recent earlier ones, up to the bound (or all of this poll's). */
    private static List<String> bounded(Set<String> current, Set<String> earlier, int limit) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(current);
        int bound = Math.max(limit, keys.size());
        for (String key : earlier) {
            if (keys.size() >= bound) {
                break;
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    /** The fetcher's backoff (base doubled per prior failure, capped), never shorter than the feed's interval. */
    private Duration backoff(FeedSource source, int priorFailures) {
        Duration delay = fetcher.config().backoffBase();
        for (int i = 0; i < priorFailures && delay.compareTo(fetcher.config().backoffMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return max(source.interval(), min(delay, fetcher.config().backoffMax()));
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    private static String describe(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.RetryLater r) {
            return "page not fetched: " + r.reason();
        }
        if (outcome instanceof FetchOutcome.Failed f) {
            return "page not fetched: " + f.reason();
        }
        return "page not fetched: unexpected answer " + outcome.getClass().getSimpleName();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
