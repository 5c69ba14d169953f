package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.Stance;

class AlertFormatterTest {

    private final AlertFormatter formatter = new AlertFormatter();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "5000; +5,000",
            "-4500; -4,500",
            "0; 0",
            "1234567; +1,234,567",
            "-9223372036854775807; -9,223,372,036,854,775,807"})
    void shouldSignDeltasAndSeparateThousands(long delta, String expected) {
        assertEquals(expected, AlertFormatter.signed(delta), "signed delta of " + delta);
    }

    @Test
    void shouldShowOldToNewWithTheSignedDelta() {
        AlertMessage message = formatter.format(TestAlerts.corroboratedLevelShift("a1"));

        assertEquals("23,500 \u2192 28,500 (+5,000)", message.change().orElseThrow(), "change line");
        assertEquals("US troops in South Korea", message.subject(), "subject label");
        assertEquals("Level shift", message.typeLabel(), "type label");
    }

    @Test
    void shouldDescribeBothMentionsWithQualifierStanceSourceAndDate() {
        AlertMessage message = formatter.format(TestAlerts.corroboratedLevelShift("a1"));
        MentionView before = message.previous().orElseThrow();
        MentionView now = message.current().orElseThrow();

        assertEquals("approximately 23,500", before.figure(), "previous figure with hedge");
        assertEquals("approximately", before.qualifier().orElseThrow(), "previous hedge");
        assertEquals("reported", before.stance(), "previous stance");
        assertEquals("Yonhap", before.source(), "previous source");
        assertEquals("2026-03-02 08:00 UTC", before.published(), "previous date");
        assertEquals("https://en.yna.co.kr/view/AEN20260302", before.link().orElseThrow(), "previous link");
        assertEquals("28,500", now.figure(), "exact figures carry no hedge word");
        assertEquals("Reuters", now.source(), "current source");
        assertEquals(List.of("AP"), message.others().stream().map(MentionView::source).toList(),
                "the current mention is not repeated among the other sources");
    }

    @Test
    void shouldPrintAReadablePlainTextWithBothSourcesAndSentences() {
        String text = formatter.plainText(formatter.format(TestAlerts.corroboratedLevelShift("a1")));

        assertTrue(text.contains("Change: 23,500 \u2192 28,500 (+5,000)"), "change line in:\n" + text);
        assertTrue(text.contains("Before: approximately 23,500, reported: Yonhap, 2026-03-02 08:00 UTC"), text);
        assertTrue(text.contains("Now:    28,500, reported: Reuters, 2026-11-20 14:05 UTC"), text);
        assertTrue(text.contains("\u201CThe US keeps approximately 23,500 troops in South Korea.\u201D"), text);
        assertTrue(text.contains("https://www.reuters.com/world/asia/us-troops-korea"), text);
        assertTrue(text.contains("Also:   28,500, reported: AP"), text);
    }

    @Test
    void shouldDescribeSanctionShiftsAndFallBackToTheHostForUnnamedSources() {
        AlertMessage message = formatter.format(TestAlerts.sanctionsShift("s1"));

        assertEquals("ease", message.change().orElseThrow(), "change line without a previous figure: the figure alone");
        assertEquals("US sanctions on North Korea", message.subject(), "subject label");
        assertEquals("example.org", message.current().orElseThrow().source(), "host stands in for the source");
        assertTrue(message.current().orElseThrow().qualifier().isEmpty(), "sanctions carry no hedge");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "APPROXIMATE; approximately 900",
            "MORE_THAN; more than 900",
            "UP_TO; up to 900",
            "EXACT; 900"})
    void shouldPutTheHedgeBeforeTheFigure(Qualifier qualifier, String expected) {
        var mention = TestAlerts.troops("m", "S", "https://s.example/a", 900L, qualifier, Stance.PROPOSED, "x",
                TestAlerts.CURRENT_PUBLISHED);

        assertEquals(expected, formatter.mention(mention).figure(), "figure for " + qualifier);
        assertEquals("proposed", formatter.mention(mention).stance(), "stance");
    }

    @Test
    void shouldKeepMultiLineArticleTextOnOneLine() {
        Alert alert = TestAlerts.levelShift("a1", "line one\r\nline two\u2028three", "ok");

        assertEquals("line one line two three", formatter.format(alert).previous().orElseThrow().sentence(),
                "line breaks become single spaces");
    }

    @Test
    void shouldRefuseAMentionWithoutADetail() {
        var mention = TestAlerts.troops("m", "S", "https://s.example/a", 1L, Qualifier.EXACT, Stance.REPORTED, "x",
                TestAlerts.CURRENT_PUBLISHED);
        mention.setDetail("not a detail");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> formatter.mention(mention));
        assertTrue(e.getMessage().contains("mention m"), "the error names the mention: " + e.getMessage());
    }

    @Test
    void shouldDescribeFeedHealthForSourceHealthAlerts() {
        Alert alert = Alert.newBuilder()
                .setId("h1")
                .setType(io.newswatch.schemas.AlertType.SOURCE_HEALTH)
                .setSubject("feed|yonhap")
                .setHeadline("Feed yonhap is failing")
                .setHealth(io.newswatch.schemas.SourceHealth.newBuilder()
                        .setFeed("https://en.yna.co.kr/RSS/news.xml")
                        .setStatus(io.newswatch.schemas.HealthStatus.FAILING)
                        .setConsecutiveFailures(5)
                        .setLastSuccess(TestAlerts.PREVIOUS_PUBLISHED)
                        .setMessage("HTTP 503\nService Unavailable")
                        .setObserved(TestAlerts.CREATED)
                        .build())
                .setCreated(TestAlerts.CREATED)
                .build();

        AlertMessage message = formatter.format(alert);

        assertEquals("https://en.yna.co.kr/RSS/news.xml is failing, 5 consecutive failures, last success "
                + "2026-03-02 08:00 UTC: HTTP 503 Service Unavailable", message.health().orElseThrow(), "health line");
        assertTrue(message.change().isEmpty(), "no figure, no change line");
        assertTrue(formatter.plainText(message).contains("Feed:   https://en.yna.co.kr/RSS/news.xml is failing"),
                "plain text shows the feed");
    }
}
