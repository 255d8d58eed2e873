package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resident's grid changed from effectiveFrom because the old grid was merged into another; records before that day stay attributed to the old grid. Pseudonymous id and areas only: no identity data.
 * Topic grid.residents.v1, key = aggregateId (the pseudonymous resident id).
 *
 * @param fromGridCode the grid that ended
 * @param fromGridPath its path
 * @param gridCode the surviving grid
 * @param gridPath its path
 * @param effectiveFrom first day in the surviving grid (the merge date)
 * @param reason why: AREA_MERGED
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
