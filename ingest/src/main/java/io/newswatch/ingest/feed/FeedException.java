package io.newswatch.ingest.feed;

import java.net.URI;

/**
 * A feed that could not be parsed. The message always names the input (its location) and the reason, so a
 * single line on stderr or in a dead-letter record is enough to act on.
 */
public final class FeedException extends Exception {

    private final URI location;
    private final String reason;

    public FeedException(URI location, String reason) {
        this(location, reason, null);
    }

    public FeedException(URI location, String reason, Throwable cause) {
        super("feed " + location + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    /** For an input that is not even a usable location (a malformed URL, a missing file name). */
    public FeedException(String input, String reason) {
        this(input, reason, null);
    }

    /** Names the input as the user gave it (a file name), for a failure whose cause has the resolved location. */
    public FeedException(String input, String reason, Throwable cause) {
        super("feed " + input + ": " + reason, cause);
        this.location = cause instanceof FeedException f ? f.location() : null;
        this.reason = reason;
    }

    /** Where the feed came from, or {@code null} when the input was not a usable location. */
    public URI location() {
        return location;
    }

    /** Why it could not be parsed, without the location. */
    public String reason() {
        return reason;
    }
}
