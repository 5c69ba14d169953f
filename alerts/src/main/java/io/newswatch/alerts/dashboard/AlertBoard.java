package io.newswatch.alerts.dashboard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.newswatch.schemas.Alert;

/**
 * What the dashboard shows of alerts: the most recent ones, newest last, bounded, and listeners
 * that hear each new one as it arrives. Thread-safe.
 */
public final class AlertBoard {

    private final int capacity;
    private final Deque<Alert> recent = new ArrayDeque<>();
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();

    public AlertBoard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds an alert; an alert with an id already shown replaces it (corroboration updates). */
    public void add(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        synchronized (recent) {
            recent.removeIf(a -> a.getId().equals(alert.getId()));
            recent.addLast(alert);
            while (recent.size() > capacity) {
                recent.removeFirst();
            }
        }
        for (Consumer<Alert> listener : listeners) {
            listener.accept(alert);
        }
    }

    /** The recent alerts, oldest first. */
    public List<Alert> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /** Registers a listener; returns a handle that removes it. */
    public Runnable listen(Consumer<Alert> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
