package org.socialpsych.grid.visit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visit intervals as data (docs/domain.md §4.4: key-population visits follow per-tag intervals set by
 * the area): days per population tag category and per risk level. The interval for a resident is
 * the shortest that applies; the reasons say which tags or risk set it.
 */
public record VisitPolicy(Map<String, Integer> tagIntervalDays, Map<String, Integer> riskIntervalDays,
        int initialDays, int leadDays, int expireDays, EarlyVisits earlyVisits, Set<String> photoRequiredTags) {

    public record Interval(int days, List<String> reasons) {
    }

    /**
     * What a visit before the due window does: ADVANCE (default) — in the second half of the period
     * it fulfils the due item and the schedule restarts from it; IGNORE — it fulfils nothing (the
     * item stays due). A resident's first visit always counts.
     */
    public enum EarlyVisits {
        ADVANCE, IGNORE
    }

    public VisitPolicy {
        tagIntervalDays = Map.copyOf(tagIntervalDays);
        riskIntervalDays = Map.copyOf(riskIntervalDays);
        earlyVisits = earlyVisits == null ? EarlyVisits.ADVANCE : earlyVisits;
        photoRequiredTags = photoRequiredTags == null ? Set.of() : Set.copyOf(photoRequiredTags);
    }

    public VisitPolicy(Map<String, Integer> tagIntervalDays, Map<String, Integer> riskIntervalDays, int initialDays,
            int leadDays, int expireDays) {
        this(tagIntervalDays, riskIntervalDays, initialDays, leadDays, expireDays, EarlyVisits.ADVANCE, Set.of());
    }

    /** This policy with an area's visit rules on top (null keeps what applies). */
    public VisitPolicy withRules(EarlyVisits early, Collection<String> photoTags) {
        return new VisitPolicy(tagIntervalDays, riskIntervalDays, initialDays, leadDays, expireDays,
                early == null ? earlyVisits : early, photoTags == null ? photoRequiredTags : Set.copyOf(photoTags));
    }

    /** Whether a visit to a resident with these active tags must carry a photo (else MISSING_PHOTO). */
    public boolean photoRequired(Collection<String> activeTagCategories) {
        return activeTagCategories.stream().anyMatch(photoRequiredTags::contains);
    }

    /**
     * Whether a visit at {@code at} fulfils the current due item of a schedule: one visit per due
     * item. Nothing is due without a window; a first visit always counts; in the window or later it
     * counts; before the window only with {@link EarlyVisits#ADVANCE} and not before half the
     * interval since the last visit that counted ({@code anchor}), so a burst of visits counts once.
     */
    public boolean fulfils(Instant at, Instant anchor, Instant windowOpensAt, Integer intervalDays,
            boolean firstVisit) {
        if (windowOpensAt == null) {
            return false;
        }
        if (firstVisit || !at.isBefore(windowOpensAt)) {
            return true;
        }
        if (earlyVisits == EarlyVisits.IGNORE) {
            return false;
        }
        long days = intervalDays == null ? 0 : intervalDays;
        return anchor == null || !at.isBefore(anchor.plus(Duration.ofDays(days).dividedBy(2)));
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
                expire == null ? expireDays : expire, earlyVisits, photoRequiredTags);
    }
}
