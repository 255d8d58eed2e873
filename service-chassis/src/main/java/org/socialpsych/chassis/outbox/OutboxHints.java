package org.socialpsych.chassis.outbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ids of aggregates that were just given an outbox event by this instance. The relay looks these
 * documents up by {@code _id} right after the write instead of scanning every outbox collection,
 * so the time from a write to the broker does not grow with the size of the collections; the
 * periodic full scan remains the safety net (writes by another instance, a crash before the hint
 * was used, an aggregate whose document id differs from its event key).
 */
public final class OutboxHints {

    private final Map<String, Long> pending = new ConcurrentHashMap<>();

    /** Called when an event is created for the aggregate with this document id. */
    public void add(String aggregateId) {
        if (aggregateId != null) {
            // a newer write replaces the stamp, so a pass that read the document before this write
            // does not clear the hint (see done)
            pending.put(aggregateId, System.nanoTime());
        }
    }

    List<Map.Entry<String, Long>> snapshot(int max) {
        return pending.entrySet().stream().limit(max).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** Clears the hint unless the aggregate was written again since {@code stamp} was taken. */
    void done(String aggregateId, long stamp) {
        pending.remove(aggregateId, stamp);
    }

    /** Forgets a hint that has not led to a document for longer than {@code ttlNanos}. */
    boolean expire(String aggregateId, long ttlNanos) {
        Long since = pending.get(aggregateId);
        if (since != null && System.nanoTime() - since > ttlNanos) {
            pending.remove(aggregateId);
            return true;
        }
        return false;
    }

    int size() {
        return pending.size();
    }
}
