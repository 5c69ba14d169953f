package io.newswatch.alerts.notify;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Escaping for every output format a channel renders. Article text is untrusted: it goes through
 * the escaper of the format it lands in, and links are only emitted for absolute http(s) URLs.
 */
public final class Markup {

    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private Markup() {
    }

    /** Text safe inside HTML element content and double- or single-quoted attribute values. */
    public static String html(String text) {
        return replace(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        });
    }

    /**
     * Text safe inside Slack mrkdwn: the control characters {@code & < >} become entities (so no
     * {@code <!channel>}, {@code <@user>} or {@code <url|label>} can be injected) and the emphasis
     * markers {@code * _ ~ `} are followed by a zero-width space so they cannot pair up into
     * formatting.
     */
    public static String slack(String text) {
        return replace(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '*', '_', '~', '`' -> c + ZERO_WIDTH_SPACE;
            default -> null;
        });
    }

    /** {@code text} with each character the replacer maps (non-null) replaced. */
    private static String replace(String text, Function<Character, String> replacer) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacer.apply(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }

    /**
     * Text safe inside Markdown as Microsoft Teams renders it in Adaptive Card text: line breaks
     * become spaces so no block structure can start inside the text, the inline markers
     * {@code \ ` * _ ~ [ ] < > #} are backslash-escaped everywhere (so no emphasis, link, image or
     * tag can form), and a leading {@code -}, {@code +} or {@code 1.} is escaped so the text cannot
     * become a list item.
     */
    public static String markdown(String text) {
        String line = singleLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean listMarker = (i == 0 && (c == '-' || c == '+')) || (i == digits && i > 0 && (c == '.' || c == ')'));
            if ("\\`*_~[]<>#".indexOf(c) >= 0 || listMarker) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** One line: CR, LF, tabs and other control characters become single spaces, ends trimmed. */
    public static String singleLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut. */
    public static String truncate(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive, was " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /**
     * The URL if it is an absolute http or https URL with a host and no characters that could
     * break out of a link in any format (whitespace, quotes, angle brackets, {@code |}); empty
     * otherwise, so {@code javascript:} and friends never become links.
     */
    public static Optional<String> safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '|' || c == '`' || c == 0x7F) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(url);
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
