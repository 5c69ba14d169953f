package io.newswatch.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.newswatch.alerts.notify.ChannelConfig;
import io.newswatch.alerts.notify.ChannelSettings;
import io.newswatch.alerts.notify.ConsoleSettings;
import io.newswatch.alerts.notify.EmailSettings;
import io.newswatch.alerts.notify.HttpEndpoint;
import io.newswatch.alerts.notify.JsonLinesSettings;
import io.newswatch.alerts.notify.RetryPolicy;
import io.newswatch.alerts.notify.SlackSettings;
import io.newswatch.alerts.notify.TeamsSettings;
import io.newswatch.alerts.notify.WebhookSettings;

/**
 * Reads notification channels from {@code channel.<name>.<setting>} keys, any number of each type:
 * <pre>
 * channel.ops.type=webhook            webhook | slack | teams | email | jsonl | console
 * channel.ops.url=https://hooks.example/newswatch
 * channel.ops.secret=…                 HMAC-SHA256 key (webhook)
 * channel.ops.header.Authorization=Bearer …
 * channel.ops.connect-timeout=PT5S     channel.ops.request-timeout=PT10S
 * channel.mail.type=email  channel.mail.smtp.host=…  .smtp.port=587  .smtp.security=starttls|tls|none
 *     .smtp.user=…  .smtp.password=…  .from=…  .to=a@x,b@y
 * channel.log.type=jsonl   channel.log.file=alerts.jsonl
 * channel.&lt;name&gt;.retry.max-attempts=8  .retry.max-age=PT1H  .retry.base-delay=PT1S  .retry.max-delay=PT5M
 * </pre>
 */
public final class ChannelConfigs {

    public static final String PREFIX = "channel.";

    private ChannelConfigs() {
    }

    /** The channels in {@code settings}, in name order; a bad one fails naming its key. */
    public static List<ChannelConfig> parse(Map<String, String> settings) {
        Map<String, Map<String, String>> byName = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                String rest = key.substring(PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    throw new IllegalArgumentException("channel setting '" + key + "' needs the form channel.<name>.<setting>");
                }
                byName.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), value.strip());
            }
        });
        List<ChannelConfig> channels = new ArrayList<>();
        byName.forEach((name, s) -> {
            try {
                channels.add(ChannelConfig.builder(name).settings(settings(s)).retry(retry(s)).build());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("channel '" + name + "': " + e.getMessage(), e);
            }
        });
        return channels;
    }

    private static ChannelSettings settings(Map<String, String> s) {
        String type = require(s, "type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "webhook" -> {
                WebhookSettings.Builder b = WebhookSettings.builder().endpoint(endpoint(s)).secret(require(s, "secret"));
                s.forEach((k, v) -> {
                    if (k.startsWith("header.")) {
                        b.header(k.substring("header.".length()), v);
                    }
                });
                yield b.build();
            }
            case "slack" -> new SlackSettings(endpoint(s));
            case "teams" -> new TeamsSettings(endpoint(s));
            case "jsonl" -> new JsonLinesSettings(Path.of(require(s, "file")));
            case "console" -> ConsoleSettings.stdout();
            case "email" -> {
                EmailSettings.Builder b = EmailSettings.builder().host(require(s, "smtp.host")).from(require(s, "from"));
                if (s.containsKey("smtp.port")) {
                    b.port(Integer.parseInt(s.get("smtp.port")));
                }
                if (s.containsKey("smtp.security")) {
                    b.security(EmailSettings.Security.valueOf(s.get("smtp.security").toUpperCase(Locale.ROOT)));
                }
                if (s.containsKey("smtp.user")) {
                    b.login(s.get("smtp.user"), s.getOrDefault("smtp.password", ""));
                }
                for (String to : require(s, "to").split(",")) {
                    if (!to.isBlank()) {
                        b.to(to.strip());
                    }
                }
                yield b.build();
            }
            default -> throw new IllegalArgumentException("unknown type '" + type
                    + "' (webhook, slack, teams, email, jsonl, console)");
        };
    }

    private static HttpEndpoint endpoint(Map<String, String> s) {
        HttpEndpoint.Builder b = HttpEndpoint.builder().url(require(s, "url"));
        if (s.containsKey("connect-timeout")) {
            b.connectTimeout(Duration.parse(s.get("connect-timeout")));
        }
        if (s.containsKey("request-timeout")) {
            b.requestTimeout(Duration.parse(s.get("request-timeout")));
        }
        return b.build();
    }

    private static RetryPolicy retry(Map<String, String> s) {
        RetryPolicy.Builder b = RetryPolicy.builder();
        if (s.containsKey("retry.max-attempts")) {
            b.maxAttempts(Integer.parseInt(s.get("retry.max-attempts")));
        }
        if (s.containsKey("retry.max-age")) {
            b.maxAge(Duration.parse(s.get("retry.max-age")));
        }
        if (s.containsKey("retry.base-delay")) {
            b.baseDelay(Duration.parse(s.get("retry.base-delay")));
        }
        if (s.containsKey("retry.max-delay")) {
            b.maxDelay(Duration.parse(s.get("retry.max-delay")));
        }
        return b.build();
    }

    private static String require(Map<String, String> s, String key) {
        String v = s.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing setting '" + key + "'");
        }
        return v;
    }
}
