package io.newswatch.app;

import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.processor.tagger.Tag;
import io.newswatch.processor.tagger.TagJson;
import io.newswatch.processor.tagger.TagLines;
import io.newswatch.processor.tagger.Tagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch tag FILE…}: tags plain text and prints one JSON object per tag, one per line;
 * with {@code --jsonl}, reads {@code {"id", "text", "published"}} lines and prints exactly one
 * {@code {"id", "tags"}} line per input. {@code -} reads standard input.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag troop figures and sanctions in text; prints JSON lines.")
public final class TagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "Input files hold JSON lines {id, text, published}; "
            + "print one {id, tags} line per input line.")
    boolean jsonl;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of plain-text input (dates past events).")
    LocalDate published;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; - for standard input.")
    List<String> files;

    private final Tagger tagger = new NewsTagger();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        for (String file : files) {
            try {
                if (jsonl) {
                    status |= tagLines(file, out, err);
                } else {
                    for (Tag tag : tagger.tag(read(file), published)) {
                        out.println(TagJson.line(tag));
                    }
                }
            } catch (IOException e) {
                err.println("newswatch tag: cannot read " + file + ": " + e.getMessage());
                status = 1;
            }
            out.flush();
        }
        return status;
    }

    private int tagLines(String file, PrintWriter out, PrintWriter err) throws IOException {
        TagLines lines = new TagLines(tagger);
        int[] status = {0};
        try (BufferedReader in = reader(file)) {
            NumberedLines.read(in, (number, line) -> {
                TagLines.Answer answer = lines.answer(line);
                out.println(answer.line());
                if (!answer.ok()) {
                    err.println("newswatch tag: " + file + ":" + number + ": " + answer.error());
                    status[0] = 1;
                }
            });
        }
        return status[0];
    }

    private String read(String file) throws IOException {
        if (file.equals("-")) {
            return new String(stdin().readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    private BufferedReader reader(String file) throws IOException {
        InputStream in = file.equals("-") ? stdin() : Files.newInputStream(Path.of(file));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static InputStream stdin() {
        return System.in;
    }
}
