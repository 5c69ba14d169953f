package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Why FeedParser builds the document itself: Rome 2.1's own reader refuses every DOCTYPE (so real RSS 0.91
 * feeds with the Netscape DOCTYPE fail), while FeedParser accepts the DOCTYPE without reading the DTD.
 */
class RomeDoctypeTest {

    private static final String NETSCAPE = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
            + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
            + "<rss version=\"0.91\"><channel><title>N</title><link>http://n.example/</link><description>d</description>"
            + "<item><title>Item</title><link>http://n.example/1</link></item></channel></rss>";

    @Test
    void shouldShowThatRomesOwnReaderRejectsTheNetscapeDoctype() {
        assertThrows(com.rometools.rome.io.FeedException.class, () -> new SyndFeedInput().build(new StringReader(NETSCAPE)));
    }

    @Test
    void shouldParseTheNetscapeDoctypeFeed() throws Exception {
        ParsedFeed feed = new FeedParser().parse(NETSCAPE.getBytes(StandardCharsets.UTF_8),
                URI.create("http://n.example/rss091.xml"), null);

        assertEquals(1, feed.entries().size());
        assertEquals(URI.create("http://n.example/1"), feed.entries().get(0).link());
    }
}
