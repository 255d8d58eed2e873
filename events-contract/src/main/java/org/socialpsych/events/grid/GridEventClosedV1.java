package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A grid event was closed (结案) by a supervisor other than its handler.
 * Topic grid.grid-events.v1, key = aggregateId (the grid event id).
 *
 * @param category event category code, e.g. CONFLICT_DISPUTE, PSYCH_CONCERN, SAFETY_HAZARD, PETITION
 * @param gridCode grid where it happened
 * @param gridPath root to grid
 * @param dispatchedAt start of the clock
 * @param deadlineAt deadline
 * @param feedbackAt when the handler reported the result
 * @param closedAt when it was closed
 * @param onTime handler feedback at or before the deadline
 * @param escalated it entered supervision at some point
 */
public record GridEventClosedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String category,
        String gridCode,
        List<String> gridPath,
        Instant dispatchedAt,
        Instant deadlineAt,
        Instant feedbackAt,
        Instant closedAt,
        boolean onTime,
        boolean escalated) implements EventPayload {
}
