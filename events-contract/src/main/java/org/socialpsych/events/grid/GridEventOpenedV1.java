package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A grid event (事件) was opened (立案) by a supervisor. A PSYCH_CONCERN event with a subjectId can open a crisis case in psych-service.
 * Topic grid.grid-events.v1, key = aggregateId (the grid event id).
 *
 * @param category event category code, e.g. CONFLICT_DISPUTE, PSYCH_CONCERN, SAFETY_HAZARD, PETITION
 * @param gridCode grid where it happened
 * @param gridPath root to grid
 * @param subjectId pseudonymous resident id when the event concerns a person
 * @param openedAt when it was opened
 * @param notifiedGridCodes neighbouring grids notified (categories that need it)
 */
public record GridEventOpenedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String category,
        String gridCode,
        List<String> gridPath,
        String subjectId,
        Instant openedAt,
        List<String> notifiedGridCodes) implements EventPayload {
}
