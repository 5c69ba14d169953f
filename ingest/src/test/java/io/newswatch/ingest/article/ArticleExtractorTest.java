package io.newswatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final URI PAGE = URI.create("https://www.example-times.com/world/asia/seoul-troops/?utm_source=twitter");
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldKeepTheMainTextBlockInOrder() throws IOException {
        ExtractedArticle article = extractor.extract(page(), PAGE);

        String[] paragraphs = article.text().split("\n\n");
        assertEquals(3, paragraphs.length, article.text());
        assertTrue(paragraphs[0].startsWith("South Korea's defense ministry said on Friday"), paragraphs[0]);
        assertTrue(paragraphs[1].startsWith("About 28,500 U.S. troops"), paragraphs[1]);
        assertTrue(paragraphs[2].endsWith("security policy is a major issue."), paragraphs[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACKING SCRIPT", "STYLE TEXT", "HIDDEN COMMENT", "Share on Facebook", "cookies", "Most read",
            "Related:", "Copyright", "aside box", "Home"})
    void shouldDropBoilerplate(String boilerplate) throws IOException {
        ExtractedArticle article = extractor.extract(page(), PAGE);

        assertFalse(article.text().contains(boilerplate), "no '" + boilerplate + "' in: " + article.text());
    }

    @Test
    void shouldReadTitleCanonicalAndPublishedFromTheHead() throws IOException {
        ExtractedArticle article = extractor.extract(page(), PAGE);

        assertEquals("Seoul says no talks held on U.S. troop withdrawal", article.title());
        assertEquals(URI.create("https://www.example-times.com/world/asia/seoul-troops/?a=1&b=2"), article.canonical());
        assertEquals(Instant.parse("2025-05-23T00:15:00Z"), article.published());
    }

    @Test
    void shouldJoinAStorySplitOverSiblingContainers() {
        String html = "<html><body><div id=\"story\">"
                + "<div class=\"part\"><p>First part of the story, with enough words to count as a paragraph.</p></div>"
                + "<div class=\"part\"><p>Second part, also long enough, continues the story as written.</p>"
                + "<p>Third paragraph closes the second part of the story for readers.</p></div>"
                + "<div class=\"links\"><a href=\"/x\">A link list that is not part of the story at all, really.</a></div>"
                + "</div></body></html>";

        ExtractedArticle article = extractor.extract(html, URI.create("https://x.example/a"));

        assertEquals("First part of the story, with enough words to count as a paragraph.\n\n"
                + "Second part, also long enough, continues the story as written.\n\n"
                + "Third paragraph closes the second part of the story for readers.", article.text());
    }

    @Test
    void shouldFallBackToTheTitleElementAndJsonLd() {
        String html = "<html><head><title> Plain title </title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-02-21T08:00:00-05:00\"}</script></head>"
                + "<body><div><p>Just one paragraph of text that is long enough to count as content.</p></div></body></html>";

        ExtractedArticle article = extractor.extract(html, URI.create("https://x.example/a"));

        assertEquals("Plain title", article.title());
        assertNull(article.canonical());
        assertEquals(Instant.parse("2019-02-21T13:00:00Z"), article.published());
        assertEquals("Just one paragraph of text that is long enough to count as content.", article.text());
    }

    @Test
    void shouldDecodePageBytesByHttpCharsetOrMeta() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body>"
                + "<p>Le caf\u00e9 est ouvert, dit le minist\u00e8re de la D\u00e9fense.</p></body></html>";
        byte[] latin = html.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] utf8 = html.replace("windows-1252", "utf-8").getBytes(StandardCharsets.UTF_8);

        assertEquals("Café", extractor.extract(latin, "text/html", PAGE).title(), "meta charset");
        assertEquals("Café", extractor.extract(latin, "text/html; charset=ISO-8859-1", PAGE).title(), "HTTP charset");
        assertEquals("Le café est ouvert, dit le ministère de la Défense.",
                extractor.extract(utf8, "text/html", PAGE).text());
    }

    @Test
    void shouldNotFailOnEmptyOrBrokenMarkup() {
        assertEquals("", extractor.extract("", URI.create("https://x.example/")).text());
        assertEquals("text <", extractor.extract("<div>text <", URI.create("https://x.example/")).text());
        assertEquals("", extractor.extract(null, null).title());
    }

    private static String page() throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/articles/news-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
