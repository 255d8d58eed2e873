package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An area was renamed from effectiveFrom; the previous name stays in its history.
 * Topic grid.areas.v1, key = aggregateId (a-<code>).
 *
 * @param code area code (unchanged)
 * @param name the new name
 * @param previousName the name until effectiveFrom
 * @param path area codes from the root down to this area
 * @param effectiveFrom first day of the new name
 */
public record AreaRenamedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String code,
        String name,
        String previousName,
        List<String> path,
        LocalDate effectiveFrom) implements EventPayload {
}
