package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A staff assignment ended on validTo (exclusive), either ended by an admin or handed over in a bulk reassignment. Pseudonymous subject ids only.
 * Topic grid.staff-assignments.v1, key = aggregateId (the assignment id).
 *
 * @param personId pseudonymous platform subject id of the staff member
 * @param role LEADER, WORKER or VOLUNTEER
 * @param gridCode the grid served
 * @param gridPath root to grid
 * @param validFrom first day of the assignment
 * @param validTo first day the person no longer serves the grid
 * @param reason ENDED (by an admin) or REASSIGNED (bulk hand-over)
 * @param reassignmentId the bulk reassignment that ended it, if any
 */
public record StaffAssignmentEndedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String personId,
        String role,
        String gridCode,
        List<String> gridPath,
        LocalDate validFrom,
        LocalDate validTo,
        String reason,
        String reassignmentId) implements EventPayload {
}
