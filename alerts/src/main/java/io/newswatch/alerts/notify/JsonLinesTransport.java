package io.newswatch.alerts.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.newswatch.schemas.Alert;

/** Appends each alert as one {@link AlertJson} line; I/O errors are retried by the worker. */
final class JsonLinesTransport implements Transport {

    private final Path file;
    private final AlertJson json;

    JsonLinesTransport(JsonLinesSettings settings, AlertJson json) {
        this.file = settings.file();
        this.json = json;
    }

    @Override
    public DeliveryOutcome deliver(Alert alert) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, json.write(alert) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return new DeliveryOutcome.Delivered("appended to " + file);
    }
}
