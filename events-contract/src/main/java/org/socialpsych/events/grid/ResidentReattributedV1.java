package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resident's grid (or its path) changed from effectiveFrom because the old grid was merged into another, or an area above it was re-parented; records before that day stay attributed as they were. Pseudonymous id and areas only: no identity data.
 * Topic grid.residents.v1, key = aggregateId (the pseudonymous resident id).
 *
 * @param fromGridCode the grid that ended
 * @param fromGridPath its path
 * @param gridCode the surviving grid
 * @param gridPath its path
 * @param effectiveFrom first day in the surviving grid (the merge date)
 * @param reason why: AREA_MERGED or AREA_REPARENTED (same grid, new path)
 * @param personId the platform-issued person id (= aggregateId), so consumers keep a read model of ownership
 * @param areaPath area codes from the root down to the owning grid (= gridPath)
 */
public record ResidentReattributedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String fromGridCode,
        List<String> fromGridPath,
        String gridCode,
        List<String> gridPath,
        LocalDate effectiveFrom,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String personId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> areaPath) implements EventPayload {
}
