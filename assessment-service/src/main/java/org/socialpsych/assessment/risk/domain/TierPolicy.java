package org.socialpsych.assessment.risk.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The versioned tiering rules: defaults plus per-area overrides keyed by area code. The override of
 * the deepest area on the path (longest path match) applies on top of the defaults; overrides of
 * higher areas do not stack.
 *
 * @param version   rules version recorded with every result, e.g. {@code tier-rules@1}
 * @param defaults  the rules everywhere without an override
 * @param areas     area code &rarr; override
 */
public record TierPolicy(String version, TierRuleSet defaults, Map<String, TierRuleSet> areas) {

    public TierPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(defaults, "defaults");
        areas = Map.copyOf(Objects.requireNonNullElse(areas, Map.of()));
    }

    /** The effective rules for an area given its path (root first, area last). */
    public TierRuleSet forArea(List<String> areaPath) {
        if (areaPath != null) {
            for (int i = areaPath.size() - 1; i >= 0; i--) {
                TierRuleSet override = areas.get(areaPath.get(i));
                if (override != null) {
                    return defaults.overlaidWith(override);
                }
            }
        }
        return defaults;
    }

    /** Which area's override applies (for explanations), or null for the defaults. */
    public String overridingArea(List<String> areaPath) {
        if (areaPath != null) {
            for (int i = areaPath.size() - 1; i >= 0; i--) {
                if (areas.containsKey(areaPath.get(i))) {
                    return areaPath.get(i);
                }
            }
        }
        return null;
    }
}
