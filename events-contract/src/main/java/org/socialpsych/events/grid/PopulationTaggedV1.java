package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A population tag (重点人群) was put on a resident. Consumers holding no police/justice role should count, not display, tags of sensitivity POLICE_JUSTICE.
 * Topic grid.residents.v1, key = aggregateId (the pseudonymous resident id). Never carries identity data.
 *
 * @param tagId id of the tag assignment
 * @param category tag category (docs/domain.md §2), e.g. LEFT_BEHIND_CHILD
 * @param sensitivity GENERAL, SENSITIVE or POLICE_JUSTICE
 * @param department owning department
 * @param validFrom first day the tag applies
 * @param gridCode the resident's grid
 * @param gridPath root to grid
 * @param personId the platform-issued person id (= aggregateId), so consumers keep a read model of ownership
 * @param areaPath area codes from the root down to the owning grid (= gridPath)
 */
public record PopulationTaggedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String tagId,
        String category,
        String sensitivity,
        String department,
        LocalDate validFrom,
        String gridCode,
        List<String> gridPath,
        @JsonInclude(JsonInclude.Include.NON_NULL) String personId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> areaPath) implements EventPayload {
}
