package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A scheduled visit became due (its window opened).
 * Topic grid.visits.v1, key = aggregateId (visit id for VisitRecorded, schedule id for due/overdue/expired).
 *
 * @param residentId pseudonymous resident id (or psych subject id for a follow-up item)
 * @param gridCode the grid (or area) the visit is owed in
 * @param gridPath root to grid
 * @param dueAt due date of the visit
 * @param reasons tag categories, risk level or follow-up kind that set the interval
 */
public record VisitDueV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String residentId,
        String gridCode,
        List<String> gridPath,
        Instant dueAt,
        List<String> reasons) implements EventPayload {
}
