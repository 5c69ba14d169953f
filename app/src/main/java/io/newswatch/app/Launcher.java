package io.newswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the launcher script installed newswatch, for files that ship with it (the seeds). */
final class Launcher {

    /** Set by the {@code ./newswatch} launcher to the repository root. */
    static final String HOME_ENV = "NEWSWATCH_HOME";

    private Launcher() {
    }

    /** {@code path} as given when it exists or is absolute; else relative to NEWSWATCH_HOME when that has it. */
    static Path resolve(Path path) {
        if (path.isAbsolute() || Files.exists(path)) {
            return path;
        }
        String home = System.getenv(HOME_ENV);
        if (home != null && Files.exists(Path.of(home).resolve(path))) {
            return Path.of(home).resolve(path);
        }
        return path;
    }
}
