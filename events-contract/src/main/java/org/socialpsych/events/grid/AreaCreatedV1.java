package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An area (city, county, town, village/community or grid) was created in grid-service.
 *
 * @param path      codes of the ancestors from the root down to and including this area, so
 *                  consumers can check area scopes without a tree lookup
 * @param validFrom first day the area exists (effective dating)
 */
public record AreaCreatedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String code,
        String name,
        String level,
        String parentCode,
        List<String> path,
        Long population,
        Boolean urban,
        LocalDate validFrom) implements EventPayload {
}
