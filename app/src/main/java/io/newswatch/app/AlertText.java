package io.newswatch.app;

import io.newswatch.alerts.notify.AlertFormatter;
import io.newswatch.schemas.Alert;

/** The console form of an alert, as the console channel prints it. */
final class AlertText {

    private static final AlertFormatter FORMATTER = new AlertFormatter();

    private AlertText() {
    }

    static String render(Alert alert) {
        return FORMATTER.plainText(FORMATTER.format(alert));
    }
}
