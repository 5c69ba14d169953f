package io.newswatch.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Topics;
import io.newswatch.schemas.TroopMention;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggingTopologyTest {

    private static final Topics TOPICS = Topics.defaults();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "processor-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(TaggingTopology.build(TOPICS, new NewsTagger()), p);
    }

    private static Article seed(String file, String published) throws Exception {
        String text = Files.readString(Path.of("..", "seeds", file)).strip();
        return Article.newBuilder().setId(file).setUrl("urn:newswatch:archive:" + file)
                .setCanonicalUrl("urn:newswatch:archive:" + file).setSource("seed").setText(text)
                .setPublished(Instant.parse(published)).setFetched(Instant.parse("2026-11-22T00:00:00Z")).build();
    }

    private static List<TestRecord<String, Mention>> tag(TopologyTestDriver d, Article article) {
        TestInputTopic<String, Article> in = d.createInputTopic(TOPICS.articles().name(),
                TOPICS.articles().key().serializer(), TOPICS.articles().value().serializer());
        TestOutputTopic<String, Mention> out = d.createOutputTopic(TOPICS.mentions().name(),
                TOPICS.mentions().key().deserializer(), TOPICS.mentions().value().deserializer());
        in.pipeInput(new TestRecord<>(article.getId(), article, article.getPublished()));
        return out.readRecordsToList();
    }

    @Test
    void shouldKeyTroopMentionsBySubjectAndStampThemWithThePublicationTime() throws Exception {
        try (TopologyTestDriver d = driver()) {
            List<TestRecord<String, Mention>> out = tag(d, seed("001_6a66de03a92d95d0.txt", "2025-05-23T12:00:00Z"));
            TestRecord<String, Mention> level = out.stream()
                    .filter(r -> r.getValue().getDetail() instanceof TroopMention t && Long.valueOf(28_500).equals(t.getQuantity()))
                    .findFirst().orElseThrow(() -> new AssertionError("28,500 not tagged: " + out));
            assertEquals("troops|US|South Korea", level.getKey());
            assertEquals(Instant.parse("2025-05-23T12:00:00Z"), level.getRecordTime());
            Mention m = level.getValue();
            assertEquals("001_6a66de03a92d95d0.txt", m.getArticleId());
            assertEquals("Currently, there are 28,500 US troops stationed in South Korea.", m.getSentence());
            String text = seed("001_6a66de03a92d95d0.txt", "2025-05-23T12:00:00Z").getText();
            assertEquals(m.getSentence(), text.substring(m.getStart(), m.getEnd()), "offsets point at the sentence");
        }
    }

    @Test
    void shouldKeySanctionsByIssuerAndTarget() throws Exception {
        try (TopologyTestDriver d = driver()) {
            List<TestRecord<String, Mention>> out = tag(d, seed("000_dc611732de9b23bb.txt", "2019-02-21T12:00:00Z"));
            TestRecord<String, Mention> sanction = out.stream()
                    .filter(r -> r.getValue().getDetail() instanceof SanctionMention).findFirst()
                    .orElseThrow(() -> new AssertionError("no sanctions mention: " + out));
            assertEquals("sanctions|US|North Korea", sanction.getKey());
            assertTrue(((SanctionMention) sanction.getValue().getDetail()).getNegated(), "easing was discounted");
        }
    }

    @Test
    void shouldGiveTheSameMentionIdsWhenAnArticleIsReplayed() throws Exception {
        Article article = seed("002_4e60ce3ae991eb2a.txt", "2018-05-03T12:00:00Z");
        try (TopologyTestDriver d = driver()) {
            List<String> first = tag(d, article).stream().map(r -> r.getValue().getId()).toList();
            List<String> second = tag(d, article).stream().map(r -> r.getValue().getId()).toList();
            assertTrue(!first.isEmpty(), "seed 002 has mentions");
            assertEquals(first, second);
        }
    }
}
