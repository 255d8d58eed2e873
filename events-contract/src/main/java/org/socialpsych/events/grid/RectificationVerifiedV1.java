package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * The fix of an inspection finding was verified; onTime compares the evidence date with the deadline.
 * Topic grid.inspections.v1, key = aggregateId (the inspection finding id).
 *
 * @param areaCode area found against
 * @param areaPath root to area
 * @param unit unit inspected within the area, if any
 * @param category finding category
 * @param deductionPoints score deduction (扣分) for the evaluation
 * @param rectifyBy deadline
 * @param rectifiedAt when the evidence was submitted
 * @param verifiedAt when it was verified
 * @param onTime rectified by the deadline
 */
public record RectificationVerifiedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String areaCode,
        List<String> areaPath,
        String unit,
        String category,
        double deductionPoints,
        LocalDate rectifyBy,
        Instant rectifiedAt,
        Instant verifiedAt,
        boolean onTime) implements EventPayload {
}
