package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An inspection (督查) recorded a finding with a rectification deadline (限期整改).
 * Topic grid.inspections.v1, key = aggregateId (the inspection finding id).
 *
 * @param areaCode area found against
 * @param areaPath root to area
 * @param unit unit inspected within the area, if any
 * @param category finding category
 * @param deductionPoints score deduction (扣分) for the evaluation
 * @param rectifyBy rectification deadline (inclusive)
 */
public record InspectionFindingRecordedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String areaCode,
        List<String> areaPath,
        String unit,
        String category,
        double deductionPoints,
        LocalDate rectifyBy) implements EventPayload {
}
