package io.newswatch.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.AvroSerdes;
import io.newswatch.schemas.HealthStatus;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SourceHealth;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The alerts app's topology: {@code mentions} → per-subject history in a changelogged store →
 * {@code alerts}; feed health events → {@code SOURCE_HEALTH} alerts. Alerts carry the decisive
 * mention's publication time as their record timestamp and are keyed by subject. An alert emitted
 * again with an id seen before is a corroboration update (more sources): consumers upsert by id.
 */
public final class AlertTopology {

    /** Per subject: alerts raised and open (its mentions live in {@link #MENTIONS_STORE}). */
    public static final String HISTORY_STORE = "subject-history";
    /** Every subject's mentions, one entry each, in event order. */
    public static final String MENTIONS_STORE = "subject-mentions";
    /** Mentions held back briefly so that those arriving close together are decided in event order. */
    public static final String REORDER_STORE = "reorder-buffer";

    private AlertTopology() {
    }

    /** The topology with the same rules for every subject. */
    public static Topology build(Topics topics, AlertRules rules) {
        return build(topics, SubjectRules.of(rules));
    }

    /** The topology with rules per subject: global defaults plus overrides by subject pattern. */
    public static Topology build(Topics topics, SubjectRules rules) {
        return build(topics, rules, Duration.ZERO);
    }

