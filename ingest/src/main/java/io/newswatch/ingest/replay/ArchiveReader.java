package io.newswatch.ingest.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.newswatch.ingest.feed.FeedEntry;
import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedLimits;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.feed.ParsedFeed;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Article;

/**
 * Reads archived feeds into articles for replay. A feed file is parsed by the same
 * {@link FeedParser} as live ingest; entries whose links point at article files inside the
 * archive's directory take their text from those files. A directory is read feed by feed.
 * Every problem is reported with the file it concerns, and the rest of the archive is still read.
 */
public final class ArchiveReader {

    /** Scheme-less URN prefix for articles that live in an archive rather than on the web. */
    public static final String ARCHIVE_URN = "urn:newswatch:archive:";

    private final Clock clock;
    private final List<String> problems = new ArrayList<>();

    public ArchiveReader(Clock clock) {
        this.clock = clock;
    }

    /** Problems met while reading, each naming its input. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The articles in {@code input} (a feed file or a directory of them), in publication order. */
    public List<ArchiveItem> read(Path input) throws IOException {
        Path path = input.toAbsolutePath().normalize();
        List<ArchiveItem> items = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(ArchiveReader::isFeedFile).sorted().toList()) {
                    items.addAll(readFeed(file, path));
                }
            }
        } else if (Files.isRegularFile(path)) {
            items.addAll(readFeed(path, path.getParent()));
        } else {
            throw new IOException(input + ": no such file or directory");
        }
        items.sort(Comparator.comparing((ArchiveItem i) -> i.article().getPublished())
                .thenComparing(i -> i.article().getId()));
        return items;
    }

    private List<ArchiveItem> readFeed(Path feed, Path root) throws IOException {
        ParsedFeed parsed;
        try {
            FeedLimits limits = FeedLimits.builder().archiveRoot(root).build();
            parsed = new FeedParser(limits).parse(Files.readAllBytes(feed), feed.toUri(), null);
        } catch (FeedException e) {
            problems.add(e.getMessage());
            return List.of();
        }
        List<ArchiveItem> items = new ArrayList<>();
        for (FeedEntry entry : parsed.entries()) {
            String origin = feed.getFileName() + " entry " + (entry.guid() != null ? entry.guid() : entry.title());
            if (entry.published() == null) {
                problems.add(origin + ": no publication date, not replayed");
                continue;
            }
            if (entry.link() == null || !"file".equals(entry.link().getScheme())) {
                problems.add(origin + ": no article file inside " + root + ", not replayed");
                continue;
            }
            Path file = Path.of(entry.link()).normalize();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                problems.add(origin + ": cannot read " + file + ": " + e.getMessage());
                continue;
            }
            String canonical = ARCHIVE_URN + root.relativize(file).toString().replace('\\', '/');
            items.add(new ArchiveItem(origin, Article.newBuilder()
                    .setId(Ids.of(canonical))
                    .setUrl(canonical)
                    .setCanonicalUrl(canonical)
                    .setGuid(entry.guid())
                    .setFeed(ARCHIVE_URN + root.relativize(feed).toString().replace('\\', '/'))
                    .setSource(entry.source())
                    .setTitle(entry.title())
                    .setText(text)
                    .setPublished(entry.published())
                    .setFetched(clock.instant())
                    .setContentHash(Ids.of(text))
                    .build()));
        }
        return items;
    }

    private static boolean isFeedFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".rss") || name.endsWith(".xml") || name.endsWith(".atom"));
    }


}
