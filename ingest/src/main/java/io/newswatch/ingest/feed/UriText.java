package io.newswatch.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Reads URIs the way browsers read links in markup: surrounding whitespace and control characters are trimmed,
 * tabs and line breaks inside are removed (so {@code java&#x09;script:} is {@code javascript:}), and characters a
 * URI may not contain (spaces, non-ASCII, stray {@code %}) are percent-encoded.
 */
public final class UriText {

    private static final String HEX = "0123456789ABCDEF";

    private UriText() {
    }

    /** The URI the text denotes, relative or absolute, or {@code null} when it is empty or unparseable. */
    public static URI parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = encodeIllegal(asciiHost(strip(text)));
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new URI(cleaned);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The reference resolved against the base (RFC 3986), or {@code null} when the reference is unparseable or is
     * relative with no absolute, hierarchical base to resolve it against.
     */
    public static URI resolve(URI base, String reference) {
        URI ref = parse(reference);
        if (ref == null) {
            return null;
        }
        if (ref.isAbsolute()) {
            return ref;
        }
        if (base == null || !base.isAbsolute() || base.isOpaque()) {
            return null;
        }
        URI effectiveBase = base;
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            try {
                effectiveBase = new URI(base.getScheme(), base.getRawAuthority(), "/", null, null);
            } catch (URISyntaxException e) {
                return null;
            }
        }
        try {
            URI resolved = effectiveBase.resolve(ref);
            return resolved.isAbsolute() ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Converts an internationalized host name to its ASCII (punycode) form; other text is returned as is. */
    static String asciiHost(String text) {
        int start = text.indexOf("://");
        if (start < 0 || text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        start += 3;
        int end = start;
        while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String authority = text.substring(start, end);
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':', at + 1);
        String host = authority.substring(at + 1, colon < 0 ? authority.length() : colon);
        if (host.chars().allMatch(c -> c < 0x80) || host.startsWith("[")) {
            return text;
        }
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
            return text.substring(0, start + at + 1) + ascii + text.substring(start + at + 1 + host.length());
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Removes leading/trailing C0 controls and spaces and every tab, CR and LF (WHATWG URL parsing). */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String encodeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean seenFragment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append(c);
            } else if (c == '#' && !seenFragment) {
                seenFragment = true;
                out.append(c);
            } else if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}%#".indexOf(c) < 0) {
                out.append(c);
            } else {
                appendEncoded(out, text, i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static void appendEncoded(StringBuilder out, String text, int index) {
        int end = Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length() ? index + 2 : index + 1;
        for (byte b : text.substring(index, end).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
