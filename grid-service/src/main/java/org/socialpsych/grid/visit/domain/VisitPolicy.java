package org.socialpsych.grid.visit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Visit intervals as data (docs/domain.md §4.4: key-population visits follow per-tag intervals set by
 * the area): days per population tag category and per risk level. The interval for a resident is
 * the shortest that applies; the reasons say which tags or risk set it.
 */
public record VisitPolicy(Map<String, Integer> tagIntervalDays, Map<String, Integer> riskIntervalDays,
        int initialDays, int leadDays, int expireDays) {

    public record Interval(int days, List<String> reasons) {
    }

    public VisitPolicy {
        tagIntervalDays = Map.copyOf(tagIntervalDays);
        riskIntervalDays = Map.copyOf(riskIntervalDays);
    }

    /** The interval for active tag categories and a risk level, or null when no visits are owed. */
    public Interval intervalFor(Collection<String> activeTagCategories, String riskLevel) {
        Integer best = null;
        List<String> reasons = new ArrayList<>();
        for (String tag : activeTagCategories) {
            Integer d = tagIntervalDays.get(tag);
            if (d != null && d > 0) {
                if (best == null || d < best) {
                    best = d;
                    reasons.clear();
                }
                if (d.equals(best) && !reasons.contains(tag)) {
                    reasons.add(tag);
                }
            }
        }
        Integer r = riskLevel == null ? null : riskIntervalDays.get(riskLevel);
        if (r != null && r > 0) {
            if (best == null || r < best) {
                best = r;
                reasons.clear();
            }
            if (r.equals(best)) {
                reasons.add("RISK_" + riskLevel);
            }
        }
        return best == null ? null : new Interval(best, List.copyOf(reasons));
    }

    /** This policy with the entries of an area's override on top. */
    public VisitPolicy overriddenBy(Map<String, Integer> tags, Map<String, Integer> risk, Integer initial,
            Integer lead, Integer expire) {
        Map<String, Integer> t = new java.util.HashMap<>(tagIntervalDays);
        if (tags != null) {
            t.putAll(tags);
        }
        Map<String, Integer> rk = new java.util.HashMap<>(riskIntervalDays);
        if (risk != null) {
            rk.putAll(risk);
        }
        return new VisitPolicy(t, rk, initial == null ? initialDays : initial, lead == null ? leadDays : lead,
                expire == null ? expireDays : expire);
    }
}
