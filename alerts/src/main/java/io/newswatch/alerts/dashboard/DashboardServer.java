package io.newswatch.alerts.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswatch.alerts.notify.AlertFormatter;
import io.newswatch.alerts.notify.AlertJson;
import io.newswatch.schemas.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dashboard: one page listing each subject's current figure and the alerts as they are
 * decided, pushed to the browser with server-sent events. Routes: {@code /} the page,
 * {@code /api/subjects} and {@code /api/alerts} as JSON, {@code /events} the live stream.
 * It binds to the address given (loopback by default) and serves nothing else.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final long HEARTBEAT_SECONDS = 15;

    private final HttpServer server;
    private final ExecutorService executor;
    private final AlertBoard board;
    private final Supplier<List<SubjectView>> subjects;
    private final AlertJson json = new AlertJson(new AlertFormatter());
    private final ObjectMapper mapper = new ObjectMapper();
    private final byte[] page;
    private volatile boolean closing;

    private DashboardServer(HttpServer server, AlertBoard board, Supplier<List<SubjectView>> subjects) {
        this.server = server;
        this.board = board;
        this.subjects = subjects;
        this.page = resource("dashboard.html");
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newswatch-dashboard");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::page);
        server.createContext("/api/subjects", this::subjects);
        server.createContext("/api/alerts", this::alerts);
        server.createContext("/events", this::events);
    }

    /**
     * Starts serving.
     *
     * @param address  where to listen, e.g. 127.0.0.1:8080 (port 0 picks a free one)
     * @param board    the alerts to show
     * @param subjects the current figure of every subject, read on each request
     */
    public static DashboardServer start(InetSocketAddress address, AlertBoard board,
                                        Supplier<List<SubjectView>> subjects) {
        try {
            DashboardServer d = new DashboardServer(HttpServer.create(address, 0), board, subjects);
            d.server.start();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dashboard on " + address + ": " + e.getMessage(), e);
        }
    }

    /** The address it listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void page(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/")) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    private void subjects(HttpExchange ex) throws IOException {
        ArrayNode out = mapper.createArrayNode();
        for (SubjectView v : subjects.get()) {
            ObjectNode n = out.addObject();
            n.put("subject", v.subject());
            n.put("label", v.label());
            n.put("figure", v.figure());
            n.put("published", v.published() == null ? null : v.published().toString());
            n.put("source", v.source());
            n.put("url", v.url());
            n.put("sentence", v.sentence());
            n.put("mentions", v.mentions());
        }
        send(ex, 200, "application/json", mapper.writeValueAsBytes(out));
    }

    private void alerts(HttpExchange ex) throws IOException {
        ArrayNode out = mapper.createArrayNode();
        board.recent().forEach(a -> out.add(json.tree(a)));
        send(ex, 200, "application/json", mapper.writeValueAsBytes(out));
    }

    /** Server-sent events: every new alert as one {@code alert} event, and a comment as heartbeat. */
    private void events(HttpExchange ex) throws IOException {
        LinkedBlockingQueue<Alert> queue = new LinkedBlockingQueue<>(1_000);
        Runnable unlisten = board.listen(queue::offer);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(": newswatch live alerts\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closing) {
                Alert alert = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                String frame = alert == null ? ": heartbeat\n\n"
                        : "event: alert\nid: " + alert.getId() + "\ndata: " + json.write(alert) + "\n\n";
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("dashboard client went away: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            unlisten.run();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DashboardServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing dashboard resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing = true;
        server.stop(1);
        executor.shutdownNow();
    }
}
