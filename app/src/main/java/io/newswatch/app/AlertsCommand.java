package io.newswatch.app;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.newswatch.alerts.AlertTopology;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.AlertReader;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.StreamsApp;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newswatch alerts}: runs the alerts Streams app and prints each new alert until stopped. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Run the alerts app: decide shifts from the mentions topic into the alerts topic, and print them.")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        Topics topics = Topics.withPrefix(config.topicPrefix());
        Shutdown shutdown = Shutdown.onSignal();
        try (Cluster cluster = Cluster.open(config, false)) {
            cluster.createTopics(topics);
            try (StreamsApp app = StreamsApp.start(StreamsApp.applicationId(config, "alerts"),
                    AlertTopology.build(topics, config.alertRules()), cluster, config, topics, "alerts");
                 AlertReader reader = new AlertReader(cluster, topics.alerts(), false)) {
                app.awaitRunning(Duration.ofSeconds(120));
                System.err.println("newswatch alerts: running against " + cluster.bootstrapServers());
                while (!shutdown.requested()) {
                    reader.poll(Duration.ofMillis(500), a -> System.out.println(AlertText.render(a)));
                }
            }
        } finally {
            shutdown.finished();
        }
        return 0;
    }
}
