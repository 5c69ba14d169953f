package io.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.newswatch.schemas.Article;
import io.newswatch.schemas.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Archives of every kind the replay reads, written into a temporary directory. */
class ArchiveReaderTest {

    static final Path SEEDS = Path.of("..", "seeds");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    static final String BODY = "About 28,500 U.S. troops are stationed in South Korea, officials said on Friday.";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static String page(String canonical, String published, String text) {
        return "<!DOCTYPE html><html><head><title>Saved page</title>"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><nav>Home | World | Asia and all the rest of the menu entries</nav>"
                + "<article><p>" + text + "</p></article></body></html>";
    }

    @Test
    void shouldReadATextFileWithAHeaderBlock() throws IOException {
        Path file = write("story.txt", """
                date: 2018-05-03
                source: The Washington Times
                title: Pentagon told to prepare options
                author: ignored

                WASHINGTON: President Donald Trump has ordered the Pentagon to prepare options.
                Second line: it has a colon but is text.""");
        ArchiveReader reader = new ArchiveReader(CLOCK);
        List<ArchiveItem> items = reader.read(file);

        assertEquals(List.of(), reader.problems());
        Article a = items.get(0).article();
        assertEquals(Instant.parse("2018-05-03T00:00:00Z"), a.getPublished(), "a date alone is midnight UTC");
        assertEquals("The Washington Times", a.getSource());
        assertEquals("Pentagon told to prepare options", a.getTitle());
        assertEquals("WASHINGTON: President Donald Trump has ordered the Pentagon to prepare options.\n"
                + "Second line: it has a colon but is text.", a.getText(), "the header is not text");
        assertEquals(Ids.of("urn:newswatch:archive:story.txt"), a.getId(), "no URL: id from the archive path");
    }

    @Test
    void shouldTakeDateAndSourceFromASidecarOverTheHeader() throws IOException {
        write("a.txt", "date: 2001-01-01\n\n" + BODY);
        write("a.txt.meta", "date: 2025-05-23T09:15:00+09:00\nsource: Yonhap\nurl: https://EN.yna.example/a?utm_source=x\n");
        write("b.txt", BODY.replace("28,500", "28,000"));
        write("b.meta.json", "{\"published\": \"Fri, 23 May 2025 12:00:00 GMT\", \"source\": \"Stripes\", \"title\": \"B\"}");
        ArchiveReader reader = new ArchiveReader(CLOCK);
        List<ArchiveItem> items = reader.read(dir);

        assertEquals(List.of(), reader.problems(), "sidecars are not articles of their own");
        assertEquals(2, items.size());
        Article a = items.get(0).article();
        assertEquals(Instant.parse("2025-05-23T00:15:00Z"), a.getPublished(), "the sidecar's date wins");
        assertEquals("Yonhap", a.getSource());
        assertEquals("https://en.yna.example/a", a.getCanonicalUrl(), "canonical form of the url");
        assertEquals(Ids.of("https://en.yna.example/a"), a.getId(), "a named URL gives the live id");
        Article b = items.get(1).article();
        assertEquals(Instant.parse("2025-05-23T12:00:00Z"), b.getPublished());
        assertEquals("Stripes", b.getSource());
        assertEquals("B", b.getTitle());
    }

    @Test
    void shouldExtractASavedHtmlPageWithItsMetaDateAndCanonicalLink() throws IOException {
        write("saved/page.html", page("https://news.example/world/troops?utm_medium=x", "2025-05-23T09:15:00+09:00", BODY));
        ArchiveReader reader = new ArchiveReader(CLOCK);
        List<ArchiveItem> items = reader.read(dir);

        assertEquals(List.of(), reader.problems());
        Article a = items.get(0).article();
        assertEquals(BODY, a.getText(), "main text without the menu");
        assertEquals(Instant.parse("2025-05-23T00:15:00Z"), a.getPublished());
        assertEquals("https://news.example/world/troops", a.getCanonicalUrl());
        assertEquals("urn:newswatch:archive:saved/page.html", a.getUrl());
        assertEquals("Saved page", a.getTitle());
    }

