package io.newswatch.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.newswatch.app.config.ConfigLoader;
import io.newswatch.app.config.NewswatchConfig;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares; they are the top layer of the config. */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (layered over the defaults).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "External Kafka cluster; without it the embedded broker starts.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker and Streams state (default: ./data).")
    Path dataDir;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Topic names start with PREFIX. (default: newswatch).")
    String topicPrefix;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other setting, e.g. alerts.min.absolute.shift=500.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Defaults, then --config, then NEWSWATCH_* variables, then these flags. */
    public NewswatchConfig load() {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        put(flags, "bootstrap.servers", bootstrapServers);
        put(flags, "data.dir", dataDir == null ? null : dataDir.toString());
        put(flags, "topic.prefix", topicPrefix);
        return ConfigLoader.load(configFile, System.getenv(), flags);
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
