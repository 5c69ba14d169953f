package io.newswatch.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.newswatch.app.config.NewswatchConfig;
import io.newswatch.app.runtime.Cluster;
import io.newswatch.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newswatch broker}: runs the embedded KRaft broker alone until interrupted. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded single-node Kafka broker (KRaft) and print its bootstrap address.")
final class BrokerCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--fresh", description = "Wipe the broker's data directory first.")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        NewswatchConfig config = options.load();
        if (!config.embedded()) {
            System.err.println("newswatch broker: --bootstrap-servers names an external cluster; nothing to start");
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Cluster cluster = Cluster.open(config, fresh)) {
            cluster.createTopics(Topics.withPrefix(config.topicPrefix()));
            System.out.println(cluster.bootstrapServers());
            System.out.flush();
            System.err.println("newswatch broker: KRaft broker on " + cluster.bootstrapServers() + ", data in "
                    + config.brokerDir().toAbsolutePath() + "; Ctrl-C stops it");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "broker-shutdown"));
            stopped.await();
        }
        return 0;
    }
}
