package io.newswatch.app;

import io.newswatch.processor.tagger.Evaluation;
import io.newswatch.processor.tagger.Excerpt;
import io.newswatch.processor.tagger.NewsTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch eval FILE.jsonl}: scores the tagger on a labelled file by LABELS.md's rules and
 * prints precision, recall and F1 for troops and sanctions and attribute accuracy; {@code -v}
 * prints every miss. A line that is not a labelled excerpt is reported and skipped.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the tagger on a labelled JSON-lines file (LABELS.md scoring).")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Print every missed, false or mis-attributed tag.")
    boolean verbose;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "Labelled excerpts, one JSON object a line.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Excerpt> excerpts = new ArrayList<>();
        int[] bad = {0};
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            NumberedLines.read(in, (number, line) -> {
                try {
                    excerpts.add(Excerpt.parse(line));
                } catch (IllegalArgumentException e) {
                    err.println("newswatch eval: " + file + ":" + number + ": " + e.getMessage());
                    bad[0]++;
                }
            });
        } catch (IOException e) {
            err.println("newswatch eval: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Evaluation ev = Evaluation.run(new NewsTagger(), excerpts);
        out.println(excerpts.size() + " excerpts" + (bad[0] > 0 ? " (" + bad[0] + " unreadable lines skipped)" : ""));
        out.print(ev.report());
        if (verbose) {
            ev.misses().forEach(out::println);
        }
        out.flush();
        return bad[0] > 0 ? 1 : 0;
    }
}
