package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newswatch.schemas.Alert;

class TeamsRendererTest {

    private static final Pattern UNESCAPED_MARKUP = Pattern.compile("(?<!\\\\)[<>*_\\[\\]`~]");

    private final AlertFormatter formatter = new AlertFormatter();
    private final TeamsRenderer renderer = new TeamsRenderer(formatter);

    private JsonNode card(Alert alert) {
        return renderer.payload(formatter.format(alert)).get("attachments").get(0).get("content");
    }

    /** Every Markdown string on the card: TextBlock texts and fact values. */
    private static List<String> markdownTexts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : card.get("body")) {
            if (element.get("type").asText().equals("TextBlock")) {
                texts.add(element.get("text").asText());
            } else if (element.get("type").asText().equals("FactSet")) {
                element.get("facts").forEach(f -> texts.add(f.get("value").asText()));
            }
        }
        return texts;
    }

    @Test
    void shouldWrapAnAdaptiveCardInAMessage() {
        JsonNode message = renderer.payload(formatter.format(TestAlerts.corroboratedLevelShift("a1")));

        assertEquals("message", message.get("type").asText(), "envelope type");
        JsonNode attachment = message.get("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.get("contentType").asText(), "content type");
        JsonNode card = attachment.get("content");
        assertEquals("AdaptiveCard", card.get("type").asText(), "card type");
        assertEquals("1.4", card.get("version").asText(), "card version");
        JsonNode facts = card.get("body").get(2).get("facts");
        assertEquals("Change", facts.get(0).get("title").asText(), "first fact is the change");
        assertEquals("23,500 \u2192 28,500 (+5,000)", facts.get(0).get("value").asText(),
                "change value");
        List<String> urls = new ArrayList<>();
        card.get("actions").forEach(a -> {
            assertEquals("Action.OpenUrl", a.get("type").asText(), "links are OpenUrl actions");
            urls.add(a.get("url").asText());
        });
        assertEquals(List.of("https://en.yna.co.kr/view/AEN20260302", "https://www.reuters.com/world/asia/us-troops-korea",
                "https://apnews.com/article/korea-troops"), urls, "one button per source, previous first");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "**bold** *it* _it_ ~~strike~~ `code`",
            "[click here](https://evil.example) ![img](https://evil.example/x.png)",
            "<at>everyone</at> & <b>bold</b>"})
    void shouldEscapeHostileTextInEveryMarkdownString(String hostile) {
        Alert alert = TestAlerts.levelShift("a1", hostile, hostile);
        alert.setHeadline(hostile);
        alert.getCurrent().setSource(hostile);

        for (String text : markdownTexts(card(alert))) {
            assertFalse(UNESCAPED_MARKUP.matcher(text.replace("\\\\", "")).find(),
                    "no unescaped Markdown or HTML: " + text);
        }
    }

    @Test
    void shouldLeaveUnsafeUrlsOutOfTheActions() {
        Alert alert = TestAlerts.corroboratedLevelShift("a1");
        alert.getPrevious().setUrl("javascript:alert(1)");

        JsonNode actions = card(alert).get("actions");
        assertEquals(2, actions.size(), "the javascript: URL gets no button");
        actions.forEach(a -> assertTrue(a.get("url").asText().startsWith("https://"), "only https links: " + a));
    }

    @Test
    void shouldPostTheCardToATeamsCompatibleReceiver() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T15:00:00Z"));
        try (WebhookReceiver teams = new WebhookReceiver(null, clock)) {
            Notifier notifier = Notifier.builder()
                    .channel(ChannelConfig.builder("teams").settings(TeamsSettings.of(teams.url())).build())
                    .clock(clock)
                    .build();
            notifier.submit(TestAlerts.levelShift("t1"));
            assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "delivered");

            JsonNode received = new ObjectMapper().readTree(teams.receipts().get(0).body());
            assertEquals(renderer.payload(formatter.format(TestAlerts.levelShift("t1"))), received,
                    "the receiver gets the rendered card");
        }
    }
}
