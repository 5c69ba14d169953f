package io.newswatch.alerts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The alerts topology in a TopologyTestDriver: mentions in with their publication time, alert records out. */
final class AlertDriver implements AutoCloseable {

    static final Instant WALL_CLOCK = Instant.parse("2026-11-22T00:00:00Z");
    private static final Topics TOPICS = Topics.defaults();

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Mention> mentions;
    private final TestOutputTopic<String, Alert> alerts;
    private final List<TestRecord<String, Alert>> out = new ArrayList<>();

    AlertDriver(Path stateDir, SubjectRules rules) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-rules-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertTopology.build(TOPICS, rules), p, WALL_CLOCK);
        mentions = driver.createInputTopic(TOPICS.mentions().name(), TOPICS.mentions().key().serializer(),
                TOPICS.mentions().value().serializer());
        alerts = driver.createOutputTopic(TOPICS.alerts().name(), TOPICS.alerts().key().deserializer(),
                TOPICS.alerts().value().deserializer());
    }

    AlertDriver(Path stateDir, AlertRules rules) {
        this(stateDir, SubjectRules.of(rules));
    }

    /** Pipes each mention keyed by subject, with its publication time as the record timestamp. */
    AlertDriver pipe(Mention... ms) {
        for (Mention m : ms) {
            mentions.pipeInput(new TestRecord<>(m.getSubject(), m, m.getPublished()));
        }
        return this;
    }

    AlertDriver pipe(List<Mention> ms) {
        return pipe(ms.toArray(Mention[]::new));
    }

    /** Every alert record emitted so far, updates included, in emission order. */
    List<TestRecord<String, Alert>> records() {
        out.addAll(alerts.readRecordsToList());
        return out;
    }

    /** Every alert emitted so far, updates included. */
    List<Alert> alerts() {
        return records().stream().map(TestRecord::getValue).toList();
    }

    List<Alert> alerts(AlertType type) {
        return alerts().stream().filter(a -> a.getType() == type).toList();
    }

    /** The latest version of each alert, by id, in order of first emission: what an upserting consumer holds. */
    Map<String, Alert> latest(AlertType type) {
        Map<String, Alert> byId = new LinkedHashMap<>();
        alerts(type).forEach(a -> byId.put(a.getId(), a));
        return byId;
    }

    SubjectHistory history(String subject) {
        return new SubjectStore(driver.<String, SubjectHistory>getKeyValueStore(AlertTopology.HISTORY_STORE),
                driver.<String, Mention>getKeyValueStore(AlertTopology.MENTIONS_STORE)).load(subject);
    }

    @Override
    public void close() {
        driver.close();
    }
}
