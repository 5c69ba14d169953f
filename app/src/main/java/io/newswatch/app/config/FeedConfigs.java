package io.newswatch.app.config;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newswatch.ingest.poll.FeedSource;
import io.newswatch.ingest.poll.PollConfig;

/**
 * Reads live polling's settings:
 * <pre>
 * feed.yonhap.url=https://en.yna.co.kr/RSS/news.xml
 * feed.yonhap.interval=PT10M           ISO-8601, or 30s, 10m, 2h, 1d; default ingest.interval
 * ingest.interval=5m                   default poll interval (5 minutes)
 * ingest.jitter=0.2                    each interval moves by up to this fraction (0..0.5)
 * ingest.failing.after=5               failed polls in a row before a feed is FAILING
 * ingest.quiet.after=24h               time without a new entry before a feed is QUIET
 * ingest.threads=4                     polls at once
 * ingest.recent.keys=500               entry keys remembered per feed
 * ingest.allow=10.0.0.0/8,intranet     non-public hosts or networks the fetcher may reach
 * </pre>
 */
public final class FeedConfigs {

    public static final String FEED_PREFIX = "feed.";
    public static final String INGEST_PREFIX = "ingest.";

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private FeedConfigs() {
    }

    /** Whether {@code key} is one of the settings read here. */
    public static boolean handles(String key) {
        return key.startsWith(FEED_PREFIX) || key.startsWith(INGEST_PREFIX);
    }

    /** The settings in {@code settings} (other keys ignored); a bad one fails naming its key. */
    public static IngestSettings parse(Map<String, String> settings) {
        PollConfig.Builder poll = PollConfig.builder();
        List<String> allow = new ArrayList<>();
        Map<String, Map<String, String>> feeds = new TreeMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().strip();
            try {
                if (key.startsWith(FEED_PREFIX)) {
                    String rest = key.substring(FEED_PREFIX.length());
                    int dot = rest.lastIndexOf('.');
                    if (dot <= 0) {
                        throw new IllegalArgumentException("needs the form feed.<name>.url or feed.<name>.interval");
                    }
                    String setting = rest.substring(dot + 1);
                    if (!setting.equals("url") && !setting.equals("interval")) {
                        throw new IllegalArgumentException("unknown feed setting '" + setting + "' (url, interval)");
                    }
                    feeds.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>()).put(setting, value);
                } else if (key.startsWith(INGEST_PREFIX)) {
                    switch (key.substring(INGEST_PREFIX.length())) {
                        case "interval" -> poll.interval(duration(value));
                        case "jitter" -> poll.jitter(Double.parseDouble(value));
                        case "failing.after" -> poll.failingAfter(Integer.parseInt(value));
                        case "quiet.after" -> poll.quietAfter(duration(value));
                        case "threads" -> poll.threads(Integer.parseInt(value));
                        case "recent.keys" -> poll.recentKeys(Integer.parseInt(value));
                        case "allow" -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                                .forEach(allow::add);
                        default -> throw new IllegalArgumentException("unknown setting");
                    }
                    poll.build();
                }
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("bad value for '" + key + "' (" + value + "): " + ex.getMessage(), ex);
            }
        }
        PollConfig config = poll.build();
        List<FeedSource> sources = new ArrayList<>();
        feeds.forEach((name, s) -> {
            String url = s.get("url");
            if (url == null) {
                throw new IllegalArgumentException("feed '" + name + "' has no feed." + name + ".url");
            }
            try {
                URI uri = new URI(url);
                Duration interval = s.containsKey("interval") ? duration(s.get("interval")) : config.interval();
                FeedSource source = new FeedSource(name, uri, interval);
                if (!source.isWeb()) {
                    throw new IllegalArgumentException("live feeds must be http(s) URLs");
                }
                sources.add(source);
            } catch (java.net.URISyntaxException | RuntimeException ex) {
                throw new IllegalArgumentException("feed '" + name + "' (" + url + "): " + ex.getMessage(), ex);
            }
        });
        return new IngestSettings(sources, config, allow);
    }

    /** An ISO-8601 duration ({@code PT5M}) or a short one: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}. */
    public static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration (use PT5M, 30s, 5m, 2h or 1d): " + text);
        }
    }
}
