package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resident was registered in a grid. Pseudonymous id and area only: no name, identity number, phone or address.
 * Topic grid.residents.v1, key = aggregateId (the pseudonymous resident id). Never carries identity data.
 *
 * @param gridCode residence grid
 * @param gridPath area codes from the root down to the grid
 * @param householdId pseudonymous household id
 * @param personId the platform-issued person id (= aggregateId), so consumers keep a read model of ownership
 * @param areaPath area codes from the root down to the owning grid (= gridPath)
 */
public record ResidentRegisteredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String gridCode,
        List<String> gridPath,
        String householdId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String personId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> areaPath) implements EventPayload {
}
