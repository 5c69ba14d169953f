package io.newswatch.app;

import java.io.BufferedReader;
import java.io.IOException;

/** Reads the non-blank lines of a JSON-lines input with their 1-based line numbers. */
final class NumberedLines {

    /** What to do with one non-blank line. */
    @FunctionalInterface
    interface Handler {
        void line(int number, String line);
    }

    private NumberedLines() {
    }

    static void read(BufferedReader in, Handler handler) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                handler.line(number, line);
            }
        }
    }
}
