package io.newswatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://News.Example.COM/a/b                          | https://news.example.com/a/b",
            "https://news.example.com:443/a                        | https://news.example.com/a",
            "http://news.example.com:80/a                          | http://news.example.com/a",
            "http://news.example.com:8080/a                        | http://news.example.com:8080/a",
            "https://news.example.com                              | https://news.example.com/",
            "https://news.example.com./a                           | https://news.example.com/a",
            "https://news.example.com/a#section-2                  | https://news.example.com/a",
            "https://user:pw@news.example.com/a                    | https://news.example.com/a",
            "https://news.example.com/x/../a/./b                   | https://news.example.com/a/b",
            "https://news.example.com/a?utm_source=rss&utm_medium=feed | https://news.example.com/a",
            "https://news.example.com/a?b=2&fbclid=XYZ&a=1&gclid=Q | https://news.example.com/a?a=1&b=2",
            "https://news.example.com/a?UTM_Campaign=x&id=7&mc_cid=1 | https://news.example.com/a?id=7",
            "https://bücher.example/a                              | https://xn--bcher-kva.example/a",
            "https://news.example.com/a b                          | https://news.example.com/a%20b"})
    void shouldCanonicalize(String input, String expected) {
        assertEquals(URI.create(expected), CanonicalUrl.of(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "mailto:a@b.c", "/relative/path", "", "http://"})
    void shouldRefuseNonWebUrls(String input) {
        assertNull(CanonicalUrl.of(input));
    }

    @Test
    void shouldGiveOneIdToTheSameArticleReachedThroughDifferentLinks() {
        ArticleId plain = ArticleId.ofUrl(URI.create("https://news.example.com/a?id=7"));

        assertEquals(plain, ArticleId.ofUrl(URI.create("HTTPS://NEWS.example.com:443/a?utm_source=x&id=7#top")));
        assertNotEquals(plain, ArticleId.ofUrl(URI.create("https://news.example.com/a?id=8")));
    }

    @Test
    void shouldKeyArchiveFilesByTheirNormalizedPath() {
        URI file = URI.create("file:/work/seeds/x/../002_a.txt?q#f");

        assertEquals(URI.create("file:///work/seeds/002_a.txt"), CanonicalUrl.ofLink(file));
        assertEquals(ArticleId.ofUrl(URI.create("file:///work/seeds/002_a.txt")), ArticleId.ofUrl(file));
        assertNull(CanonicalUrl.of(file), "web canonicalization never accepts files");
    }

    @Test
    void shouldHashNormalizedText() {
        ArticleId id = ArticleId.ofText("Seoul:  NO talks held!\n");

        assertEquals(id, ArticleId.ofText("seoul no talks held"));
        assertEquals(id, ArticleId.ofText("ＳＥＯＵＬ — no   talks, held."), "NFKC folds full-width letters");
        assertEquals("text:", id.value().substring(0, 5));
        assertNull(ArticleId.ofText(" -- "));
        assertEquals(id.value().substring(5), ArticleId.contentHash("seoul no talks held"));
    }

    @Test
    void shouldScopeGuidsByFeedUnlessTheyAreUrls() {
        URI feedA = URI.create("https://a.example/feed");
        URI feedB = URI.create("https://b.example/feed");

        assertNotEquals(ArticleId.ofGuid(feedA, "1001"), ArticleId.ofGuid(feedB, "1001"));
        assertEquals(ArticleId.ofGuid(feedA, "https://news.example.com/a?utm_source=a"),
                ArticleId.ofGuid(feedB, "https://news.example.com/a"));
    }
}
