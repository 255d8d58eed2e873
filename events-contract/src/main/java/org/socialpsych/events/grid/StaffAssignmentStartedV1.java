package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A person started serving a grid ("1+n+n": leader, worker or volunteer) from validFrom. Pseudonymous subject ids only (platform account ids), never names or phones.
 * Topic grid.staff-assignments.v1, key = aggregateId (the assignment id).
 *
 * @param personId pseudonymous platform subject id of the staff member
 * @param role LEADER, WORKER or VOLUNTEER
 * @param gridCode the grid served
 * @param gridPath root to grid
 * @param validFrom first day of the assignment
 * @param reassignmentId the bulk reassignment that created it, if any
 * @param predecessorAssignmentId the assignment it took over in a bulk reassignment, if any
 */
public record StaffAssignmentStartedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String personId,
        String role,
        String gridCode,
        List<String> gridPath,
        LocalDate validFrom,
        String reassignmentId,
        String predecessorAssignmentId) implements EventPayload {
}
