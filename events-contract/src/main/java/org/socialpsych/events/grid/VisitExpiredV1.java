package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A scheduled visit was missed: its window closed without a visit; the schedule rolls to the next period.
 * Topic grid.visits.v1, key = aggregateId (visit id for VisitRecorded, schedule id for due/overdue/expired).
 *
 * @param residentId pseudonymous resident id (or psych subject id for a follow-up item)
 * @param gridCode the grid (or area) the visit is owed in
 * @param gridPath root to grid
 * @param dueAt due date of the visit
 * @param reasons tag categories, risk level or follow-up kind that set the interval
 */
public record VisitExpiredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String residentId,
        String gridCode,
        List<String> gridPath,
        Instant dueAt,
        List<String> reasons) implements EventPayload {
}
