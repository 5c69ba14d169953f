package io.newswatch.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.newswatch.alerts.AlertRules;
import io.newswatch.alerts.SubjectRules;
import io.newswatch.alerts.notify.ChannelConfig;
import io.newswatch.schemas.streams.DeadLetterHandler;

/**
 * Everything newswatch is configured with, after layering defaults, the config file, the
 * environment and flags ({@link ConfigLoader}). Immutable; build with {@link #builder()}.
 *
 * @param bootstrapServers an external Kafka cluster, or null to start the embedded broker
 * @param dataDir          where the embedded broker and Streams state live
 * @param topicPrefix      topic names start with this and a dot
 * @param partitions       partitions of each topic newswatch creates
 * @param replication      replication factor of each topic newswatch creates
 * @param badInput         what Streams apps do with records they cannot decode or process
 * @param alertRules       thresholds of the shift detector, globally and per subject
 * @param kafka            extra client properties ({@code kafka.*} keys, prefix removed), e.g. security
 * @param channels         where alerts are delivered ({@link ChannelConfigs})
 * @param reorderDelay     how long the alerts app holds a mention so that those arriving close together are
 *                         decided in event order ({@code alerts.reorder.delay}, default 0.5 s)
 * @param ingest           live polling: feeds, intervals, health thresholds ({@link FeedConfigs})
 */
public record NewswatchConfig(String bootstrapServers, Path dataDir, String topicPrefix, int partitions,
                              short replication, DeadLetterHandler.Policy badInput, SubjectRules alertRules,
                              Map<String, String> kafka, List<ChannelConfig> channels, IngestSettings ingest,
                              Duration reorderDelay) {

    public NewswatchConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        Objects.requireNonNull(badInput, "badInput");
        Objects.requireNonNull(alertRules, "alertRules");
        kafka = Map.copyOf(kafka);
        Objects.requireNonNull(reorderDelay, "reorderDelay");
        if (reorderDelay.isNegative()) {
            throw new IllegalArgumentException("alerts.reorder.delay must not be negative: " + reorderDelay);
        }
        channels = List.copyOf(channels);
        Objects.requireNonNull(ingest, "ingest");
        if (bootstrapServers != null && bootstrapServers.isBlank()) {
            bootstrapServers = null;
        }
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("topic.partitions and topic.replication must be >= 1");
        }
        if (!topicPrefix.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("topic.prefix may hold letters, digits, '.', '_' and '-': " + topicPrefix);
        }
    }

    public boolean embedded() {
        return bootstrapServers == null;
    }

    /** Streams state lives here, never under the OS temp directory. */
    public Path stateDir() {
        return dataDir.resolve("streams");
    }

    /** The embedded broker's data. */
    public Path brokerDir() {
        return dataDir.resolve("kafka");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().bootstrapServers(bootstrapServers).dataDir(dataDir).topicPrefix(topicPrefix)
                .partitions(partitions).replication(replication).badInput(badInput).alertRules(alertRules)
                .kafka(kafka).channels(channels).ingest(ingest).reorderDelay(reorderDelay);
    }

    /** Builder starting from the defaults. */
    public static final class Builder {
        private String bootstrapServers;
        private Path dataDir = Path.of("data");
        private String topicPrefix = "newswatch";
        private int partitions = 3;
        private short replication = 1;
        private DeadLetterHandler.Policy badInput = DeadLetterHandler.Policy.LOG_AND_CONTINUE;
        private SubjectRules alertRules = SubjectRules.of(AlertRules.DEFAULTS);
        private Map<String, String> kafka = Map.of();
        private List<ChannelConfig> channels = List.of();
        private IngestSettings ingest = IngestSettings.DEFAULTS;
        private Duration reorderDelay = Duration.ofMillis(500);

        public Builder bootstrapServers(String v) { bootstrapServers = v; return this; }
        public Builder dataDir(Path v) { dataDir = v; return this; }
        public Builder topicPrefix(String v) { topicPrefix = v; return this; }
        public Builder partitions(int v) { partitions = v; return this; }
        public Builder replication(short v) { replication = v; return this; }
        public Builder badInput(DeadLetterHandler.Policy v) { badInput = v; return this; }
        public Builder alertRules(SubjectRules v) { alertRules = v; return this; }
        public Builder kafka(Map<String, String> v) { kafka = v; return this; }
        public Builder channels(List<ChannelConfig> v) { channels = v; return this; }
        public Builder ingest(IngestSettings v) { ingest = v; return this; }
        public Builder reorderDelay(Duration v) { reorderDelay = v; return this; }

        public NewswatchConfig build() {
            return new NewswatchConfig(bootstrapServers, dataDir, topicPrefix, partitions, replication, badInput,
                    alertRules, kafka, channels, ingest, reorderDelay);
        }
    }
}
