package io.newswatch.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable, content-derived ids: the same content always gives the same id. */
public final class Ids {

    private Ids() {
    }

    /** The first 128 bits of the SHA-256 of {@code content}, as 32 hex digits. */
    public static String of(String content) {
        return HexFormat.of().formatHex(digest(content), 0, 16);
    }

    /** The whole SHA-256 of {@code content}, as 64 hex digits. */
    public static String sha256(String content) {
        return HexFormat.of().formatHex(digest(content));
    }

    private static byte[] digest(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The id of several parts joined with {@code |}. */
    public static String of(String... parts) {
        return of(String.join("|", parts));
    }
}
