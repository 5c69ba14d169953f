package io.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.AlertReader;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.Pipeline;
import io.newswatch.ingest.kafka.ArticlePublisher;
import io.newswatch.ingest.replay.ArchiveItem;
import io.newswatch.ingest.replay.ArchiveReader;
import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Topics;
import io.newswatch.schemas.TroopMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the processor and of the alerts app, the same code and application ids, share
 * the partitions of one cluster: the seeds still give exactly one level shift.
 */
@Timeout(300)
class ScaleOutIT {

    @TempDir
    Path dir;

    private static int activeTasks(Pipeline pipeline) {
        return pipeline.alerts().streams().metadataForLocalThreads().stream()
                .mapToInt(t -> t.activeTasks().size()).sum();
    }

    @Test
    void shouldGiveTheSameSingleShiftWithTwoInstancesOfEachApp() throws Exception {
        NewswatchConfig first = NewswatchConfig.builder().dataDir(dir.resolve("one")).topicPrefix("scale")
                .partitions(4).build();
        NewswatchConfig second = first.toBuilder().dataDir(dir.resolve("two")).build();
        Topics topics = Topics.withPrefix(first.topicPrefix());
        List<ArchiveItem> items = new ArchiveReader(Clock.systemUTC()).read(SeedPipelineIT.SEEDS);
        try (Cluster cluster = Cluster.open(first, true)) {
            cluster.createTopics(topics);
            try (Pipeline one = Pipeline.start(cluster, first, topics, new NewsTagger());
                 Pipeline two = Pipeline.start(cluster, second, topics, new NewsTagger());
                 AlertReader reader = new AlertReader(cluster, topics.alerts(), true);
                 ArticlePublisher publisher = new ArticlePublisher(cluster.clientProperties(), topics.articles())) {
                items.forEach(i -> publisher.send(i.article()));
                publisher.flush();
                one.awaitDrained(Duration.ofSeconds(120));
                two.awaitDrained(Duration.ofSeconds(120));
                assertTrue(activeTasks(one) > 0 && activeTasks(two) > 0,
                        "both alerts instances own partitions: " + activeTasks(one) + " and " + activeTasks(two));
                List<Alert> alerts = reader.readAvailable(Duration.ofSeconds(30));
                List<Alert> shifts = alerts.stream().filter(a -> a.getType() == AlertType.LEVEL_SHIFT).toList();
                assertEquals(1, shifts.size(), "one shift across both instances: " + alerts);
                assertEquals(List.of(23_500L, 28_500L), List.of(
                        ((TroopMention) shifts.get(0).getPrevious().getDetail()).getQuantity(),
                        ((TroopMention) shifts.get(0).getCurrent().getDetail()).getQuantity()));
            }
        }
    }
}