    @Test
    void shouldReadAMixedDirectoryOnceEachInPublicationOrder() throws IOException {
        for (String name : List.of("seeds.rss", "000_dc611732de9b23bb.txt", "001_6a66de03a92d95d0.txt",
                "002_4e60ce3ae991eb2a.txt")) {
            Files.copy(SEEDS.resolve(name), Files.createDirectories(dir.resolve("feeds")).resolve(name));
        }
        write("list.opml", "<opml><body><outline text=\"seeds\" xmlUrl=\"feeds/seeds.rss\"/>"
                + "<outline text=\"web\" xmlUrl=\"https://web.example/rss\"/></body></opml>");
        write("pages/p.htm", page(null, "2020-06-01T00:00:00Z", BODY));
        write("notes/n.txt", "date: 2019-01-01\nsource: desk\n\n" + BODY.replace("28,500", "29,000"));
        write("notes/undated.txt", BODY.replace("28,500", "1"));
        write("README.md", "not an article");
        ArchiveReader reader = new ArchiveReader(CLOCK);
        List<ArchiveItem> items = reader.read(dir);

        assertEquals(List.of("2018-05-03T12:00:00Z", "2019-01-01T00:00:00Z", "2019-02-21T12:00:00Z",
                        "2020-06-01T00:00:00Z", "2025-05-23T12:00:00Z"),
                items.stream().map(i -> i.article().getPublished().toString()).toList(),
                "3 seeds (feed read once though listed twice, its files not again), the note and the page");
        assertEquals(2, reader.problems().size(), "the web feed of the list and the undated note: " + reader.problems());
        assertTrue(reader.problems().stream().anyMatch(p -> p.contains("notes/undated.txt") && p.contains("no publication date")),
                reader.problems().toString());
        assertTrue(reader.problems().stream().anyMatch(p -> p.contains("https://web.example/rss")), reader.problems().toString());
    }

    @Test
    void shouldGiveTheSameRecordsWithTheSameIdsEveryTime() throws IOException {
        write("x.txt", "date: 2019-01-01\n\n" + BODY);
        write("y.html", page("https://news.example/y", "2020-01-01T00:00:00Z", BODY.replace("28,500", "27,000")));
        Files.copy(SEEDS.resolve("seeds.rss"), dir.resolve("seeds.rss"));
        for (String name : List.of("000_dc611732de9b23bb.txt", "001_6a66de03a92d95d0.txt", "002_4e60ce3ae991eb2a.txt")) {
            Files.copy(SEEDS.resolve(name), dir.resolve(name));
        }
        List<Article> first = new ArchiveReader(CLOCK).read(dir).stream().map(ArchiveItem::article).toList();
        List<Article> second = new ArchiveReader(CLOCK).read(dir.resolve(".").resolve("..").resolve(dir.getFileName()))
                .stream().map(ArchiveItem::article).toList();

        assertEquals(5, first.size());
        assertEquals(first, second, "equal records, ids included, however the directory is named");
        assertEquals(5, first.stream().map(Article::getId).distinct().count(), "distinct ids");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-date.txt|date: someday\\n\\ntext of the story here|date 'someday' is not understood",
            "empty.txt|date: 2019-01-01\\n\\n   |no article text",
            "nodate.html|<html><body><article><p>A page without any date, long enough to count as text.</p></article></body></html>|no publication date",
    })
    void shouldNameTheFileAndTheReasonAndKeepReading(String name, String content, String reason) throws IOException {
        write(name, content.replace("\\n", "\n"));
        write("good.txt", "date: 2019-01-01\n\n" + BODY);
        ArchiveReader reader = new ArchiveReader(CLOCK);
        List<ArchiveItem> items = reader.read(dir);

        assertEquals(1, items.size(), "the good file is still read");
        assertEquals(1, reader.problems().size(), reader.problems().toString());
        assertTrue(reader.problems().get(0).startsWith(name + ": ") && reader.problems().get(0).contains(reason),
                reader.problems().get(0));
    }

    @Test
    void shouldNameABrokenJsonSidecar() throws IOException {
        write("s.txt", "date: 2019-01-01\n\n" + BODY);
        write("s.meta.json", "{not json");
        ArchiveReader reader = new ArchiveReader(CLOCK);
        assertEquals(List.of(), reader.read(dir));
        assertTrue(reader.problems().get(0).contains("s.meta.json"), reader.problems().toString());
    }

    @Test
    void shouldLeaveTextWithoutAHeaderWhole() {
        ArchiveMeta.Headed h = ArchiveMeta.header("WASHINGTON: troops\n\nmore");
        assertNull(h.meta().published());
        assertEquals("WASHINGTON: troops\n\nmore", h.body(), "an unknown first key is text, not a header");
    }
}
