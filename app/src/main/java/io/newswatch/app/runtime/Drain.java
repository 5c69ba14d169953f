package io.newswatch.app.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** Tells whether a consumer group has committed everything on its input topics. */
final class Drain {

    private Drain() {
    }

    /** The committed end (last stable offset) of every partition of {@code topics}. */
    static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((name, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, Long> out = new HashMap<>();
        ends.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** True when no transaction is open on any partition of {@code topic}: its stable end is its end. */
    static boolean noOpenTransactions(Admin admin, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> stable = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
        for (TopicPartition tp : request.keySet()) {
            if (stable.get(tp).offset() != end.get(tp).offset()) {
                return false;
            }
        }
        return true;
    }

    /** Records on {@code topics} that {@code group} has not committed yet. */
    static long lag(Admin admin, String group, List<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets(admin, topics).entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (c == null ? 0 : c.offset()));
        }
        return lag;
    }

    /** True when {@code group} has committed up to the end of every partition of {@code topics}. */
    static boolean groupCaughtUp(Admin admin, String group, List<String> topics)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        for (Map.Entry<TopicPartition, Long> end : endOffsets(admin, topics).entrySet()) {
            if (end.getValue() == 0) {
                continue;
            }
            OffsetAndMetadata c = committed.get(end.getKey());
            if (c == null || c.offset() < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
