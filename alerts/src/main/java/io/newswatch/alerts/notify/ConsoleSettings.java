package io.newswatch.alerts.notify;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints the readable multi-line form of each alert.
 *
 * @param out the stream to print to
 */
public record ConsoleSettings(PrintStream out) implements ChannelSettings {

    public ConsoleSettings {
        Objects.requireNonNull(out, "out");
    }

    /** Console settings printing to standard output. */
    public static ConsoleSettings stdout() {
        return new ConsoleSettings(System.out);
    }

    @Override
    public ChannelType type() {
        return ChannelType.CONSOLE;
    }
}
