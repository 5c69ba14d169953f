package io.newswatch.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpmlTest {

    static final Duration INTERVAL = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private static Opml parse(String xml, String base) throws IOException {
        return Opml.parse(xml.getBytes(StandardCharsets.UTF_8), URI.create(base), "subscriptions.opml", INTERVAL);
    }

    @Test
    void shouldFindFeedsInNestedFoldersInDocumentOrderOnce() throws IOException {
        Opml opml = parse("""
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Desk</title></head><body>
                  <outline text="Korea">
                    <outline text="Yonhap" title="Yonhap English" type="rss" xmlUrl="https://en.yna.example/rss/news.xml"/>
                    <outline text="Deeper"><outline text="Stripes" xmlUrl="https://stripes.example/feed"/></outline>
                  </outline>
                  <outline text="Wires" XMLURL="https://wire.example/atom"/>
                  <outline text="Yonhap again" xmlUrl="https://en.yna.example/rss/news.xml"/>
                  <outline text="Just a link" htmlUrl="https://blog.example/"/>
                </body></opml>""", "https://lists.example/desk.opml");

        assertEquals(List.of("https://en.yna.example/rss/news.xml", "https://stripes.example/feed", "https://wire.example/atom"),
                opml.feeds().stream().map(f -> f.url().toString()).toList());
        assertEquals(List.of("Yonhap English", "Stripes", "Wires"), opml.feeds().stream().map(FeedSource::name).toList());
        assertTrue(opml.feeds().stream().allMatch(f -> f.interval().equals(INTERVAL)), "every feed the given interval");
        assertEquals(List.of(), opml.problems());
    }

    @Test
    void shouldResolveRelativeXmlUrlsAgainstTheListsLocation() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("lists"));
        Path file = sub.resolve("local.opml");
        Files.writeString(file, """
                <opml version="1.0"><body>
                  <outline text="Beside" xmlUrl="feeds/korea.rss"/>
                  <outline text="Above" xmlUrl="../archive.xml"/>
                </body></opml>""");
        Opml local = Opml.read(file, INTERVAL);
        assertEquals(List.of(sub.resolve("feeds/korea.rss").toUri(), dir.resolve("archive.xml").toUri()),
                local.feeds().stream().map(FeedSource::url).toList());

        Opml remote = parse("<opml><body><outline text=\"r\" xmlUrl=\"/rss/all.xml\"/></body></opml>",
                "https://lists.example/desk/list.opml");
        assertEquals(URI.create("https://lists.example/rss/all.xml"), remote.feeds().get(0).url());
    }

    @Test
    void shouldSkipUnusableOutlinesNamingThemAndKeepTheRest() throws IOException {
        Opml opml = parse("""
                <opml><body>
                  <outline text="Script" xmlUrl="javascript:alert(1)"/>
                  <outline text="Good" xmlUrl="https://good.example/rss"/>
                </body></opml>""", "https://lists.example/l.opml");
        assertEquals(1, opml.feeds().size());
        assertEquals(1, opml.problems().size());
        assertTrue(opml.problems().get(0).contains("subscriptions.opml") && opml.problems().get(0).contains("Script"),
                opml.problems().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not xml at all",
            "<rss version=\"2.0\"><channel/></rss>",
            "<opml><body><outline text=\"x\" xmlUrl=\"https://a.example/\"></body>",
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>",
    })
    void shouldRefuseWhatIsNotAnOpmlListNamingTheInput(String xml) {
        IOException e = assertThrows(IOException.class, () -> parse(xml, "https://lists.example/l.opml"));
        assertTrue(e.getMessage().startsWith("OPML subscriptions.opml: "), e.getMessage());
    }

    @Test
    void shouldNameAMissingFile() {
        IOException e = assertThrows(IOException.class, () -> Opml.read(dir.resolve("none.opml"), INTERVAL));
        assertTrue(e.getMessage().contains("none.opml"), e.getMessage());
    }
}
