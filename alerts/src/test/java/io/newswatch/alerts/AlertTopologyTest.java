package io.newswatch.alerts;

import static io.newswatch.alerts.Mentions.level;
import static io.newswatch.alerts.Mentions.troops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.HealthStatus;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SourceHealth;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.Topics;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertTopologyTest {

    private static final Topics TOPICS = Topics.defaults();

    @TempDir
    Path stateDir;

    /** The troop mentions the seeds give, as the processor writes them. */
    static List<Mention> seedMentions() {
        return List.of(
                level("2018-05-03", 23_500, "seed002"),
                troops("2018-05-03", 10_000, TroopKind.REDUCTION, Qualifier.UP_TO, Stance.COMPLETED, "seed002", 2004),
                troops("2019-02-21", 28_000, TroopKind.REDUCTION, Qualifier.APPROXIMATE, Stance.DENIED, "seed000"),
                troops("2025-05-23", 4_500, TroopKind.REDUCTION, Qualifier.APPROXIMATE, Stance.PROPOSED, "seed001"),
                level("2025-05-23", 28_500, "seed001"));
    }

    static List<List<Integer>> articleOrders() {
        return List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0), List.of(2, 0, 1),
                List.of(2, 1, 0));
    }

    private TopologyTestDriver driver() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(AlertTopology.build(TOPICS, AlertRules.DEFAULTS), p,
                Instant.parse("2026-11-22T00:00:00Z"));
    }

    private static TestInputTopic<String, Mention> mentions(TopologyTestDriver d) {
        return d.createInputTopic(TOPICS.mentions().name(), TOPICS.mentions().key().serializer(),
                TOPICS.mentions().value().serializer());
    }

    private static TestOutputTopic<String, Alert> alerts(TopologyTestDriver d) {
        return d.createOutputTopic(TOPICS.alerts().name(), TOPICS.alerts().key().deserializer(),
                TOPICS.alerts().value().deserializer());
    }

    private static void pipe(TestInputTopic<String, Mention> in, Mention m) {
        in.pipeInput(new TestRecord<>(m.getSubject(), m, m.getPublished()));
    }

    @ParameterizedTest(name = "articles in arrival order {0}")
    @MethodSource("articleOrders")
    void shouldEndInTheSameStateAndSingleShiftWhateverTheArrivalOrderOfTheSeeds(List<Integer> order) {
        String[] articles = {"seed000", "seed001", "seed002"};
        List<Mention> arrival = new ArrayList<>();
        for (int i : order) {
            seedMentions().stream().filter(m -> m.getArticleId().equals(articles[i])).forEach(arrival::add);
        }
        try (TopologyTestDriver d = driver()) {
            TestInputTopic<String, Mention> in = mentions(d);
            arrival.forEach(m -> pipe(in, m));
            List<Alert> out = alerts(d).readValuesToList();

            List<Alert> shifts = out.stream().filter(a -> a.getType() == AlertType.LEVEL_SHIFT).toList();
            assertEquals(1, shifts.size(), "exactly one level shift: " + out);
            Alert shift = shifts.get(0);
            assertEquals(23_500L, ((TroopMention) shift.getPrevious().getDetail()).getQuantity());
            assertEquals(28_500L, ((TroopMention) shift.getCurrent().getDetail()).getQuantity());
            assertEquals(5_000L, shift.getDelta());

            SubjectHistory history = new SubjectStore(d.getKeyValueStore(AlertTopology.HISTORY_STORE),
                    d.getKeyValueStore(AlertTopology.MENTIONS_STORE)).load(Mentions.US_IN_KOREA);
            List<Mention> sorted = new ArrayList<>(seedMentions());
            sorted.sort(ShiftDetector.EVENT_ORDER);
            assertEquals(sorted, history.getMentions(), "history in event-time order whatever the arrival");
        }
    }

    @Test
    void shouldReportTheDeniedAndTheConsideredWithdrawalsAndNotTheOneFrom2004() {
        try (TopologyTestDriver d = driver()) {
            TestInputTopic<String, Mention> in = mentions(d);
            seedMentions().forEach(m -> pipe(in, m));
            List<Alert> changes = alerts(d).readValuesToList().stream()
                    .filter(a -> a.getType() == AlertType.CHANGE_REPORTED).toList();
            assertEquals(List.of(28_000L, 4_500L), changes.stream()
                    .map(a -> ((TroopMention) a.getCurrent().getDetail()).getQuantity()).toList());
            assertEquals(List.of(Stance.DENIED, Stance.PROPOSED), changes.stream()
                    .map(a -> ((TroopMention) a.getCurrent().getDetail()).getStance()).toList());
        }
    }

    @Test
    void shouldStampAlertsWithTheDecisiveMentionsPublicationTime() {
        try (TopologyTestDriver d = driver()) {
            TestInputTopic<String, Mention> in = mentions(d);
            pipe(in, level("2025-05-23", 28_500, "late"));
            d.advanceWallClockTime(Duration.ofHours(1));
            pipe(in, level("2018-05-03", 23_500, "early"));
            List<TestRecord<String, Alert>> out = alerts(d).readRecordsToList();
            assertEquals(1, out.size());
            assertEquals(Mentions.day("2025-05-23"), out.get(0).getRecordTime(), "event time, not arrival time");
            assertEquals(Mentions.US_IN_KOREA, out.get(0).getKey(), "keyed by subject");
            assertEquals(Instant.parse("2026-11-22T01:00:00Z"), out.get(0).getValue().getCreated(),
                    "created at the driver's wall-clock time");
        }
    }

    @Test
    void shouldKeepSubjectsApart() {
        try (TopologyTestDriver d = driver()) {
            TestInputTopic<String, Mention> in = mentions(d);
            Mention japan = Mention.newBuilder(level("2025-01-01", 54_000, "jp"))
                    .setSubject("troops|US|Japan")
                    .setDetail(TroopMention.newBuilder((TroopMention) level("2025-01-01", 54_000, "jp").getDetail())
                            .setLocation("Japan").build())
                    .build();
            pipe(in, level("2018-05-03", 23_500, "kr"));
            pipe(in, japan);
            assertTrue(alerts(d).isEmpty(), "54,000 in Japan is no shift from 23,500 in Korea");
            assertEquals(2, d.getKeyValueStore(AlertTopology.HISTORY_STORE).approximateNumEntries());
        }
    }

    @Test
    void shouldTurnAFailingFeedIntoASourceHealthAlert() {
        try (TopologyTestDriver d = driver()) {
            TestInputTopic<String, SourceHealth> health = d.createInputTopic(TOPICS.health().name(),
                    TOPICS.health().key().serializer(), TOPICS.health().value().serializer());
            Instant now = Instant.parse("2026-11-22T00:00:00Z");
            health.pipeInput("https://feeds.example/a", SourceHealth.newBuilder().setFeed("https://feeds.example/a")
                    .setStatus(HealthStatus.OK).setObserved(now).build());
            health.pipeInput("https://feeds.example/b", SourceHealth.newBuilder().setFeed("https://feeds.example/b")
                    .setStatus(HealthStatus.FAILING).setConsecutiveFailures(5).setMessage("HTTP 503")
                    .setObserved(now).build());
            List<Alert> out = alerts(d).readValuesToList();
            assertEquals(List.of(AlertType.SOURCE_HEALTH), out.stream().map(Alert::getType).collect(Collectors.toList()));
            assertTrue(out.get(0).getHeadline().contains("https://feeds.example/b is failing: HTTP 503"),
                    out.get(0).getHeadline());
        }
    }

    @Test
    void shouldKeepOneStoreEntryPerMentionAndDropTheOldestBeyondTheCap() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-cap-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        AlertRules capped = AlertRules.builder().historyCap(3).build();
        try (TopologyTestDriver d = new TopologyTestDriver(AlertTopology.build(TOPICS, capped), p)) {
            TestInputTopic<String, Mention> in = mentions(d);
            for (int i = 1; i <= 10; i++) {
                pipe(in, level(String.format("2020-01-%02d", i), 1_000 + 10L * i, "a" + i));
            }
            KeyValueStore<String, Mention> perMention = d.getKeyValueStore(AlertTopology.MENTIONS_STORE);
            assertEquals(3, perMention.approximateNumEntries(), "one entry per kept mention");
            SubjectHistory h = new SubjectStore(d.getKeyValueStore(AlertTopology.HISTORY_STORE), perMention)
                    .load(Mentions.US_IN_KOREA);
            assertEquals(List.of(1_080L, 1_090L, 1_100L), h.getMentions().stream()
                    .map(m -> ((TroopMention) m.getDetail()).getQuantity()).toList(), "the newest, in event order");
            SubjectHistory rest = d.<String, SubjectHistory>getKeyValueStore(AlertTopology.HISTORY_STORE)
                    .get(Mentions.US_IN_KOREA);
            assertTrue(rest.getMentions().isEmpty(), "the per-subject entry does not repeat the mentions");
        }
    }

    @Test
    void shouldDecideMentionsArrivingWithinTheReorderDelayInEventOrder() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-reorder-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Instant wall = Instant.parse("2026-11-22T00:00:00Z");
        try (TopologyTestDriver d = new TopologyTestDriver(
                AlertTopology.build(TOPICS, SubjectRules.of(AlertRules.DEFAULTS), Duration.ofSeconds(1)), p, wall)) {
            TestInputTopic<String, Mention> in = mentions(d);
            TestOutputTopic<String, Alert> out = alerts(d);
            // newest first, then two older reports, all within one second of wall-clock time
            pipe(in, level("2025-05-23", 28_500, "c"));
            pipe(in, level("2021-01-01", 40_000, "b"));
            pipe(in, level("2018-05-03", 23_500, "a"));
            assertTrue(out.isEmpty(), "held back until the delay has passed");

            d.advanceWallClockTime(Duration.ofMillis(1_500));
            List<Alert> alerts = out.readValuesToList();
            assertEquals(List.of(AlertType.LEVEL_SHIFT, AlertType.LEVEL_SHIFT),
                    alerts.stream().map(Alert::getType).toList(), "decided in event order: " + alerts);
            assertEquals(List.of(40_000L, 28_500L), alerts.stream()
                    .map(a -> ((TroopMention) a.getCurrent().getDetail()).getQuantity()).toList(),
                    "23,500 → 40,000, then 40,000 → 28,500, as if they had arrived in order");

            pipe(in, level("2026-01-01", 20_000, "e"));
            d.advanceWallClockTime(Duration.ofMillis(600));
            assertTrue(out.isEmpty(), "a mention waits out the whole delay");
            d.advanceWallClockTime(Duration.ofMillis(600));
            assertEquals(1, out.readValuesToList().size(), "and is decided after it");
        }
    }
}
