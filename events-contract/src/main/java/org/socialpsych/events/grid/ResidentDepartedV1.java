package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A resident left (moved out, died, deregistered) on {@code departedOn}, a day in the platform zone: no
 * further visit is due. Ownership stays with the grid (the record is kept until its retention ends).
 * Topic grid.residents.v1, key = aggregateId (the person id). Never carries identity data.
 *
 * @param personId the platform-issued person id (= aggregateId)
 * @param reason MOVED_OUT, DECEASED or DEREGISTERED
 * @param departedOn the departure day (platform zone)
 * @param gridCode the owning grid
 * @param gridPath root to grid
 * @param areaPath area codes from the root down to the owning grid (= gridPath)
 */
public record ResidentDepartedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String personId,
        String reason,
        LocalDate departedOn,
        String gridCode,
        List<String> gridPath,
        List<String> areaPath) implements EventPayload {
}
