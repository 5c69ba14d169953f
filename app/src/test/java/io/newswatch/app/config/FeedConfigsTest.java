package io.newswatch.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.newswatch.ingest.poll.FeedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedConfigsTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadFeedsAndPollSettingsFromTheConfigFile() throws Exception {
        Path file = dir.resolve("feeds.properties");
        Files.writeString(file, """
                ingest.interval=10m
                ingest.quiet.after=PT12H
                ingest.failing.after=3
                ingest.allow=10.0.0.0/8, intranet.local
                feed.yonhap.url=https://en.yna.example/RSS/news.xml
                feed.stripes.url=https://stripes.example/feed
                feed.stripes.interval=PT30M
                """);
        IngestSettings s = ConfigLoader.load(file, Map.of(), Map.of()).ingest();

        assertEquals(List.of(
                        new FeedSource("stripes", URI.create("https://stripes.example/feed"), Duration.ofMinutes(30)),
                        new FeedSource("yonhap", URI.create("https://en.yna.example/RSS/news.xml"), Duration.ofMinutes(10))),
                s.feeds(), "in name order; the default interval where none is named");
        assertEquals(Duration.ofHours(12), s.poll().quietAfter());
        assertEquals(3, s.poll().failingAfter());
        assertEquals(List.of("10.0.0.0/8", "intranet.local"), s.allow());
    }

    @Test
    void shouldDefaultToNoFeedsAndFiveMinutes() {
        IngestSettings s = ConfigLoader.load(null, Map.of(), Map.of()).ingest();
        assertEquals(List.of(), s.feeds());
        assertEquals(Duration.ofMinutes(5), s.poll().interval());
        assertEquals(Duration.ofHours(24), s.poll().quietAfter());
        assertEquals(5, s.poll().failingAfter());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "feed.x.interval|PT5M|feed 'x' has no feed.x.url",
            "feed.x.url|ftp://files.example/feed|feed 'x'",
            "feed.x.url|file:///etc/passwd|feed 'x'",
            "feed.x.colour|blue|feed.x.colour",
            "feed.url|https://a.example/|feed.url",
            "ingest.interval|soon|ingest.interval",
            "ingest.jitter|0.9|ingest.jitter",
            "ingest.failing.after|0|ingest.failing.after",
            "ingest.speed|fast|ingest.speed",
    })
    void shouldNameTheKeyOfABadSetting(String key, String value, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(null, Map.of(), Map.of(key, value)));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"30s,PT30S", "5m,PT5M", "2h,PT2H", "1d,PT24H", "500ms,PT0.5S", "PT10M,PT10M"})
    void shouldReadShortAndIsoDurations(String text, String iso) {
        assertEquals(Duration.parse(iso), FeedConfigs.duration(text));
    }
}
