package io.newswatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswatch} command line. */
@Command(name = "newswatch",
        mixinStandardHelpOptions = true,
        versionProvider = Newswatch.Version.class,
        description = "Streaming news monitoring: feeds in, shifts in reported troop figures and sanctions out.",
        subcommands = {
                CommandLine.HelpCommand.class,
                DemoCommand.class,
                BrokerCommand.class,
                ReplayCommand.class,
                ProcessCommand.class,
                AlertsCommand.class,
                BenchCommand.class,
                FeedCommand.class,
                TagCommand.class,
                EvalCommand.class,
                IngestCommand.class,
        })
public final class Newswatch implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests that run commands in-process. */
    public static CommandLine commandLine() {
        trustSchemaClasses();
        return new CommandLine(new Newswatch())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Newswatch::reportFailure);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Avro 1.12 instantiates only classes from trusted packages, and reads the list once, when it
     * first loads: set it before any record is built.
     */
    static void trustSchemaClasses() {
        String key = "org.apache.avro.SERIALIZABLE_PACKAGES";
        String trusted = System.getProperty(key);
        if (trusted == null || !trusted.contains("io.newswatch.schemas")) {
            System.setProperty(key, trusted == null || trusted.isBlank() ? "io.newswatch.schemas" : trusted + ",io.newswatch.schemas");
        }
    }

    /**
     * Bad configuration and bad input end in one line naming what was wrong, exit code 2; anything
     * else is a bug and keeps its stack trace.
     */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof IllegalArgumentException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("newswatch " + cmd.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof IllegalStateException) {
            cmd.getErr().println("newswatch " + cmd.getCommandName() + ": " + e.getMessage());
            e.printStackTrace(cmd.getErr());
            return 1;
        }
        throw new IllegalStateException(e);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Newswatch.class.getPackage().getImplementationVersion();
            return new String[] {"newswatch " + (version == null ? "development build" : version)};
        }
    }
}
