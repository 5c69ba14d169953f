package io.newswatch.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.newswatch.ingest.article.ArticleExtractor;
import io.newswatch.ingest.article.CanonicalUrl;
import io.newswatch.ingest.article.ExtractedArticle;
import io.newswatch.ingest.feed.FeedEntry;
import io.newswatch.ingest.feed.FeedException;
import io.newswatch.ingest.feed.FeedLimits;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.feed.ParsedFeed;
import io.newswatch.ingest.poll.FeedSource;
import io.newswatch.ingest.poll.Opml;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Article;

/**
 * Reads an archive into articles for replay. An input is a file or a directory (read recursively, in name order)
 * mixing these kinds, told apart by their extension:
 * <ul>
 * <li>feed files ({@code .rss}, {@code .xml}, {@code .atom}), parsed by the same {@link FeedParser} as live
 *     ingest; entries whose links point at article files inside the archive take their text from those files;</li>
 * <li>OPML lists ({@code .opml}) whose {@code xmlUrl}s name local feed files (relative to the list), read as
 *     feed files;</li>
 * <li>saved HTML pages ({@code .html}, {@code .htm}, {@code .xhtml}): the main text by {@link ArticleExtractor},
 *     the date from the page's meta tags;</li>
 * <li>plain-text articles ({@code .txt}), dated by a header block or a sidecar file ({@link ArchiveMeta} describes
 *     both).</li>
 * </ul>
 * Article files a feed links to are read through that feed only, never again on their own; sidecars are not
 * articles. An article of a feed, or one without a URL, has the id {@code Ids.of("urn:newswatch:archive:" +
 * relative path)}; a page or text file that names its URL (canonical link, {@code url:} header or sidecar) has
 * the id of that canonical URL, as live ingest would give it. So the same input always gives the same articles
 * with the same ids. Every problem is reported with the file it concerns, and the rest of the archive is still
 * read.
 */
public final class ArchiveReader {

    /** Scheme-less URN prefix for articles that live in an archive rather than on the web. */
    public static final String ARCHIVE_URN = "urn:newswatch:archive:";

    private enum Kind { FEED, OPML, PAGE, TEXT, OTHER }

    private final Clock clock;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final List<String> problems = new ArrayList<>();

    public ArchiveReader(Clock clock) {
        this.clock = clock;
    }

