package io.newswatch.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.newswatch.alerts.SubjectRules;
import io.newswatch.schemas.streams.DeadLetterHandler;

/**
 * Layers configuration: defaults, then a properties file, then the environment, then flags; each
 * layer overrides the one before. Keys are dotted ({@code bootstrap.servers}); in the environment
 * they are upper case with underscores and a {@code NEWSWATCH_} prefix
 * ({@code NEWSWATCH_BOOTSTRAP_SERVERS}).
 */
public final class ConfigLoader {

    public static final String ENV_PREFIX = "NEWSWATCH_";

    /** Variables with the prefix that are not settings: the launcher's own. */
    private static final java.util.Set<String> NOT_SETTINGS = java.util.Set.of("NEWSWATCH_HOME", "NEWSWATCH_OPTS");

    private ConfigLoader() {
    }

    /**
     * @param file  a properties file, or null
     * @param env   the environment (System.getenv())
     * @param flags keys set on the command line
     */
    public static NewswatchConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (file != null) {
            merged.putAll(readFile(file));
        }
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX) && !NOT_SETTINGS.contains(k)) {
                merged.put(k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        flags.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return fromMap(merged, file == null ? "defaults" : file.toString());
    }

    static NewswatchConfig fromMap(Map<String, String> m, String origin) {
        NewswatchConfig.Builder b = NewswatchConfig.builder();
        Map<String, String> alerts = new TreeMap<>();
        Map<String, String> kafka = new TreeMap<>();
        Map<String, String> channels = new TreeMap<>();
        Map<String, String> ingest = new TreeMap<>();
        for (Map.Entry<String, String> e : m.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().strip();
            try {
                switch (key) {
                    case "bootstrap.servers" -> b.bootstrapServers(value);
                    case "data.dir" -> b.dataDir(Path.of(value));
                    case "topic.prefix" -> b.topicPrefix(value);
                    case "topic.partitions" -> b.partitions(Integer.parseInt(value));
                    case "topic.replication" -> b.replication(Short.parseShort(value));
                    case "bad.input.policy" -> b.badInput(DeadLetterHandler.Policy.valueOf(
                            value.toUpperCase(Locale.ROOT).replace('-', '_')));
                    default -> {
                        if (key.startsWith("kafka.")) {
                            kafka.put(key.substring("kafka.".length()), value);
                        } else if (key.equals("alerts.reorder.delay")) {
                            b.reorderDelay(java.time.Duration.parse(value));
                        } else if (key.startsWith("alerts.")) {
                            alerts.put(key, value);
                        } else if (key.startsWith(ChannelConfigs.PREFIX)) {
                            channels.put(key, value);
                        } else if (FeedConfigs.handles(key)) {
                            ingest.put(key, value);
                        } else {
                            throw new IllegalArgumentException("unknown setting");
                        }
                    }
                }
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("config " + origin + ": bad value for '" + key + "' ("
                        + value + "): " + ex.getMessage(), ex);
            }
        }
        try {
            return b.alertRules(SubjectRules.fromSettings(alerts)).kafka(kafka).channels(ChannelConfigs.parse(channels))
                    .ingest(FeedConfigs.parse(ingest)).build();
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("config " + origin + ": " + ex.getMessage(), ex);
        }
    }

    private static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
