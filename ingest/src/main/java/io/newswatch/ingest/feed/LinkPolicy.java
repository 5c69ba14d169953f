package io.newswatch.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which absolute links may become article links: http and https links with a host, and, only when an archive
 * root is set and the feed itself is a {@code file:}, files inside that root (normalized, symbolic links
 * followed, no {@code ..} escape). Everything else ({@code javascript:}, {@code data:}, {@code file:} elsewhere,
 * {@code vbscript:}, ...) is refused.
 */
public final class LinkPolicy {

    private final Path archiveRoot;

    /** @param archiveRoot the archive directory, or {@code null} to allow web links only */
    public LinkPolicy(Path archiveRoot) {
        this.archiveRoot = archiveRoot == null ? null : archiveRoot.toAbsolutePath().normalize();
    }

    /** Whether {@code link}, already resolved, may be kept for a feed read from {@code feedLocation}. */
    public boolean allows(URI link, URI feedLocation) {
        if (link == null || !link.isAbsolute() || link.isOpaque()) {
            return false;
        }
        String scheme = link.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return link.getHost() != null && !link.getHost().isEmpty();
        }
        return scheme.equals("file") && archiveRoot != null && feedLocation != null
                && "file".equalsIgnoreCase(feedLocation.getScheme()) && insideArchive(link);
    }

    private boolean insideArchive(URI link) {
        Path path;
        try {
            path = Path.of(link).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return false;
        }
        if (!path.startsWith(archiveRoot) || path.equals(archiveRoot)) {
            return false;
        }
        if (Files.exists(path)) {
            try {
                return path.toRealPath().startsWith(archiveRoot.toRealPath());
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
