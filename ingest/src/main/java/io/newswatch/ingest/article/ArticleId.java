package io.newswatch.ingest.article;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.newswatch.schemas.Ids;

/**
 * A stable identity key of an article. Three kinds, each a SHA-256 in hex behind a kind prefix:
 * {@code url:} of the {@link CanonicalUrl canonical URL}, {@code guid:} of the feed's GUID (scoped by the feed
 * unless the GUID is itself an http(s) URL), and {@code text:} of the normalized text (NFKC, lower case, letters
 * and digits only, single spaces), which finds the same story re-published under a new link or GUID.
 *
 * @param value the key, e.g. {@code url:9f86d0...}
 */
public record ArticleId(String value) {

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("(url|guid|text):[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an article id: " + value);
        }
    }

    /**
     * The key of a link, canonicalized first by {@link CanonicalUrl#ofLink}; {@code null} when it is neither an
     * http(s) URL nor a {@code file:} URI.
     */
    public static ArticleId ofUrl(URI url) {
        URI canonical = CanonicalUrl.ofLink(url);
        return canonical == null ? null : new ArticleId("url:" + sha256(canonical.toString()));
    }

    /** The key of a GUID within a feed; {@code null} for a blank GUID. */
    public static ArticleId ofGuid(URI feed, String guid) {
        if (guid == null || guid.isBlank()) {
            return null;
        }
        URI asUrl = CanonicalUrl.of(guid.trim());
        String scoped = asUrl != null ? asUrl.toString() : (feed == null ? "" : feed.toString()) + "\n" + guid.trim();
        return new ArticleId("guid:" + sha256(scoped));
    }

    /** The key of a text; {@code null} when the text has no letters or digits. */
    public static ArticleId ofText(String text) {
        String hash = contentHash(text);
        return hash == null ? null : new ArticleId("text:" + hash);
    }

    /** SHA-256 (hex) of the {@link #normalizeText normalized} text; {@code null} when it has no letters or digits. */
    public static String contentHash(String text) {
        String normalized = normalizeText(text);
        return normalized.isEmpty() ? null : sha256(normalized);
    }

    /**
     * Every key an article has, for {@link Deduplicator#see}: its canonical URL, its GUID within the feed, and
     * its text; absent parts are skipped.
     */
    public static List<ArticleId> keys(URI url, URI feed, String guid, String text) {
        List<ArticleId> keys = new ArrayList<>(3);
        for (ArticleId key : new ArticleId[] {ofUrl(url), ofGuid(feed, guid), ofText(text)}) {
            if (key != null) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /** NFKC, lower case, every run of non-letters/digits a single space, trimmed. */
    public static String normalizeText(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return nfkc.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    static String sha256(String text) {
        return Ids.sha256(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
