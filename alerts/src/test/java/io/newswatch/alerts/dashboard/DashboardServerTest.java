package io.newswatch.alerts.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswatch.alerts.AlertRules;
import io.newswatch.alerts.ShiftDetector;
import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.SubjectHistory;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DashboardServerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ShiftDetector detector = new ShiftDetector(AlertRules.DEFAULTS);
    private final AlertBoard board = new AlertBoard(10);
    private final List<SubjectHistory> histories = new ArrayList<>();
    private DashboardServer server;

    private static Mention level(String date, long quantity, String article, String sentence) {
        return Mention.newBuilder()
                .setId(article + "-" + quantity).setSubject("troops|US|South Korea").setArticleId(article)
                .setUrl("https://news.example/" + article).setSource("Example Wire").setSentence(sentence)
                .setStart(0).setEnd(sentence.length()).setPublished(Instant.parse(date + "T12:00:00Z"))
                .setDetail(TroopMention.newBuilder().setQuantity(quantity).setKind(TroopKind.LEVEL)
                        .setQualifier(Qualifier.EXACT).setForce("US").setLocation("South Korea")
                        .setStance(Stance.REPORTED).build())
                .build();
    }

    /** Runs the detector over the mentions, keeping the history for the dashboard and the alerts for the board. */
    private void feed(Mention... mentions) {
        SubjectHistory h = null;
        for (Mention m : mentions) {
            ShiftDetector.Decision d = detector.decide(h, m, Instant.parse("2026-11-22T00:00:00Z"));
            h = d.history();
            d.alerts().forEach(board::add);
        }
        histories.add(h);
    }

    @BeforeEach
    void start() {
        server = DashboardServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), board,
                () -> new SubjectViews(detector).of(histories));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeThePageThatRendersArticleTextAsTextOnly() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("new EventSource(\"/events\")"), "the page listens for live alerts");
        assertFalse(page.body().contains("innerHTML"), "no article text is ever parsed as HTML");
        assertEquals(404, get("/nothing-here").statusCode());
    }

    @Test
    void shouldListEachSubjectsCurrentFigure() throws Exception {
        feed(level("2018-05-03", 23_500, "a", "23,500 U.S. soldiers stationed on the peninsula."),
                level("2025-05-23", 28_500, "b", "Currently, there are 28,500 US troops stationed in South Korea."));
        JsonNode rows = mapper.readTree(get("/api/subjects").body());
        assertEquals(1, rows.size());
        assertEquals("US troops in South Korea", rows.get(0).get("label").asText());
        assertEquals("28,500", rows.get(0).get("figure").asText(), "the latest reported level is current");
        assertEquals("2025-05-23T12:00:00Z", rows.get(0).get("published").asText());
        assertEquals(2, rows.get(0).get("mentions").asInt());
    }

    @Test
    void shouldListRecentAlertsAsJson() throws Exception {
        feed(level("2018-05-03", 23_500, "a", "23,500 then."), level("2025-05-23", 28_500, "b", "28,500 now."));
        JsonNode alerts = mapper.readTree(get("/api/alerts").body());
        assertEquals(1, alerts.size());
        assertEquals("LEVEL_SHIFT", alerts.get(0).get("type").asText());
        assertEquals("23,500 → 28,500 (+5,000)", alerts.get(0).get("change").asText());
    }

    @Test
    void shouldPushANewAlertToLiveClients() throws Exception {
        URI events = URI.create("http://127.0.0.1:" + server.address().getPort() + "/events");
        CompletableFuture<String> firstAlert = CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(events).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("data: ")) {
                            return line.substring("data: ".length());
                        }
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Instant deadline = Instant.now().plusSeconds(20);
        // the client registers when its request arrives; keep adding until it has heard one
        int n = 0;
        while (!firstAlert.isDone() && Instant.now().isBefore(deadline)) {
            Alert a = alert("live-" + (n++), "<script>alert(1)</script> 4,500 troops");
            board.add(a);
            try {
                firstAlert.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // not yet
            }
        }
        JsonNode pushed = mapper.readTree(firstAlert.get(1, TimeUnit.SECONDS));
        assertTrue(pushed.get("id").asText().startsWith("live-"));
        assertEquals("<script>alert(1)</script> 4,500 troops", pushed.get("current").get("sentence").asText(),
                "article text travels as JSON data, left to the page to show as text");
    }

    private static Alert alert(String id, String sentence) {
        Mention m = level("2025-05-23", 4_500, id, sentence);
        return Alert.newBuilder().setId(id).setType(io.newswatch.schemas.AlertType.CHANGE_REPORTED)
                .setSubject(m.getSubject()).setHeadline("US troops in South Korea: change").setCurrent(m)
                .setSources(List.of(m)).setCreated(Instant.parse("2026-11-22T00:00:00Z")).build();
    }

    @Test
    void shouldReplaceAnAlertUpdatedUnderTheSameId() {
        board.add(alert("same", "first"));
        board.add(alert("same", "second"));
        assertEquals(1, board.recent().size());
        assertEquals("second", board.recent().get(0).getCurrent().getSentence());
    }

    @Test
    void shouldBoundTheRecentAlerts() {
        for (int i = 0; i < 25; i++) {
            board.add(alert("a" + i, "s"));
        }
        assertEquals(10, board.recent().size());
        assertEquals("a24", board.recent().get(9).getId(), "newest last");
    }
}
