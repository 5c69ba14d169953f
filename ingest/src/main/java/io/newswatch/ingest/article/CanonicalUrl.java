package io.newswatch.ingest.article;

import io.newswatch.ingest.feed.UriText;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL, so that the same article reached through different links has one
 * identity: scheme and host lower-cased (IDN hosts in ASCII form, no trailing dot), default port dropped, user
 * info and fragment dropped, dot segments removed, an empty path made {@code /}, tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid} and the like) removed and the remaining parameters sorted.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
            "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "ocid",
            "cmpid", "ncid", "sr_share", "smid", "spm");

    private CanonicalUrl() {
    }

    /** The canonical form of an http(s) URL, or {@code null} for anything else (or unparseable text). */
    public static URI of(String url) {
        URI uri = UriText.parse(url);
        return uri == null ? null : of(uri);
    }

    /**
     * The canonical form of an article link: an http(s) URL as by {@link #of(URI)}, or a {@code file:} URI
     * (archive replay) normalized to its absolute path without query or fragment; {@code null} for anything else.
     * Use {@link #of(URI)} for links taken from web pages, which must never name local files.
     */
    public static URI ofLink(URI uri) {
        if (uri != null && "file".equalsIgnoreCase(uri.getScheme())) {
            try {
                return java.nio.file.Path.of(new URI("file", null, uri.getPath(), null, null)).normalize().toUri();
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return null;
            }
        }
        return of(uri);
    }

    /** The canonical form of an http(s) URL, or {@code null} for other schemes or a missing host. */
    public static URI of(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.isOpaque()) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!host.startsWith("[")) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = canonicalQuery(uri.getRawQuery());
        StringBuilder text = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            text.append(':').append(port);
        }
        text.append(path);
        if (query != null) {
            text.append('?').append(query);
        }
        try {
            return new URI(text.toString()).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        if (kept.isEmpty()) {
            return null;
        }
        kept.sort(Comparator.naturalOrder());
        return String.join("&", kept);
    }
}
