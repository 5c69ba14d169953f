package io.newswatch.app.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import io.newswatch.app.broker.EmbeddedKafka;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.schemas.Topic;
import io.newswatch.schemas.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The Kafka cluster a command works against: the external one named by {@code bootstrap.servers},
 * or else the embedded broker, started here and stopped on {@link #close()}.
 */
public final class Cluster implements AutoCloseable {

    private final NewswatchConfig config;
    private final EmbeddedKafka embedded;
    private final String bootstrapServers;

    private Cluster(NewswatchConfig config, EmbeddedKafka embedded, String bootstrapServers) {
        this.config = config;
        this.embedded = embedded;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Connects to the configured cluster, starting the embedded broker when none is configured.
     * {@code fresh} wipes the embedded broker's data and the Streams state beside it: state that
     * outlived its changelogs would make the apps think they had seen every record already.
     */
    public static Cluster open(NewswatchConfig config, boolean fresh) {
        if (!config.embedded()) {
            return new Cluster(config, null, config.bootstrapServers());
        }
        if (fresh) {
            EmbeddedKafka.deleteRecursively(config.stateDir().toAbsolutePath().normalize());
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(config.brokerDir(), fresh, Duration.ofSeconds(90));
        return new Cluster(config, kafka, kafka.bootstrapServers());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Client properties every producer, consumer, admin and Streams app starts from. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> p = new HashMap<>(config.kafka());
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }

    /** Creates the topics that do not exist yet: compacted health, the rest by time. */
    public void createTopics(Topics topics) {
        try (Admin admin = Admin.create(clientProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> t : topics.all()) {
                if (existing.contains(t.name())) {
                    continue;
                }
                NewTopic nt = new NewTopic(t.name(), config.partitions(), config.replication());
                if (topics.compacted().contains(t)) {
                    nt.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                } else {
                    nt.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
                }
                missing.add(nt);
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