    /**
     * The topology with rules per subject, holding each mention back for {@code reorderDelay} of
     * wall-clock time so that mentions arriving close together (from different processor tasks,
     * say) are decided in event order. Zero decides each mention as it arrives.
     */
    public static Topology build(Topics topics, SubjectRules rules, Duration reorderDelay) {
        if (reorderDelay.isNegative()) {
            throw new IllegalArgumentException("reorder delay must not be negative: " + reorderDelay);
        }
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REORDER_STORE),
                Serdes.String(), AvroSerdes.of(Mention.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
                Serdes.String(), AvroSerdes.of(SubjectHistory.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MENTIONS_STORE),
                Serdes.String(), AvroSerdes.of(Mention.class)));

        builder.stream(topics.mentions().name(),
                        Consumed.with(topics.mentions().key(), topics.mentions().value()).withName("mentions"))
                .process(() -> new ShiftProcessor(new ShiftDetector(rules), reorderDelay), Named.as("detect-shifts"),
                        HISTORY_STORE, MENTIONS_STORE, REORDER_STORE)
                .to(topics.alerts().name(),
                        Produced.with(topics.alerts().key(), topics.alerts().value()).withName("alerts"));

        builder.stream(topics.health().name(),
                        Consumed.with(topics.health().key(), topics.health().value()).withName("feed-health"))
                .filter((feed, health) -> health.getStatus() != HealthStatus.OK, Named.as("unhealthy-feeds"))
                .mapValues(AlertTopology::healthAlert, Named.as("health-alerts"))
                .to(topics.alerts().name(),
                        Produced.with(topics.alerts().key(), topics.alerts().value()).withName("health-alerts-sink"));
        return builder.build();
    }

    /**
     * Every subject's history as this instance holds it (its partitions), from the alerts app's
     * queryable stores.
     */
    public static List<SubjectHistory> histories(ReadOnlyKeyValueStore<String, SubjectHistory> state,
                                                 ReadOnlyKeyValueStore<String, Mention> mentions) {
        return new SubjectStore(state, mentions).all();
    }

    static Alert healthAlert(SourceHealth health) {
        String headline = "Feed " + health.getFeed() + " is " + health.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                + (health.getMessage() == null ? "" : ": " + health.getMessage());
        return Alert.newBuilder()
                .setId(Ids.of(health.getFeed(), health.getStatus().name(), health.getObserved().toString()))
                .setType(AlertType.SOURCE_HEALTH)
                .setSubject("feed|" + health.getFeed())
                .setHeadline(headline)
                .setHealth(health)
                .setCreated(health.getObserved())
                .build();
    }

    /** Applies the detector to each mention against its subject's stored history. */
    static final class ShiftProcessor implements Processor<String, Mention, String, Alert> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShiftProcessor.class);
        private static final int CACHED_SUBJECTS = 1_000;

        private final ShiftDetector detector;
        private ProcessorContext<String, Alert> context;
        private KeyValueStore<String, SubjectHistory> state;
        private KeyValueStore<String, Mention> mentions;
        private SubjectStore store;
        /** Recently used histories of this task's subjects; the task is their only writer, so they stay true. */
        private final java.util.Map<String, SubjectHistory> cache = new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, SubjectHistory> eldest) {
                return size() > CACHED_SUBJECTS;
            }
        };

        private final Duration reorderDelay;
        private KeyValueStore<String, Mention> buffer;
        /** Buffered mentions in arrival order (wall clock); after a restart they count as just arrived. */
        private final java.util.ArrayDeque<Pending> arrivals = new java.util.ArrayDeque<>();

        private record Pending(String key, Mention mention, long arrival) { }

        ShiftProcessor(ShiftDetector detector, Duration reorderDelay) {
            this.detector = detector;
            this.reorderDelay = reorderDelay;
        }

        @Override
        public void init(ProcessorContext<String, Alert> context) {
            this.context = context;
            this.state = context.getStateStore(HISTORY_STORE);
            this.mentions = context.getStateStore(MENTIONS_STORE);
            this.buffer = context.getStateStore(REORDER_STORE);
            this.store = new SubjectStore(state, mentions);
            cache.clear();
            arrivals.clear();
            long now = context.currentSystemTimeMs();
            try (KeyValueIterator<String, Mention> it = buffer.all()) {
                it.forEachRemaining(kv -> arrivals.add(new Pending(kv.key, kv.value, now)));
            }
            if (!reorderDelay.isZero()) {
                Duration tick = reorderDelay.dividedBy(2).compareTo(Duration.ofMillis(20)) < 0
                        ? Duration.ofMillis(20) : reorderDelay.dividedBy(2);
                context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::flush);
            }
        }

        @Override
        public void process(Record<String, Mention> record) {
            Mention mention = record.value();
            if (mention == null) {
                return;
            }
            if (reorderDelay.isZero()) {
                decide(mention, record.timestamp());
                return;
            }
            String key = SubjectStore.eventKey(mention);
            buffer.put(key, mention);
            arrivals.add(new Pending(key, mention, context.currentSystemTimeMs()));
        }

        /** Decides, in event order, every buffered mention that has waited out the delay. */
        private void flush(long now) {
            List<Pending> due = new java.util.ArrayList<>();
            while (!arrivals.isEmpty() && arrivals.peekFirst().arrival() <= now - reorderDelay.toMillis()) {
                due.add(arrivals.pollFirst());
            }
            due.sort(java.util.Comparator.comparing(Pending::key));
            for (Pending p : due) {
                try {
                    decide(p.mention(), p.mention().getPublished().toEpochMilli());
                } catch (RuntimeException e) {
                    // one mention that cannot be decided must not hold back the rest; it stays in the mentions topic
                    LOG.error("cannot decide mention {} of {} (article {}): {}; skipped", p.mention().getId(),
                            p.mention().getSubject(), p.mention().getArticleId(), e.toString(), e);
                }
                buffer.delete(p.key());
            }
        }

        private void decide(Mention mention, long timestamp) {
            String subject = mention.getSubject();
            SubjectHistory before = cache.containsKey(subject) ? cache.get(subject) : store.load(subject);
            ShiftDetector.Decision decision = detector.decide(before, mention,
                    Instant.ofEpochMilli(context.currentSystemTimeMs()));
            if (decision.history() != before) {
                SubjectStore.save(state, mentions, before, decision.history());
            }
            cache.put(subject, decision.history());
            for (Alert alert : decision.alerts()) {
                long eventTime = alert.getCurrent() != null ? alert.getCurrent().getPublished().toEpochMilli()
                        : timestamp;
                context.forward(new Record<>(subject, alert, eventTime));
            }
        }
    }
}
