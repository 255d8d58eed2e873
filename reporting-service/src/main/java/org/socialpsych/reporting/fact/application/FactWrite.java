package org.socialpsych.reporting.fact.application;

import java.util.List;
import java.util.Map;

/**
 * One idempotent write to the fact store: the metrics a source aggregate contributes to an area
 * and month. Several events of one aggregate (a crisis case opened, then acknowledged) set
 * different metrics of the same fact; {@code version} (the event's aggregateVersion) makes a
 * repeat or an older event a no-op.
 */
public record FactWrite(String key, List<String> areaPath, String period, long version, Map<String, Long> metrics) {

    public FactWrite {
        areaPath = List.copyOf(areaPath);
        metrics = Map.copyOf(metrics);
    }

    public String area() {
        return areaPath.get(areaPath.size() - 1);
    }

    public String parent() {
        return areaPath.size() < 2 ? null : areaPath.get(areaPath.size() - 2);
    }
}
