package io.newswatch.alerts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newswatch.schemas.Mention;
import io.newswatch.schemas.SubjectHistory;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A subject's history kept in two stores, so that a new mention costs one small write rather than
 * a rewrite of the whole history: each mention under its own key {@code subject NUL published NUL id}
 * (key order is event order), and per subject a {@link SubjectHistory} holding everything but the
 * mentions (alerts raised, alerts open to corroboration).
 */
final class SubjectStore {

    private static final char SEP = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    private final ReadOnlyKeyValueStore<String, SubjectHistory> state;
    private final ReadOnlyKeyValueStore<String, Mention> mentions;

    SubjectStore(ReadOnlyKeyValueStore<String, SubjectHistory> state, ReadOnlyKeyValueStore<String, Mention> mentions) {
        this.state = state;
        this.mentions = mentions;
    }

    /** The subject's full history, or null for a subject not seen yet. */
    SubjectHistory load(String subject) {
        SubjectHistory rest = state.get(subject);
        if (rest == null) {
            return null;
        }
        List<Mention> list = new ArrayList<>();
        try (KeyValueIterator<String, Mention> it = mentions.prefixScan(subject + SEP, KEYS)) {
            it.forEachRemaining(kv -> list.add(kv.value));
        }
        rest.setMentions(list);
        return rest;
    }

    /** Every subject's full history, for queries. */
    List<SubjectHistory> all() {
        List<SubjectHistory> out = new ArrayList<>();
        try (KeyValueIterator<String, SubjectHistory> it = state.all()) {
            it.forEachRemaining(kv -> out.add(load(kv.key)));
        }
        return out;
    }

    /** Writes what changed between {@code before} (null for a new subject) and {@code after}. */
    static void save(KeyValueStore<String, SubjectHistory> state, KeyValueStore<String, Mention> mentions,
                     SubjectHistory before, SubjectHistory after) {
        String subject = after.getSubject();
        Set<String> kept = new HashSet<>();
        for (Mention m : after.getMentions()) {
            kept.add(m.getId());
        }
        Set<String> had = new HashSet<>();
        if (before != null) {
            for (Mention m : before.getMentions()) {
                had.add(m.getId());
                if (!kept.contains(m.getId())) {
                    mentions.delete(key(subject, m));
                }
            }
        }
        for (Mention m : after.getMentions()) {
            if (!had.contains(m.getId())) {
                mentions.put(key(subject, m), m);
            }
        }
        state.put(subject, new SubjectHistory(subject, List.of(), after.getRaised(), after.getOpen()));
    }

    /** {@code subject NUL eventKey}: a subject's mentions in event order. */
    static String key(String subject, Mention m) {
        return subject + SEP + eventKey(m);
    }

    /** Publication time zero-padded (string order is time order; before 1970 sorts first), then the id. */
    static String eventKey(Mention m) {
        String millis = Long.toString(Math.max(0, m.getPublished().toEpochMilli()));
        StringBuilder k = new StringBuilder(21 + m.getId().length());
        for (int i = millis.length(); i < 19; i++) {
            k.append('0');
        }
        return k.append(millis).append(SEP).append(m.getId()).toString();
    }
}
