package io.newswatch.alerts.notify;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A ledger that lasts as long as the process: for tests and for runs that need no resume. */
public final class InMemoryDeliveryLedger implements DeliveryLedger {

    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    @Override
    public void markDelivered(String channel, String alertId) {
        delivered.add(DeliveryLedger.key(channel, alertId));
    }

    @Override
    public boolean isDelivered(String channel, String alertId) {
        return delivered.contains(DeliveryLedger.key(channel, alertId));
    }

    /** How many deliveries are recorded. */
    public int size() {
        return delivered.size();
    }
}
