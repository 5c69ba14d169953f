package io.newswatch.alerts;

import java.time.Instant;
import java.util.Objects;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.AvroSerdes;
import io.newswatch.schemas.HealthStatus;
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
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The alerts app's topology: {@code mentions} → per-subject history in a changelogged store →
 * {@code alerts}; feed health events → {@code SOURCE_HEALTH} alerts. Alerts carry the decisive
 * mention's publication time as their record timestamp and are keyed by subject. An alert emitted
 * again with an id seen before is a corroboration update (more sources): consumers upsert by id.
 */
public final class AlertTopology {

    /** The per-subject history store. */
    public static final String HISTORY_STORE = "subject-history";

    private AlertTopology() {
    }

    /** The topology with the same rules for every subject. */
    public static Topology build(Topics topics, AlertRules rules) {
        return build(topics, SubjectRules.of(rules));
    }

    /** The topology with rules per subject: global defaults plus overrides by subject pattern. */
    public static Topology build(Topics topics, SubjectRules rules) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
                Serdes.String(), AvroSerdes.of(SubjectHistory.class)));

        builder.stream(topics.mentions().name(),
                        Consumed.with(topics.mentions().key(), topics.mentions().value()).withName("mentions"))
                .process(() -> new ShiftProcessor(new ShiftDetector(rules)), Named.as("detect-shifts"), HISTORY_STORE)
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

    static Alert healthAlert(SourceHealth health) {
        String headline = "Feed " + health.getFeed() + " is " + health.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                + (health.getMessage() == null ? "" : ": " + health.getMessage());
        return Alert.newBuilder()
                .setId(Integer.toHexString(Objects.hash(health.getFeed(), health.getStatus(), health.getObserved())))
                .setType(AlertType.SOURCE_HEALTH)
                .setSubject("feed|" + health.getFeed())
                .setHeadline(headline)
                .setHealth(health)
                .setCreated(health.getObserved())
                .build();
    }

    /** Applies the detector to each mention against its subject's stored history. */
    static final class ShiftProcessor implements Processor<String, Mention, String, Alert> {
        private final ShiftDetector detector;
        private ProcessorContext<String, Alert> context;
        private KeyValueStore<String, SubjectHistory> store;

        ShiftProcessor(ShiftDetector detector) {
            this.detector = detector;
        }

        @Override
        public void init(ProcessorContext<String, Alert> context) {
            this.context = context;
            this.store = context.getStateStore(HISTORY_STORE);
        }

        @Override
        public void process(Record<String, Mention> record) {
            Mention mention = record.value();
            if (mention == null) {
                return;
            }
            String subject = mention.getSubject();
            ShiftDetector.Decision decision = detector.decide(store.get(subject), mention,
                    Instant.ofEpochMilli(context.currentSystemTimeMs()));
            store.put(subject, decision.history());
            for (Alert alert : decision.alerts()) {
                long eventTime = alert.getCurrent() != null ? alert.getCurrent().getPublished().toEpochMilli()
                        : record.timestamp();
                context.forward(new Record<>(subject, alert, eventTime));
            }
        }
    }
}
