package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A closed crisis case's retention period ended and the case was purged (a tombstone is left).
 * Holders of derived copies (grid follow-ups) remove theirs. Topic {@code psych.crisis-cases.v1},
 * key = case id.
 */
public record CrisisCasePurgedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String retentionClass,
        String areaCode,
        List<String> areaPath) implements EventPayload {
}
