package io.newswatch.alerts.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies generic-webhook requests. The signature is
 * {@code sha256=<lower-case hex of HMAC-SHA256(secret, "<timestamp>.<body>")>}, where timestamp is
 * the {@code X-Newswatch-Timestamp} header (unix seconds) and body the raw request body bytes.
 */
public final class WebhookSignature {

    /** Header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Newswatch-Signature";
    /** Header carrying the unix-seconds timestamp that is part of the signed text. */
    public static final String TIMESTAMP_HEADER = "X-Newswatch-Timestamp";
    /** Header carrying the alert id; the same on every retry of one alert to one channel. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The {@code X-Newswatch-Signature} value for {@code body} sent at {@code timestamp} (unix seconds). */
    public static String sign(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(secret, timestamp, body));
    }

    /**
     * True when {@code signature} is the valid signature of {@code body} at {@code timestampHeader}
     * under {@code secret} and the timestamp lies within {@code tolerance} of {@code now} (replay
     * protection). Malformed headers give false, never an exception. Comparison is constant-time.
     */
    public static boolean verify(String secret, String timestampHeader, byte[] body, String signature,
                                 Instant now, Duration tolerance) {
        if (secret == null || timestampHeader == null || body == null || signature == null
                || !signature.startsWith(PREFIX)) {
            return false;
        }
        long timestamp;
        byte[] given;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, timestamp, body), given);
    }

    private static byte[] mac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
