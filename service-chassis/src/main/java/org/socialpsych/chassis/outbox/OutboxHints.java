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
 * <p>
 * A hint is taken when the event is created, before its document is written, so it becomes due
 * only once the write is done: {@link OutboxRelay#nudge(String)} after that aggregate's write, or
 * {@link OutboxRelay#nudge()} after any write (every hint taken before it), or {@link #WRITE_GRACE}
 * after the hint was taken when nobody says. Looking a hint up while its write was still in flight
 * had cost several finds in every outbox collection per submission under load (issue 17). A
 * lookup that still misses puts the hint back for a while, longer after each miss.
 */
public final class OutboxHints {

    /** When nobody reports the write, a hint is due this long after it was taken. */
    static final long WRITE_GRACE = 1_000_000_000L;
    static final long FIRST_RETRY = 20_000_000L;
    static final long MAX_RETRY = 1_000_000_000L;

    /**
     * stamp: when the hint was taken (identifies it); due: not looked up before; misses so far;
     * urgent: the document carries a priority event (a risk flag, a crisis case's opening).
     */
    record Hint(long stamp, long due, int misses, boolean urgent) {
    }

    /** Urgent hints first, then the oldest: under a backlog no hint waits behind newer ones. */
    private static final java.util.Comparator<Map.Entry<String, Hint>> ORDER = java.util.Comparator
            .<Map.Entry<String, Hint>, Boolean>comparing(e -> !e.getValue().urgent())
            .thenComparingLong(e -> e.getValue().stamp());

    private final Map<String, Hint> pending = new ConcurrentHashMap<>();

    /** Called when an event is created for the aggregate with this document id (before its write). */
    public void add(String aggregateId) {
        add(aggregateId, false);
    }

    /**
     * As {@link #add(String)}; {@code urgent} puts the document ahead of every non-urgent one in the
     * relay's next pass (it stays urgent until its events are out).
     */
    public void add(String aggregateId, boolean urgent) {
        if (aggregateId != null) {
            // a newer write replaces the stamp, so a pass that read the document before this write
            // does not clear the hint (see done)
            long now = System.nanoTime();
            pending.merge(aggregateId, new Hint(now, now + WRITE_GRACE, 0, urgent),
                    (old, next) -> new Hint(next.stamp(), next.due(), 0, old.urgent() || next.urgent()));
        }
    }

    /** The aggregate's write is done: its hint is due now. */
    void written(String aggregateId) {
        if (aggregateId != null) {
            pending.computeIfPresent(aggregateId, (k, h) -> new Hint(h.stamp(), 0, 0, h.urgent()));
        }
    }

    /** A write is done: every hint taken before {@code nanos} (the writer's own among them) is due. */
    void writtenBefore(long nanos) {
        pending.replaceAll((k, h) -> h.misses() == 0 && h.due() != 0 && h.stamp() - nanos <= 0
                ? new Hint(h.stamp(), 0, 0, h.urgent()) : h);
    }

    /**
     * Due hints as (id, stamp), at most {@code max}: the urgent ones first, then oldest first. (Taking
     * them in hash order had let a hint wait behind newer ones for as long as a burst lasted: the
     * crisis tail of issue 17.)
     */
    List<Map.Entry<String, Long>> snapshot(int max) {
        long now = System.nanoTime();
        return pending.entrySet().stream().filter(e -> e.getValue().due() - now <= 0).sorted(ORDER).limit(max)
                .map(e -> Map.entry(e.getKey(), e.getValue().stamp())).toList();
    }

    /** Clears the hint unless the aggregate was written again since {@code stamp} was taken. */
    void done(String aggregateId, long stamp) {
        pending.computeIfPresent(aggregateId, (k, h) -> h.stamp() == stamp ? null : h);
    }

    /**
     * The lookup found no document with pending events: forgets a hint older than {@code ttlNanos},
     * otherwise puts it back (20 ms after the first miss, doubling up to 1 s).
     *
     * @return nanoseconds until the hint is due again, or -1 when it was forgotten
     */
    long missed(String aggregateId, long stamp, long ttlNanos) {
        long now = System.nanoTime();
        Hint after = pending.computeIfPresent(aggregateId, (k, h) -> {
            if (h.stamp() != stamp) {
                return h; // written again meanwhile: the new hint stands
            }
            if (now - h.stamp() > ttlNanos) {
                return null;
            }
            long wait = Math.min(MAX_RETRY, FIRST_RETRY << Math.min(h.misses(), 10));
            return new Hint(h.stamp(), now + wait, h.misses() + 1, h.urgent());
        });
        return after == null ? -1 : Math.max(0, after.due() - now);
    }

    int size() {
        return pending.size();
    }
}
