package org.socialpsych.reporting.targets.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;

/**
 * The targets in force, as one immutable snapshot: the indicator definition's own targets (area,
 * year, segment) overlaid by the targets area admins set for their subtrees, each effective from
 * its date. For an area and a period, the most specific applicable target wins: a deeper area
 * first; at the same depth an admin-set target before a definition target, a segment-specific one
 * before a general one, and among admin-set ones the latest in force at the period's last day.
 */
public final class TargetBook {

    public static final TargetBook EMPTY = new TargetBook(List.of());

    /** indicator → entries, newest first (effectiveFrom, then seq). */
    private final Map<String, List<AreaTarget>> byIndicator;

    public TargetBook(List<AreaTarget> entries) {
        Comparator<AreaTarget> newestFirst = Comparator.comparing(AreaTarget::effectiveFrom)
                .thenComparingLong(AreaTarget::seq).reversed();
        this.byIndicator = entries.stream().collect(Collectors.groupingBy(AreaTarget::indicator,
                Collectors.collectingAndThen(Collectors.toList(), l -> {
                    List<AreaTarget> sorted = new ArrayList<>(l);
                    sorted.sort(newestFirst);
                    return List.copyOf(sorted);
                })));
    }

    /** The last day of a period's last month ("2026-11" → 2026-11-30): the day targets are read at. */
    public static LocalDate periodEnd(String lastMonth) {
        return YearMonth.parse(lastMonth).atEndOfMonth();
    }

    /** The admin-set target (the task) in force for the area at {@code asOf}, or null. */
    public AreaTarget task(String indicator, List<String> areaPath, LocalDate asOf, String segment) {
        AreaTarget best = null;
        int bestScore = -1;
        for (AreaTarget t : byIndicator.getOrDefault(indicator, List.of())) {
            if (t.effectiveFrom().isAfter(asOf)) {
                continue;
            }
            int i = areaPath.indexOf(t.areaCode());
            if (i < 0 || (t.segment() != null && !t.segment().equals(segment))) {
                continue;
            }
            int score = (i + 1) * 2 + (t.segment() != null ? 1 : 0);
            if (score > bestScore) { // newest first: the first entry of a score is the one in force
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /** The target value for an indicator, area, period year and segment (see the class comment). */
    public Double targetFor(IndicatorDefinition d, List<String> areaPath, int year, LocalDate asOf, String segment) {
        AreaTarget set = task(d.code(), areaPath, asOf, segment);
        if (set == null) {
            return d.targetFor(areaPath, year, segment);
        }
        int setDepth = areaPath.indexOf(set.areaCode()) + 1;
        int defDepth = definitionDepth(d, areaPath, year, segment);
        return defDepth > setDepth ? d.targetFor(areaPath, year, segment) : Double.valueOf(set.value());
    }

    /** How deep (1 = the root) the definition's winning target for this area is; 0 for none or "everywhere". */
    private static int definitionDepth(IndicatorDefinition d, List<String> areaPath, int year, String segment) {
        int depth = 0;
        for (IndicatorDefinition.Target t : d.targets()) {
            if (t.areaCode() == null || (t.year() != null && t.year() != year)
                    || (t.segment() != null && !t.segment().equals(segment))) {
                continue;
            }
            depth = Math.max(depth, areaPath.indexOf(t.areaCode()) + 1);
        }
        return depth;
    }
}
