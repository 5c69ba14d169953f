package io.newswatch.alerts.notify;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records each wait a channel asks for and moves the test clock by it instead of sleeping it;
 * really waits only a millisecond so the receiver side can make progress.
 */
final class RecordingSleeper implements Sleeper {

    private final TestClock clock;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    RecordingSleeper(TestClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        waits.add(duration);
        clock.advance(duration);
        Thread.sleep(1);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
