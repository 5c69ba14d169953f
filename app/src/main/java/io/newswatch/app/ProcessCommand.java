package io.newswatch.app;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.app.runtime.StreamsApp;
import io.newswatch.processor.TaggingTopology;
import io.newswatch.processor.tagger.NewsTagger;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newswatch process}: runs the processor's Streams app (articles → mentions) until stopped. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Run the processor: tag articles from the articles topic into the mentions topic.")
final class ProcessCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        Topics topics = Topics.withPrefix(config.topicPrefix());
        Shutdown shutdown = Shutdown.onSignal();
        try (Cluster cluster = Cluster.open(config, false)) {
            cluster.createTopics(topics);
            try (StreamsApp app = StreamsApp.start(StreamsApp.applicationId(config, "processor"),
                    TaggingTopology.build(topics, new NewsTagger()), cluster, config, topics, "processor")) {
                app.awaitRunning(Duration.ofSeconds(120));
                System.err.println("newswatch process: running against " + cluster.bootstrapServers());
                while (!shutdown.await(Duration.ofMillis(500))) {
                    if (app.failed()) {
                        System.err.println("newswatch process: stopped: " + app.applicationId() + " is " + app.state());
                        return 1;
                    }
                }
            }
        } finally {
            shutdown.finished();
        }
        return 0;
    }
}
