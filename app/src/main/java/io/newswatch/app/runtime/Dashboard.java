package io.newswatch.app.runtime;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.newswatch.alerts.AlertTopology;
import io.newswatch.alerts.ShiftDetector;
import io.newswatch.alerts.dashboard.AlertBoard;
import io.newswatch.alerts.dashboard.DashboardServer;
import io.newswatch.alerts.dashboard.SubjectViews;
import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.Topics;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dashboard wired to a running alerts app: alerts read from the alerts topic, current
 * figures queried from the alerts app's state store (this instance's partitions).
 */
public final class Dashboard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);

    private final AlertReader reader;
    private final AlertBoard board;
    private final DashboardServer server;
    private final Thread thread;
    private volatile boolean running = true;

    private Dashboard(AlertReader reader, AlertBoard board, DashboardServer server) {
        this.reader = reader;
        this.board = board;
        this.server = server;
        this.thread = new Thread(this::run, "newswatch-dashboard-feed");
        this.thread.setDaemon(true);
    }

    public static Dashboard start(InetSocketAddress address, Cluster cluster, NewswatchConfig config, Topics topics,
                                  StreamsApp alertsApp) {
        AlertBoard alerts = new AlertBoard(200);
        SubjectViews views = new SubjectViews(new ShiftDetector(config.alertRules()));
        DashboardServer server = DashboardServer.start(address, alerts, () -> views.of(histories(alertsApp)));
        Dashboard d = new Dashboard(new AlertReader(cluster, topics.alerts(), true), alerts, server);
        d.thread.start();
        return d;
    }

    private void run() {
        while (running) {
            try {
                reader.poll(Duration.ofMillis(500), board::add);
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("dashboard: cannot read alerts: {}", e.getMessage());
                }
            }
        }
    }

    private static List<SubjectHistory> histories(StreamsApp app) {
        List<SubjectHistory> out = new ArrayList<>();
        try {
            ReadOnlyKeyValueStore<String, SubjectHistory> state = app.streams().store(
                    StoreQueryParameters.fromNameAndType(AlertTopology.HISTORY_STORE, QueryableStoreTypes.keyValueStore()));
            ReadOnlyKeyValueStore<String, Mention> mentions = app.streams().store(
                    StoreQueryParameters.fromNameAndType(AlertTopology.MENTIONS_STORE, QueryableStoreTypes.keyValueStore()));
            out.addAll(AlertTopology.histories(state, mentions));
        } catch (RuntimeException e) {
            LOG.debug("subject store not queryable yet: {}", e.getMessage());
        }
        return out;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        running = false;
        server.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
