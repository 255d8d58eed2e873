package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An area ended on validTo (exclusive), e.g. after a split; successorCodes are the areas that take over.
 * Topic grid.areas.v1, key = aggregateId (a-<code>).
 *
 * @param code the ending area
 * @param path its path while it existed
 * @param validTo first day it no longer exists
 * @param successorCodes areas that take over (empty when none)
 */
public record AreaRetiredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String code,
        List<String> path,
        LocalDate validTo,
        List<String> successorCodes) implements EventPayload {
}
