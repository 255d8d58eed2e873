package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A grid event was dispatched (派遣) to a handler; the deadline clock starts.
 * Topic grid.grid-events.v1, key = aggregateId (the grid event id).
 *
 * @param category event category code, e.g. CONFLICT_DISPUTE, PSYCH_CONCERN, SAFETY_HAZARD, PETITION
 * @param gridCode grid where it happened
 * @param gridPath root to grid
 * @param handlerId subject id of the handler
 * @param dispatchedAt start of the clock
 * @param deadlineAt dispatchedAt plus the category's deadline
 */
public record GridEventDispatchedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String category,
        String gridCode,
        List<String> gridPath,
        String handlerId,
        Instant dispatchedAt,
        Instant deadlineAt) implements EventPayload {
}
