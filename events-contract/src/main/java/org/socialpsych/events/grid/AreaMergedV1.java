package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An area was merged into another; it ends on validTo (exclusive) and the target is its successor. Its past figures stay attributed to it.
 * Topic grid.areas.v1, key = aggregateId (a-<code>).
 *
 * @param code the merged (ending) area
 * @param path its path while it existed
 * @param intoCode the surviving area
 * @param intoPath the surviving area's path
 * @param validTo first day the merged area no longer exists
 */
public record AreaMergedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String code,
        List<String> path,
        String intoCode,
        List<String> intoPath,
        LocalDate validTo) implements EventPayload {
}
