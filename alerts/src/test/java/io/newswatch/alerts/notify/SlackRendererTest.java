package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newswatch.schemas.Alert;

class SlackRendererTest {

    private static final Pattern OUR_LINK = Pattern.compile("<https?://[^|<>\\s]+\\|[^<>]*>");
    private static final Pattern UNBROKEN_EMPHASIS = Pattern.compile("[*_~`][^\u200B]");

    private final AlertFormatter formatter = new AlertFormatter();
    private final SlackRenderer renderer = new SlackRenderer(formatter);

    private JsonNode payload(Alert alert) {
        return renderer.payload(formatter.format(alert));
    }

    /** Every text object in the payload, with its type. */
    private static List<JsonNode> textObjects(JsonNode payload) {
        List<JsonNode> texts = new ArrayList<>();
        for (JsonNode block : payload.get("blocks")) {
            if (block.has("text")) {
                texts.add(block.get("text"));
            }
            if (block.has("elements")) {
                block.get("elements").forEach(texts::add);
            }
        }
        return texts;
    }

    @Test
    void shouldBuildTextAndBlocksWithTheChangeAndBothSources() {
        JsonNode payload = payload(TestAlerts.levelShift("a1"));

        assertEquals("US troop level in South Korea moved from 23,500 to 28,500: 23,500 \u2192 28,500 (+5,000)",
                payload.get("text").asText(), "notification text");
        JsonNode header = payload.get("blocks").get(0);
        assertEquals("header", header.get("type").asText(), "first block is the header");
        assertEquals("plain_text", header.get("text").get("type").asText(), "header is plain text");
        String all = payload.toString();
        assertTrue(all.contains("*Change:* 23,500 \u2192 28,500 (+5,000)"), all);
        assertTrue(all.contains("<https://en.yna.co.kr/view/AEN20260302|Yonhap>"), "link to the previous source");
        assertTrue(all.contains("<https://www.reuters.com/world/asia/us-troops-korea|Reuters>"), "link to the current");
        assertTrue(all.contains("Before: approximately 23,500, reported: Yonhap, 2026-03-02 08:00 UTC"), all);
        payload.get("blocks").forEach(b -> assertTrue(Stream.of("header", "section", "context")
                .anyMatch(t -> t.equals(b.get("type").asText())), "known block type: " + b));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script> & more",
            "<!channel> wake up <!here> <!everyone>",
            "*bold* _italic_ ~strike~ `code`",
            "<https://evil.example|Reuters> <@U024BE7LH>",
            "& &amp; &lt;"})
    void shouldKeepHostileArticleTextInertEverywhere(String hostile) {
        Alert alert = TestAlerts.levelShift("a1", hostile, hostile);
        alert.getCurrent().setSource(hostile);
        alert.setHeadline("Headline " + hostile);
        JsonNode payload = payload(alert);

        for (JsonNode text : textObjects(payload)) {
            String value = text.get("text").asText();
            if (text.get("type").asText().equals("mrkdwn")) {
                String withoutOurLinks = OUR_LINK.matcher(value).replaceAll("");
                assertFalse(withoutOurLinks.contains("<") || withoutOurLinks.contains(">"),
                        "no Slack control sequence in mrkdwn: " + value);
                assertFalse(UNBROKEN_EMPHASIS.matcher(value.replace("*Change:*", "").replace("*Level shift*", ""))
                        .find(), "no live emphasis from article text: " + value);
            } else {
                assertEquals("plain_text", text.get("type").asText(), "only plain_text or mrkdwn objects");
            }
        }
        String fallback = payload.get("text").asText();
        assertFalse(fallback.contains("<") || fallback.contains(">"), "notification text is escaped: " + fallback);
        assertTrue(payload.toString().contains(Markup.truncate(hostile, 3000).replace("\"", "\\\"")),
                "the sentence itself is shown verbatim in plain_text");
    }

    @Test
    void shouldNotLinkUnsafeUrls() {
        Alert alert = TestAlerts.levelShift("a1");
        alert.getPrevious().setUrl("javascript:alert(1)");
        JsonNode payload = payload(alert);

        for (JsonNode text : textObjects(payload)) {
            if (text.get("type").asText().equals("mrkdwn")) {
                assertFalse(text.get("text").asText().contains("javascript:"), "no javascript link: " + text);
            }
        }
        assertTrue(payload.toString().contains("\"type\":\"plain_text\",\"text\":\"javascript:alert(1)\""),
                "the unsafe URL is shown as plain text");
    }

    @Test
    void shouldPostThePayloadToASlackCompatibleReceiver() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T15:00:00Z"));
        try (WebhookReceiver slack = new WebhookReceiver(null, clock)) {
            Notifier notifier = Notifier.builder()
                    .channel(ChannelConfig.builder("slack").settings(SlackSettings.of(slack.url())).build())
                    .clock(clock)
                    .build();
            notifier.submit(TestAlerts.hostile("h1"));
            assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "delivered");

            JsonNode received = new ObjectMapper().readTree(slack.receipts().get(0).body());
            assertEquals(payload(TestAlerts.hostile("h1")), received, "the receiver gets the rendered payload");
        }
    }
}
