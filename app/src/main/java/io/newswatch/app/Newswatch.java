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
                TagCommand.class,
                EvalCommand.class,
        })
public final class Newswatch implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests that run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Newswatch()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Newswatch.class.getPackage().getImplementationVersion();
            return new String[] {"newswatch " + (version == null ? "development build" : version)};
        }
    }
}