    /** Problems met while reading, each naming its input. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The articles in {@code input} (a file of a kind above, or a directory of them), in publication order. */
    public List<ArchiveItem> read(Path input) throws IOException {
        Path path = input.toAbsolutePath().normalize();
        List<Path> files;
        Path root;
        if (Files.isDirectory(path)) {
            root = path;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !root.relativize(p).toString().startsWith("."))
                        .sorted().toList();
            }
        } else if (Files.isRegularFile(path)) {
            root = path.getParent();
            files = List.of(path);
            if (kind(path) == Kind.OTHER) {
                problems.add(input + ": not a feed, OPML list, HTML page or .txt article; not replayed");
            }
        } else {
            throw new IOException(input + ": no such file or directory");
        }
        Map<String, ArchiveItem> byId = new LinkedHashMap<>();
        Set<Path> linked = new HashSet<>();
        Set<Path> feedsRead = new HashSet<>();
        for (Path file : files) {
            if (kind(file) == Kind.FEED && feedsRead.add(file)) {
                add(byId, readFeed(file, root, linked));
            } else if (kind(file) == Kind.OPML) {
                add(byId, readOpml(file, feedsRead, linked));
            }
        }
        for (Path file : files) {
            if (linked.contains(file)) {
                continue;
            }
            Kind kind = kind(file);
            if (kind == Kind.PAGE || kind == Kind.TEXT) {
                ArchiveItem item = readArticleFile(file, root, kind);
                if (item != null) {
                    add(byId, List.of(item));
                }
            }
        }
        List<ArchiveItem> items = new ArrayList<>(byId.values());
        items.sort(Comparator.comparing((ArchiveItem i) -> i.article().getPublished())
                .thenComparing(i -> i.article().getId()));
        return items;
    }

    private static void add(Map<String, ArchiveItem> byId, List<ArchiveItem> items) {
        items.forEach(i -> byId.putIfAbsent(i.article().getId(), i));
    }

    private static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".meta") || name.endsWith(".meta.json")) {
            return Kind.OTHER;
        }
        if (name.endsWith(".rss") || name.endsWith(".xml") || name.endsWith(".atom")) {
            return Kind.FEED;
        }
        if (name.endsWith(".opml")) {
            return Kind.OPML;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Kind.PAGE;
        }
        return name.endsWith(".txt") ? Kind.TEXT : Kind.OTHER;
    }

    private List<ArchiveItem> readOpml(Path file, Set<Path> feedsRead, Set<Path> linked) {
        Opml opml;
        try {
            opml = Opml.read(file, Duration.ofMinutes(5));
        } catch (IOException e) {
            problems.add(e.getMessage());
            return List.of();
        }
        problems.addAll(opml.problems());
        Path listDir = file.getParent();
        List<ArchiveItem> items = new ArrayList<>();
        for (FeedSource feed : opml.feeds()) {
            if (!"file".equals(feed.url().getScheme())) {
                problems.add("OPML " + file.getFileName() + ": " + feed.url() + " is not a local feed file; not replayed");
                continue;
            }
            Path feedFile = Path.of(feed.url()).normalize();
            if (!Files.isRegularFile(feedFile)) {
                problems.add("OPML " + file.getFileName() + ": feed file " + feedFile + " does not exist");
                continue;
            }
            if (feedsRead.add(feedFile)) {
                items.addAll(readFeed(feedFile, feedFile.startsWith(listDir) ? listDir : feedFile.getParent(), linked));
            }
        }
        return items;
    }

    /** A saved page or text article on its own, or {@code null} (with a problem) when it cannot be replayed. */
    private ArchiveItem readArticleFile(Path file, Path root, Kind kind) {
        String relative = relative(root, file);
        try {
            ArchiveMeta meta = ArchiveMeta.NONE;
            String text;
            String title = null;
            URI canonical = null;
            if (kind == Kind.PAGE) {
                ExtractedArticle page = extractor.extract(Files.readAllBytes(file), null, file.toUri());
                text = page.text();
                title = page.title().isBlank() ? null : page.title();
                canonical = page.canonical() != null ? CanonicalUrl.of(page.canonical()) : null;
                meta = new ArchiveMeta(page.published(), null, null, null);
            } else {
                ArchiveMeta.Headed headed = ArchiveMeta.header(Files.readString(file, StandardCharsets.UTF_8));
                meta = headed.meta();
                text = headed.body();
            }
            meta = meta.overriddenBy(ArchiveMeta.sidecar(file));
            text = text.strip();
            if (meta.url() != null) {
                URI given = CanonicalUrl.of(meta.url());
                if (given == null) {
                    problems.add(relative + ": url '" + meta.url() + "' is not an http(s) URL; ignored");
                } else {
                    canonical = given;
                }
            }
            if (text.isEmpty()) {
                problems.add(relative + ": no article text; not replayed");
                return null;
            }
            if (meta.published() == null) {
                problems.add(relative + ": no publication date (give a 'date:' header, a sidecar or, for a page, "
                        + "a published-time meta tag); not replayed");
                return null;
            }
            String urn = ARCHIVE_URN + relative;
            String canonicalText = canonical != null ? canonical.toString() : urn;
            return new ArchiveItem(relative, Article.newBuilder()
                    .setId(Ids.of(canonicalText))
                    .setUrl(urn)
                    .setCanonicalUrl(canonicalText)
                    .setFeed(null)
                    .setSource(meta.source())
                    .setTitle(meta.title() != null ? meta.title() : title)
                    .setText(text)
                    .setPublished(meta.published())
                    .setFetched(clock.instant())
                    .setContentHash(Ids.of(text))
                    .build());
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(relative + ": " + e.getMessage() + "; not replayed");
            return null;
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private List<ArchiveItem> readFeed(Path feed, Path root, Set<Path> linked) {
        ParsedFeed parsed;
        try {
            FeedLimits limits = FeedLimits.builder().archiveRoot(root).build();
            parsed = new FeedParser(limits).parse(Files.readAllBytes(feed), feed.toUri(), null);
        } catch (FeedException e) {
            problems.add(e.getMessage());
            return List.of();
        } catch (IOException e) {
            problems.add(feed + ": cannot be read: " + e.getMessage());
            return List.of();
        }
        List<ArchiveItem> items = new ArrayList<>();
        for (FeedEntry entry : parsed.entries()) {
            String origin = feed.getFileName() + " entry " + (entry.guid() != null ? entry.guid() : entry.title());
            if (entry.link() != null && "file".equals(entry.link().getScheme())) {
                linked.add(Path.of(entry.link()).normalize());
            }
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
                text = ArchiveMeta.header(Files.readString(file, StandardCharsets.UTF_8)).body().strip();
            } catch (IOException | IllegalArgumentException e) {
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
}
