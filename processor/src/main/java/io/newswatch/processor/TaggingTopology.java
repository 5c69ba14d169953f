package io.newswatch.processor;

import io.newswatch.processor.tagger.Tagger;
import io.newswatch.schemas.Topics;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The processor's topology: {@code articles} → tagger → {@code mentions}, re-keyed by subject so
 * that one subject's history lives in one partition. Record timestamps stay the articles'
 * publication times.
 */
public final class TaggingTopology {

    private TaggingTopology() {
    }

    public static Topology build(Topics topics, Tagger tagger) {
        MentionMapper mapper = new MentionMapper(tagger);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.articles().name(),
                        Consumed.with(topics.articles().key(), topics.articles().value()).withName("articles"))
                .flatMap((articleId, article) -> mapper.mentions(article).stream()
                                .map(m -> KeyValue.pair(m.getSubject(), m))
                                .toList(),
                        Named.as("tag-articles"))
                .to(topics.mentions().name(),
                        Produced.with(topics.mentions().key(), topics.mentions().value()).withName("mentions"));
        return builder.build();
    }
}
