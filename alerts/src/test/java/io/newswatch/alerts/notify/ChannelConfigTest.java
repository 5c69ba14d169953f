package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChannelConfigTest {

    static Stream<Arguments> invalidConfigs() {
        return Stream.of(
                Arguments.of("ops|desk", (Supplier<Object>) () -> ChannelConfig.builder("ops|desk")
                        .settings(ConsoleSettings.stdout()).build()),
                Arguments.of("''", (Supplier<Object>) () -> ChannelConfig.builder("")
                        .settings(ConsoleSettings.stdout()).build()),
                Arguments.of("settings of channel c", (Supplier<Object>) () -> ChannelConfig.builder("c").build()),
                Arguments.of("queueCapacity", (Supplier<Object>) () -> ChannelConfig.builder("c")
                        .settings(ConsoleSettings.stdout()).queueCapacity(0).build()),
                Arguments.of("ftp://x/y", (Supplier<Object>) () -> HttpEndpoint.of("ftp://x/y")),
                Arguments.of("'not a url'", (Supplier<Object>) () -> HttpEndpoint.of("not a url")),
                Arguments.of("requestTimeout", (Supplier<Object>) () -> HttpEndpoint.builder().url("http://x/")
                        .requestTimeout(Duration.ZERO).build()),
                Arguments.of("secret", (Supplier<Object>) () -> WebhookSettings.builder().url("http://x/")
                        .secret(" ").build()),
                Arguments.of("X-Newswatch-Signature", (Supplier<Object>) () -> WebhookSettings.builder()
                        .url("http://x/").secret("k").header("X-Newswatch-Signature", "forged").build()),
                Arguments.of("recipient", (Supplier<Object>) () -> EmailSettings.builder().host("smtp")
                        .from("a@b.example").build()),
                Arguments.of("'not an address'", (Supplier<Object>) () -> EmailSettings.builder().host("smtp")
                        .from("a@b.example").to("not an address").build()),
                Arguments.of("port", (Supplier<Object>) () -> EmailSettings.builder().host("smtp").port(0)
                        .from("a@b.example").to("c@d.example").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigs")
    void shouldRefuseInvalidConfigNamingTheInput(String named, Supplier<Object> build) {
        RuntimeException e = assertThrows(RuntimeException.class, build::get);
        assertTrue(e.getMessage().contains(named),
                "message names " + named + ": " + e.getMessage());
    }

    @Test
    void shouldBuildAWebhookChannelWithDefaults() {
        ChannelConfig config = ChannelConfig.builder("ops-hook")
                .settings(WebhookSettings.builder().url("https://hooks.example/newswatch").secret("k")
                        .header("Authorization", "Bearer t").build())
                .build();

        assertEquals(ChannelType.WEBHOOK, config.type(), "type from settings");
        assertEquals(RetryPolicy.defaults(), config.retry(), "default retry policy");
        assertEquals(Duration.ofSeconds(10), ((WebhookSettings) config.settings()).endpoint().requestTimeout(),
                "default request timeout");
        assertFalse(config.toString().contains("=k,"), "the secret is not printed: " + config);
    }

    @Test
    void shouldKeepPasswordsOutOfToString() {
        EmailSettings email = EmailSettings.builder().host("smtp.example").login("desk", "hunter2")
                .from("a@b.example").to("c@d.example").build();
        assertFalse(email.toString().contains("hunter2"), "password hidden: " + email);
    }
}
