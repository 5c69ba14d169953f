package io.newswatch.alerts.notify;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Appends each alert as one {@link AlertJson} line to a file, created with its parent directories.
 *
 * @param file the file to append to
 */
public record JsonLinesSettings(Path file) implements ChannelSettings {

    public JsonLinesSettings {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public ChannelType type() {
        return ChannelType.JSONL;
    }
}
