package io.newswatch.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed body decoded to text. The charset is chosen from, in order: a byte-order mark, the byte pattern of an
 * unmarked UTF-16/UTF-32 document, the XML declaration, the HTTP charset; labels that the bytes contradict
 * (UTF-8 that is not valid UTF-8, Latin-1 that is valid multi-byte UTF-8) are overruled, and undeclared
 * non-UTF-8 text is read as windows-1252. Characters XML forbids are removed.
 *
 * @param text     the decoded text, without byte-order mark or leading whitespace
 * @param charset  the charset used
 * @param warnings what was overruled or removed
 */
record FeedText(String text, Charset charset, List<String> warnings) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern XML_DECL_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
    private static final Pattern HTTP_CHARSET =
            Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    FeedText {
        warnings = List.copyOf(warnings);
    }

    static FeedText decode(byte[] body, String httpContentType) {
        List<String> warnings = new ArrayList<>();
        int[] skip = {0};
        Charset charset = byBom(body, skip);
        if (charset == null) {
            charset = byPattern(body);
        }
        if (charset == null) {
            charset = byLabels(body, declaredEncoding(body), httpCharset(httpContentType), warnings);
            if (charset == null) {
                return new FeedText(clean(decodeMixed(body), warnings), StandardCharsets.UTF_8, warnings);
            }
        }
        String text = decodeLeniently(body, skip[0], charset);
        return new FeedText(clean(text, warnings), charset, warnings);
    }

    private static Charset byBom(byte[] b, int[] skip) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            skip[0] = 4;
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            skip[0] = 4;
            return UTF_32LE;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            skip[0] = 3;
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            skip[0] = 2;
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            skip[0] = 2;
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Unmarked UTF-16 and UTF-32 show as zero bytes at fixed positions: in the first four bytes, which XML fills
     * with ASCII markup or whitespace (XML 1.0 appendix F), else statistically in the first 512.
     */
    private static Charset byPattern(byte[] b) {
        int n = Math.min(b.length, 512) & ~3;
        if (n < 4) {
            return null;
        }
        boolean z0 = b[0] == 0;
        boolean z1 = b[1] == 0;
        boolean z2 = b[2] == 0;
        boolean z3 = b[3] == 0;
        if (z0 && z1 && z2 && !z3) {
            return UTF_32BE;
        }
        if (!z0 && z1 && z2 && z3) {
            return UTF_32LE;
        }
        if (z0 && !z1 && z2 && !z3) {
            return StandardCharsets.UTF_16BE;
        }
        if (!z0 && z1 && !z2 && z3) {
            return StandardCharsets.UTF_16LE;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int quarter = n / 4;
        int threshold = quarter * 3 / 4;
        if (zeros[0] > threshold && zeros[1] > threshold && zeros[2] > threshold && zeros[3] == 0) {
            return UTF_32BE;
        }
        if (zeros[1] > threshold && zeros[2] > threshold && zeros[3] > threshold && zeros[0] == 0) {
            return UTF_32LE;
        }
        if (zeros[0] + zeros[2] > threshold * 2 && zeros[1] + zeros[3] == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (zeros[1] + zeros[3] > threshold * 2 && zeros[0] + zeros[2] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset the labels and bytes agree on, or {@code null} for UTF-8 mixed with windows-1252 bytes. */
    private static Charset byLabels(byte[] body, String declared, String http, List<String> warnings) {
        boolean validUtf8 = isValidUtf8(body);
        List<String> labels = new ArrayList<>(2);
        if (declared != null) {
            labels.add(declared);
        }
        if (http != null) {
            labels.add(http);
        }
        for (String label : labels) {
            Charset c = lookup(label);
            if (c == null) {
                warnings.add("unknown charset '" + label + "' ignored");
            } else if (c.equals(StandardCharsets.UTF_8)) {
                if (validUtf8) {
                    return c;
                }
                warnings.add("labelled " + label + " but not valid UTF-8");
            } else if (isLatin(c)) {
                if (validUtf8 && hasMultiByte(body)) {
                    warnings.add("labelled " + label + " but the bytes are UTF-8; decoded as UTF-8");
                    return StandardCharsets.UTF_8;
                }
                return WINDOWS_1252;
            } else if (isWide(c)) {
                warnings.add("labelled " + label + " but the bytes are not " + c.name() + "; label ignored");
            } else {
                return c;
            }
        }
        if (validUtf8) {
            return StandardCharsets.UTF_8;
        }
        if (countMultiByte(body) > 0) {
            warnings.add("UTF-8 mixed with single-byte characters; invalid bytes decoded as windows-1252");
            return null;
        }
        warnings.add("not valid UTF-8 and no usable charset label; decoded as windows-1252");
        return WINDOWS_1252;
    }

    private static String declaredEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECL_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static Charset lookup(String label) {
        try {
            return Charset.forName(label.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("WINDOWS-1252");
    }

    private static boolean isWide(Charset c) {
        return c.name().toUpperCase(Locale.ROOT).startsWith("UTF-16") || c.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The length of the valid UTF-8 multi-byte sequence starting at {@code i}, or 0. */
    private static int utf8Sequence(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min2 = lead == 0xE0 ? 0xA0 : 0x80;
            max2 = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min2 = lead == 0xF0 ? 0x90 : 0x80;
            max2 = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int countMultiByte(byte[] body) {
        int count = 0;
        for (int i = 0; i < body.length; i++) {
            int length = (body[i] & 0x80) == 0 ? 0 : utf8Sequence(body, i);
            if (length > 0) {
                count++;
                i += length - 1;
            }
        }
        return count;
    }

    private static String decodeMixed(byte[] body) {
        StringBuilder out = new StringBuilder(body.length);
        int i = 0;
        while (i < body.length) {
            if ((body[i] & 0x80) == 0) {
                out.append((char) body[i]);
                i++;
                continue;
            }
            int length = utf8Sequence(body, i);
            if (length > 0) {
                out.append(new String(body, i, length, StandardCharsets.UTF_8));
                i += length;
            } else {
                out.append(new String(body, i, 1, WINDOWS_1252));
                i++;
            }
        }
        return out.toString();
    }

    private static String decodeLeniently(byte[] body, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /** Drops a stray BOM, leading whitespace, and characters XML 1.0 does not allow. */
    private static String clean(String text, List<String> warnings) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\uFEFF' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        String body = text.substring(start);
        String stripped = XmlChars.strip(body);
        if (stripped.length() != body.length()) {
            warnings.add("removed " + (body.length() - stripped.length()) + " characters not allowed in XML");
        }
        return stripped;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
