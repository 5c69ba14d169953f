package io.newswatch.ingest.feed;

import org.jsoup.Jsoup;

/** Markup to clean, whitespace-normalized plain text (jsoup; scripts and styles contribute no text). */
public final class PlainText {

    private PlainText() {
    }

    /** Text of an HTML fragment; {@code null} gives the empty string. */
    public static String ofHtml(String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return ofText(html);
        }
        return ofText(Jsoup.parseBodyFragment(html).text());
    }

    /** Plain text with runs of whitespace collapsed and the ends trimmed; {@code null} gives the empty string. */
    public static String ofText(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\\u00A0]+", " ").trim();
    }
}
