package io.newswatch.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.newswatch.alerts.AlertTopology;
import io.newswatch.alerts.notify.ChannelConfig;
import io.newswatch.alerts.notify.ConsoleSettings;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.Dashboard;
import io.newswatch.app.runtime.Notifications;
import io.newswatch.app.runtime.StreamsApp;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newswatch alerts}: runs the alerts Streams app and delivers each alert to the configured
 * channels (the console when none is configured) until stopped.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Run the alerts app: decide shifts from the mentions topic and deliver them to the configured channels.")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--dashboard", paramLabel = "HOST:PORT", arity = "0..1", fallbackValue = "127.0.0.1:8080",
            description = "Serve the live dashboard (default address when given alone: ${FALLBACK-VALUE}).")
    String dashboard;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        Topics topics = Topics.withPrefix(config.topicPrefix());
        List<ChannelConfig> channels = config.channels().isEmpty()
                ? List.of(ChannelConfig.builder("console").settings(ConsoleSettings.stdout()).build())
                : config.channels();
        Shutdown shutdown = Shutdown.onSignal();
        try (Cluster cluster = Cluster.open(config, false)) {
            cluster.createTopics(topics);
            try (Notifications notifications = Notifications.start(cluster, config, topics, channels);
                 StreamsApp app = StreamsApp.start(StreamsApp.applicationId(config, "alerts"),
                         AlertTopology.build(topics, config.alertRules(), config.reorderDelay()), cluster, config,
                         topics, "alerts");
                 Dashboard board = dashboard == null ? null
                         : Dashboard.start(Addresses.parse(dashboard), cluster, config, topics, app)) {
                app.awaitRunning(Duration.ofSeconds(120));
                System.err.println("newswatch alerts: running against " + cluster.bootstrapServers()
                        + ", delivering to " + channels.stream().map(ChannelConfig::name).toList());
                if (board != null) {
                    System.err.println("newswatch alerts: dashboard at http://" + Addresses.show(board.address()) + "/");
                }
                while (!shutdown.await(Duration.ofMillis(500))) {
                    if (app.failed() || notifications.failure() != null) {
                        System.err.println("newswatch alerts: stopped: " + (app.failed()
                                ? app.applicationId() + " is " + app.state() : "delivery failed: " + notifications.failure()));
                        return 1;
                    }
                }
                notifications.stats().forEach(s -> System.err.println("newswatch alerts: " + s));
            }
        } finally {
            shutdown.finished();
        }
        return 0;
    }
}
