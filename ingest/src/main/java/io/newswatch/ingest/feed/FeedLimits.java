package io.newswatch.ingest.feed;

import java.nio.file.Path;

/**
 * Bounds a {@link FeedParser} applies to every input.
 *
 * @param maxBytes            largest body accepted, in bytes
 * @param maxDepth            deepest element nesting accepted
 * @param maxEntityExpansions most entity references expanded in one document (internal DTD subset entities)
 * @param archiveRoot         when set, relative links of a {@code file:} feed are kept if they resolve to a file
 *                            inside this directory (local replay of an archive); {@code null} allows only http(s)
 * @param maxEntityChars      most characters all entity expansions together may produce
 */
public record FeedLimits(long maxBytes, int maxDepth, int maxEntityExpansions, Path archiveRoot, long maxEntityChars) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 128;
    /** Deeper documents are refused whatever the limits say: Rome and JDOM walk the tree recursively. */
    public static final int MAX_DEPTH_CEILING = 1_000;
    public static final int DEFAULT_MAX_ENTITY_EXPANSIONS = 10_000;
    public static final long DEFAULT_MAX_ENTITY_CHARS = 1_000_000;

    public FeedLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16) + ", was " + maxBytes);
        }
        if (maxDepth < 4 || maxDepth > MAX_DEPTH_CEILING) {
            throw new IllegalArgumentException("maxDepth must be in 4.." + MAX_DEPTH_CEILING + ", was " + maxDepth);
        }
        if (maxEntityExpansions < 1) {
            throw new IllegalArgumentException("maxEntityExpansions must be at least 1, was " + maxEntityExpansions);
        }
        if (maxEntityChars < 1) {
            throw new IllegalArgumentException("maxEntityChars must be at least 1, was " + maxEntityChars);
        }
        archiveRoot = archiveRoot == null ? null : archiveRoot.toAbsolutePath().normalize();
    }

    /** Limits with the default {@link #maxEntityChars()}. */
    public FeedLimits(long maxBytes, int maxDepth, int maxEntityExpansions, Path archiveRoot) {
        this(maxBytes, maxDepth, maxEntityExpansions, archiveRoot, DEFAULT_MAX_ENTITY_CHARS);
    }

    /** The defaults: 10 MiB, depth 128, 10,000 entity expansions producing at most 1,000,000 chars, no archive. */
    public static FeedLimits defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder().maxBytes(maxBytes).maxDepth(maxDepth).maxEntityExpansions(maxEntityExpansions)
                .maxEntityChars(maxEntityChars).archiveRoot(archiveRoot);
    }

    /** Builds {@link FeedLimits}; every setting starts at its default. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxEntityExpansions = DEFAULT_MAX_ENTITY_EXPANSIONS;
        private long maxEntityChars = DEFAULT_MAX_ENTITY_CHARS;
        private Path archiveRoot;

        private Builder() {
        }

        public Builder maxBytes(long value) {
            this.maxBytes = value;
            return this;
        }

        public Builder maxDepth(int value) {
            this.maxDepth = value;
            return this;
        }

        public Builder maxEntityExpansions(int value) {
            this.maxEntityExpansions = value;
            return this;
        }

        public Builder maxEntityChars(long value) {
            this.maxEntityChars = value;
            return this;
        }

        public Builder archiveRoot(Path value) {
            this.archiveRoot = value;
            return this;
        }

        public FeedLimits build() {
            return new FeedLimits(maxBytes, maxDepth, maxEntityExpansions, archiveRoot, maxEntityChars);
        }
    }
}
