package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkupTest {

    private static final Pattern SLACK_EMPHASIS = Pattern.compile("([*_~`])[^\u200B]");

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "' onmouseover='alert(1)",
            "Tom & Jerry &amp; co",
            "<!channel> <!here> <@U123> <#C123|general>",
            "*bold* _italic_ ~strike~ `code` ```block```",
            "<https://evil.example|Reuters>",
            "[click](javascript:alert(1)) **bold** # Heading"})
    void shouldLeaveNoActiveHtmlOrSlackMarkup(String hostile) {
        String html = Markup.html(hostile);
        assertFalse(html.contains("<") || html.contains(">") || html.contains("\"") || html.contains("'"),
                "HTML escaping leaves no tag or attribute delimiter: " + html);
        assertFalse(html.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&"), "every & is an entity: " + html);

        String slack = Markup.slack(hostile);
        assertFalse(slack.contains("<") || slack.contains(">"), "no Slack control sequence survives: " + slack);
        assertFalse(SLACK_EMPHASIS.matcher(slack).find(), "every emphasis marker is broken up: " + slack);

        String markdown = Markup.markdown(hostile);
        assertFalse(Pattern.compile("(?<!\\\\)[*_\\[\\]<>`~#]").matcher(markdown.replace("\\\\", "")).find(),
                "every Markdown marker is backslash-escaped: " + markdown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "- item; \\- item",
            "+ item; \\+ item",
            "12. item; 12\\. item",
            "3) item; 3\\) item",
            "a - b + c 1. d; a - b + c 1. d",
            "23,500 (+5,000); 23,500 (+5,000)",
            "[x](y); \\[x\\](y)"})
    void shouldEscapeOnlyWhatMarkdownWouldInterpret(String text, String expected) {
        assertEquals(expected, Markup.markdown(text), "markdown escaping of " + text);
    }

    @Test
    void shouldEscapeSlackControlCharacters() {
        assertEquals("&lt;!channel&gt; &amp; *\u200Bhi*\u200B", Markup.slack("<!channel> & *hi*"), "slack escaping");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://example.org/file",
            "//example.org/relative",
            "https://example.org/a b",
            "https://example.org/\"onmouseover=x",
            "https://example.org/a|b",
            "https://example.org/<x>",
            "not a url",
            ""})
    void shouldRefuseUnsafeLinks(String url) {
        assertEquals(Optional.empty(), Markup.safeUrl(url), "no link for '" + url + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.reuters.com/world/asia/x?a=1&b=2", "http://example.org/", "HTTPS://A.B/c"})
    void shouldAcceptHttpLinks(String url) {
        assertEquals(Optional.of(url), Markup.safeUrl(url), "link for '" + url + "'");
    }

    @Test
    void shouldTruncateWithAnEllipsisWithoutSplittingSurrogatePairs() {
        assertEquals("abcd\u2026", Markup.truncate("abcdefgh", 5), "cut to 5 characters");
        assertEquals("abcdefgh", Markup.truncate("abcdefgh", 8), "short text unchanged");
        String cut = Markup.truncate("abc\uD83D\uDE00defg", 5);
        assertTrue(cut.equals("abc\u2026"), "no lone surrogate at the cut: " + cut);
    }

    @Test
    void shouldFoldControlCharactersAndLineBreaksIntoSingleSpaces() {
        assertEquals("a b c d", Markup.singleLine("  a\r\n\tb\u0000c\u2029 d \n"), "single line");
    }
}
