package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A responder acknowledged a crisis case.
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id.
 *
 * @param tier risk tier
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param acknowledgedAt when it was acknowledged
 * @param acknowledgeBy the deadline it was measured against
 * @param onTime acknowledged by the deadline (true when there was none)
 */
public record CrisisCaseAcknowledgedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String tier,
        String areaCode,
        List<String> areaPath,
        Instant acknowledgedAt,
        Instant acknowledgeBy,
        boolean onTime) implements EventPayload {
}
