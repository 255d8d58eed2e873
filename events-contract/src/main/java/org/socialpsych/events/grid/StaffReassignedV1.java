package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * Everything one person served passed to another on effectiveDate (bulk hand-over when a worker leaves); the per-assignment StaffAssignmentEnded/Started events carry the same reassignmentId. Pseudonymous subject ids only.
 * Topic grid.staff-assignments.v1, key = aggregateId (the reassignment id).
 *
 * @param fromPersonId pseudonymous id of the person handing over
 * @param toPersonId pseudonymous id of the person taking over
 * @param effectiveDate first day the new person serves
 * @param gridCodes the grids handed over
 * @param endedAssignmentIds assignments ended
 * @param startedAssignmentIds assignments started
 */
public record StaffReassignedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String fromPersonId,
        String toPersonId,
        LocalDate effectiveDate,
        List<String> gridCodes,
        List<String> endedAssignmentIds,
        List<String> startedAssignmentIds) implements EventPayload {
}
