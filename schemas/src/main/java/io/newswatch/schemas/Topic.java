package io.newswatch.schemas;

import java.util.Objects;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic together with the Serdes of its keys and values.
 *
 * @param name  topic name
 * @param key   key Serde
 * @param value value Serde
 */
public record Topic<K, V>(String name, Serde<K> key, Serde<V> value) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
    }
}
