package io.newswatch.ingest.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes Content-Encoding (gzip, deflate in zlib or raw form), bounding the decoded size against zip bombs. */
final class ContentDecoding {

    private ContentDecoding() {
    }

    static byte[] decode(byte[] raw, String contentEncoding, long max) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        InputStream decoded;
        switch (encoding) {
            case "", "identity" -> {
                return raw;
            }
            case "gzip", "x-gzip" -> decoded = new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> decoded = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!isZlib(raw)));
            default -> throw new IOException("unsupported Content-Encoding '" + contentEncoding + "'");
        }
        try (InputStream in = decoded) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(raw.length * 4, 1 << 20));
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw new CappedBody.TooLarge("decoded body exceeds the limit of " + max + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    private static boolean isZlib(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0x0F) == 8 && (((raw[0] & 0xFF) << 8) | (raw[1] & 0xFF)) % 31 == 0;
    }
}
