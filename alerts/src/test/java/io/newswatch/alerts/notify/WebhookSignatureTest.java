package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final long TS = NOW.getEpochSecond();
    private static final byte[] BODY = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldVerifyWhatItSigned() {
        String signature = WebhookSignature.sign("k", TS, BODY);

        assertTrue(signature.matches("sha256=[0-9a-f]{64}"), "signature format: " + signature);
        assertTrue(WebhookSignature.verify("k", Long.toString(TS), BODY, signature, NOW, Duration.ofMinutes(5)),
                "own signature verifies");
    }

    @Test
    void shouldMatchAnHmacComputedIndependently() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("k".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((TS + "." + new String(BODY, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));

        assertTrue(WebhookSignature.sign("k", TS, BODY).equals("sha256=" + java.util.HexFormat.of().formatHex(expected)),
                "signature is HMAC-SHA256 over \"<timestamp>.<body>\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "wrong secret; other; 0; ; ",
            "tampered body; k; 0; {\"id\":\"a2\"}; ",
            "stale timestamp; k; -301; ; ",
            "future timestamp; k; 301; ; ",
            "missing prefix; k; 0; ; 00",
            "not hex; k; 0; ; sha256=zz",
            "empty signature; k; 0; ; sha256="})
    void shouldRejectBadSignatures(String label, String secret, long skew, String body, String signature) {
        long ts = TS + skew;
        byte[] sent = body == null ? BODY : body.getBytes(StandardCharsets.UTF_8);
        String header = signature != null ? signature : WebhookSignature.sign("k", ts, BODY);

        assertFalse(WebhookSignature.verify(secret, Long.toString(ts), sent, header, NOW, Duration.ofMinutes(5)),
                label + " must not verify");
    }

    @Test
    void shouldRejectMalformedTimestampsAndMissingHeaders() {
        String signature = WebhookSignature.sign("k", TS, BODY);
        assertFalse(WebhookSignature.verify("k", "yesterday", BODY, signature, NOW, Duration.ofMinutes(5)), "bad ts");
        assertFalse(WebhookSignature.verify("k", null, BODY, signature, NOW, Duration.ofMinutes(5)), "no ts");
        assertFalse(WebhookSignature.verify("k", Long.toString(TS), BODY, null, NOW, Duration.ofMinutes(5)), "no sig");
    }
}
