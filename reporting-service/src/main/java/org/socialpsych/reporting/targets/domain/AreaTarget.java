package org.socialpsych.reporting.targets.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A target an area admin set for one indicator in an area of their own subtree, effective from a
 * date (a later entry for the same indicator, area and segment supersedes it from its own date on).
 * It is also the task of the three lists: who is responsible and by when.
 *
 * @param segment         null = every population segment
 * @param responsibleUnit the organisation answerable for the task (free text), optional
 * @param deadline        when the target is to be met, optional
 */
public record AreaTarget(String id, String indicator, String areaCode, List<String> areaPath, String segment,
        double value, LocalDate effectiveFrom, String responsibleUnit, LocalDate deadline, String setBy,
        Instant setAt, long seq) {

    public AreaTarget {
        areaPath = List.copyOf(areaPath);
    }
}
