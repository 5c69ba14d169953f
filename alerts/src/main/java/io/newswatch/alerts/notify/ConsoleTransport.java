package io.newswatch.alerts.notify;

import java.io.PrintStream;

import io.newswatch.schemas.Alert;

/** Prints the readable multi-line form of each alert, followed by a blank line. */
final class ConsoleTransport implements Transport {

    private final PrintStream out;
    private final AlertFormatter formatter;

    ConsoleTransport(ConsoleSettings settings, AlertFormatter formatter) {
        this.out = settings.out();
        this.formatter = formatter;
    }

    @Override
    public DeliveryOutcome deliver(Alert alert) {
        String text = formatter.plainText(formatter.format(alert));
        synchronized (out) {
            out.print(text);
            out.println();
            out.flush();
        }
        if (out.checkError()) {
            return DeliveryOutcome.Retry.after("console stream reported an error");
        }
        return new DeliveryOutcome.Delivered("printed");
    }
}
