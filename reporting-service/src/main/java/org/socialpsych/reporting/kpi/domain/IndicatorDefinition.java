package org.socialpsych.reporting.kpi.domain;

import java.util.List;
import java.util.Map;

/**
 * An indicator as data: value = numerator / denominator × scale, each side a metric summed over
 * the area's subtree (or the area's population). Targets differ by area, year and population
 * segment; the most specific matching target wins.
 *
 * @param numerator   metric name, summed over the subtree
 * @param denominator metric name, {@code AREA_POPULATION}, or null for a plain count
 * @param stock       stock indicators (coverage, professionals, registries) are read as of now;
 *                    flow indicators (screenings, cases, visits) sum the months of the period
 * @param scale       100 for percentages, 100000 for "per 100,000 residents", 1 otherwise
 * @param personBased whether the figure counts people (then small cells are suppressed); false for
 *                    areas, service points and staff. Absent means true: suppress unless told otherwise
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String numerator, String denominator,
        boolean stock, long scale, String unit, Direction direction, Boolean personBased, List<Target> targets,
        Map<String, Object> notes) {

    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    /**
     * @param areaCode null = everywhere; otherwise applies to the area's subtree
     * @param year     null = every year
     * @param segment  null = all population segments
     */
    public record Target(String areaCode, Integer year, String segment, double value) {
    }

    public IndicatorDefinition {
        personBased = personBased == null ? Boolean.TRUE : personBased;
        targets = targets == null ? List.of() : List.copyOf(targets);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }

    /** The most specific target for an area (path root→area), year and segment, or null. */
    public Double targetFor(List<String> areaPath, int year, String segment) {
        Target best = null;
        int bestScore = -1;
        for (Target t : targets) {
            int depth;
            if (t.areaCode() == null) {
                depth = 0;
            } else {
                int i = areaPath.indexOf(t.areaCode());
                if (i < 0) {
                    continue;
                }
                depth = i + 1;
            }
            if (t.year() != null && t.year() != year) {
                continue;
            }
            if (t.segment() != null && !t.segment().equals(segment)) {
                continue;
            }
            int score = depth * 4 + (t.year() != null ? 2 : 0) + (t.segment() != null ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best == null ? null : best.value();
    }
}
