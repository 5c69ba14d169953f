package io.newswatch.ingest.feed;

/** Which characters XML 1.0 allows in a document. */
final class XmlChars {

    private XmlChars() {
    }

    /** Whether a single UTF-16 unit (not a surrogate) may appear in XML 1.0 text. */
    static boolean isAllowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    /** The text with every disallowed character (and unpaired surrogate) removed. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isAllowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
