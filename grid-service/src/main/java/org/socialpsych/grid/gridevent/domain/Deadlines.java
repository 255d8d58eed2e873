package org.socialpsych.grid.gridevent.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grid event deadlines per category as data: the configured defaults, overridden along the area
 * path (county → town → village → grid). Each field of each category is inherited separately from
 * the nearest area on the path that sets it; an area that sets nothing inherits everything.
 */
public final class Deadlines {

    /** The longest deadline or escalation interval an area may set. */
    public static final Duration MAX = Duration.ofDays(365);

    /** What an area sets for one category; either field may be null (inherited). */
    public record Override(Duration deadline, Duration escalateEvery) {
    }

    /** The overrides one area sets, by category. */
    public record AreaOverrides(String areaCode, Map<String, Override> categories) {
    }

    /** The deadline that applies, and the area it comes from ({@code null} = the configured default). */
    public record Resolved(Duration deadline, Duration escalateEvery, String deadlineFrom, String escalateEveryFrom) {
    }

    private Deadlines() {
    }

    /**
     * Resolves every category for an area with {@code path} (root first, the area last), given the
     * configured defaults and the overrides stored for any of the areas on the path.
     */
    public static Map<String, Resolved> resolve(Map<String, Override> defaults, List<String> path,
            Map<String, AreaOverrides> overridesByArea) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        defaults.forEach((category, d) -> {
            Duration deadline = d.deadline();
            Duration every = d.escalateEvery() == null ? d.deadline() : d.escalateEvery();
            String deadlineFrom = null;
            String everyFrom = null;
            for (String code : path) { // root first: the most specific area wins
                AreaOverrides o = overridesByArea.get(code);
                Override c = o == null || o.categories() == null ? null : o.categories().get(category);
                if (c == null) {
                    continue;
                }
                if (c.deadline() != null) {
                    deadline = c.deadline();
                    deadlineFrom = code;
                }
                if (c.escalateEvery() != null) {
                    every = c.escalateEvery();
                    everyFrom = code;
                }
            }
            out.put(category, new Resolved(deadline, every, deadlineFrom, everyFrom));
        });
        return out;
    }

    /** Checks overrides an admin wants to set; returns the offending field path, or null when valid. */
    public static String invalidField(Map<String, Override> wanted, java.util.Set<String> knownCategories) {
        for (Map.Entry<String, Override> e : wanted.entrySet()) {
            String field = "categories." + e.getKey();
            if (!knownCategories.contains(e.getKey())) {
                return field;
            }
            Override o = e.getValue();
            if (o == null || (o.deadline() == null && o.escalateEvery() == null)) {
                return field;
            }
            if (!inRange(o.deadline())) {
                return field + ".deadline";
            }
            if (!inRange(o.escalateEvery())) {
                return field + ".escalateEvery";
            }
        }
        return null;
    }

    private static boolean inRange(Duration d) {
        return d == null || (!d.isNegative() && !d.isZero() && d.compareTo(MAX) <= 0);
    }
}
