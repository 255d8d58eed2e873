package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A grid event passed its deadline: it entered supervision (督办) and was escalated to an ancestor area.
 * Topic grid.grid-events.v1, key = aggregateId (the grid event id).
 *
 * @param category event category code, e.g. CONFLICT_DISPUTE, PSYCH_CONCERN, SAFETY_HAZARD, PETITION
 * @param gridCode grid where it happened
 * @param gridPath root to grid
 * @param level escalation level: 1 = parent of the grid, 2 = grandparent, ...
 * @param escalatedToAreaCode the area now supervising it
 * @param deadlineAt the deadline that was missed
 */
public record GridEventEscalatedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String category,
        String gridCode,
        List<String> gridPath,
        int level,
        String escalatedToAreaCode,
        Instant deadlineAt) implements EventPayload {
}
