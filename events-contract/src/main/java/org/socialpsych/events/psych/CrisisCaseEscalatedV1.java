package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A crisis case moved up the escalation ladder (grid team, town, county, hotline/120/110).
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id.
 *
 * @param tier risk tier
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param level the rung reached
 * @param previousLevel the rung before
 * @param reason why
 * @param targetAreaCode area whose responders the case now reaches; null for EMERGENCY or when unknown
 */
public record CrisisCaseEscalatedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String tier,
        String areaCode,
        List<String> areaPath,
        String level,
        String previousLevel,
        String reason,
        String targetAreaCode) implements EventPayload {
}
