package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A grid worker recorded a visit (走访). visitedAt is when it happened, enteredAt when it was entered (late entry allowed).
 * Topic grid.visits.v1, key = aggregateId (visit id for VisitRecorded, schedule id for due/overdue/expired).
 *
 * @param residentId pseudonymous resident id
 * @param gridCode the resident's grid at the visit
 * @param gridPath root to grid at the visit
 * @param workerId subject id of the grid worker
 * @param visitedAt event time
 * @param enteredAt entry time
 * @param dueAt when the visit was due by the schedule; null when none was scheduled
 * @param onTime visitedAt <= dueAt; null without a schedule
 * @param lateEntry entered later than the configured late-entry threshold
 * @param flags plausibility flags: IMPOSSIBLE_TRAVEL, IMPLAUSIBLY_SHORT, REUSED_PHOTO_HASH
 */
public record VisitRecordedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String residentId,
        String gridCode,
        List<String> gridPath,
        String workerId,
        Instant visitedAt,
        Instant enteredAt,
        Instant dueAt,
        Boolean onTime,
        boolean lateEntry,
        List<String> flags) implements EventPayload {
}
