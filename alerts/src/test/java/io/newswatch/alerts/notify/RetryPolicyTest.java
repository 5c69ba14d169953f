package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofSeconds(1))
            .maxDelay(Duration.ofSeconds(30)).multiplier(2).jitter(0.5).build();

    @ParameterizedTest(name = "attempt {0}")
    @CsvSource({"1, 1000", "2, 2000", "3, 4000", "5, 16000", "6, 30000", "60, 30000"})
    void shouldGrowExponentiallyUpToTheCap(int attempt, long millis) {
        assertEquals(Duration.ofMillis(millis), policy.delay(attempt, 0.0), "delay without jitter");
    }

    @Test
    void shouldTakeJitterOffTheDelay() {
        assertEquals(Duration.ofMillis(2000), policy.delay(2, 0.0), "random 0 keeps the full delay");
        assertEquals(Duration.ofMillis(1500), policy.delay(2, 0.5), "random 0.5 takes a quarter off at jitter 0.5");
        assertTrue(policy.delay(2, 0.999).toMillis() > 1000, "at most half is taken off");
    }

    static Stream<Arguments> invalidPolicies() {
        return Stream.of(
                Arguments.of("maxAttempts", (Supplier<RetryPolicy>) () -> RetryPolicy.builder().maxAttempts(0).build()),
                Arguments.of("maxAge", (Supplier<RetryPolicy>) () -> RetryPolicy.builder().maxAge(Duration.ZERO).build()),
                Arguments.of("baseDelay", (Supplier<RetryPolicy>) () -> RetryPolicy.builder()
                        .baseDelay(Duration.ofSeconds(-1)).build()),
                Arguments.of("maxDelay", (Supplier<RetryPolicy>) () -> RetryPolicy.builder()
                        .baseDelay(Duration.ofMinutes(10)).maxDelay(Duration.ofMinutes(1)).build()),
                Arguments.of("multiplier", (Supplier<RetryPolicy>) () -> RetryPolicy.builder().multiplier(0.5).build()),
                Arguments.of("multiplier", (Supplier<RetryPolicy>) () -> RetryPolicy.builder()
                        .multiplier(Double.NaN).build()),
                Arguments.of("jitter", (Supplier<RetryPolicy>) () -> RetryPolicy.builder().jitter(1.5).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPolicies")
    void shouldRefuseInvalidPoliciesNamingTheField(String field, Supplier<RetryPolicy> build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        assertTrue(e.getMessage().contains(field), "message names " + field + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "120; 120",
            "0; 0",
            "' 7 '; 7",
            "Fri, 20 Nov 2026 15:01:30 GMT; 90",
            "Fri, 20 Nov 2026 14:00:00 GMT; 0"})
    void shouldReadRetryAfterSecondsAndDates(String header, long seconds) {
        assertEquals(Optional.of(Duration.ofSeconds(seconds)),
                RetryAfter.parse(header, Instant.parse("2026-11-20T15:00:00Z")), "Retry-After: " + header);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = ';', value = {"-5", "1.5", "soon", "99999999999999999999999", "2026-11-20T15:00:00Z", "''"})
    void shouldIgnoreMalformedRetryAfter(String header) {
        assertEquals(Optional.empty(), RetryAfter.parse(header, Instant.parse("2026-11-20T15:00:00Z")),
                "Retry-After: " + header);
    }
}
