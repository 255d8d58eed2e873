package org.socialpsych.reporting.fact.application;

import java.util.List;
import java.util.Map;

/**
 * One fact: what one source event (or one due item, one case's acknowledgement, …) contributes to
 * the cells of an area and month, in event time. Facts are snapshots keyed by {@code key}: a newer
 * {@code version} of the same key replaces the older one (the difference is applied to the cells), an
 * equal or older one changes nothing.
 *
 * @param area   the area the event happened in (the last element of its path)
 * @param path   root … area as the producer saw it (used when reporting does not know the area)
 * @param month  {@code YYYY-MM} of the event's business time in the platform zone
 * @param kind   FLOW facts count in their month; STOCK facts are changes of a registry, counted in
 *               every period from their month on (a period's stock = the state as of its end)
 * @param anchor for facts that belong to the period of another event of the same aggregate (a case's
 *               acknowledgement belongs to the month the case was opened): the anchor's key
 * @param role   OPEN sets the anchor (area and month), FOLLOW takes area and month from it (and waits,
 *               parked, until it exists)
 */
public record FactWrite(String key, long version, String area, List<String> path, String month, Kind kind,
        Map<String, Long> metrics, String anchor, Role role, Map<String, String> alsoCount) {

    public enum Kind {
        FLOW, STOCK
    }

    public enum Role {
        NONE, OPEN, FOLLOW
    }

    public FactWrite {
        path = List.copyOf(path);
        metrics = Map.copyOf(metrics);
        role = role == null ? Role.NONE : role;
        alsoCount = alsoCount == null ? Map.of() : Map.copyOf(alsoCount);
    }

    public FactWrite(String key, long version, String area, List<String> path, String month, Kind kind,
            Map<String, Long> metrics, String anchor, Role role) {
        this(key, version, area, path, month, kind, metrics, anchor, role, Map.of());
    }

    public static FactWrite flow(String key, long version, List<String> path, String month, Map<String, Long> m) {
        return new FactWrite(key, version, path.get(path.size() - 1), path, month, Kind.FLOW, m, null, Role.NONE);
    }

    public static FactWrite stock(String key, long version, List<String> path, String month, Map<String, Long> m) {
        return new FactWrite(key, version, path.get(path.size() - 1), path, month, Kind.STOCK, m, null, Role.NONE);
    }

    public FactWrite opens(String anchorKey) {
        return new FactWrite(key, version, area, path, month, kind, metrics, anchorKey, Role.OPEN);
    }

    /**
     * Sets an anchor whose followers also count, for each metric {@code m} they carry, the metric
     * {@code alsoCount.get(m)} (a visit done against a special population's due item is also a support done).
     */
    public FactWrite opens(String anchorKey, Map<String, String> alsoCount) {
        return new FactWrite(key, version, area, path, month, kind, metrics, anchorKey, Role.OPEN, alsoCount);
    }

    public FactWrite follows(String anchorKey) {
        return new FactWrite(key, version, area, path, month, kind, metrics, anchorKey, Role.FOLLOW);
    }

    /** The same fact placed in the anchor's area and month, with the metrics the anchor adds. */
    public FactWrite at(String anchorArea, List<String> anchorPath, String anchorMonth, Map<String, String> also) {
        Map<String, Long> m = new java.util.TreeMap<>(metrics);
        if (also != null) {
            also.forEach((from, to) -> {
                if (metrics.containsKey(from)) {
                    m.put(to, metrics.get(from));
                }
            });
        }
        return new FactWrite(key, version, anchorArea, anchorPath, anchorMonth, kind, m, anchor, role);
    }
}
