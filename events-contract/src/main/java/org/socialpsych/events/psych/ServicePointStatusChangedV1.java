package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A service point moved along planned, built, standardised, demonstration.
 * Topic {@code psych.service-points.v1}, key = aggregate id.
 *
 * @param type kind
 * @param tier network tier
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param previousStatus status before
 * @param status status now
 */
public record ServicePointStatusChangedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String type,
        int tier,
        String areaCode,
        List<String> areaPath,
        String previousStatus,
        String status) implements EventPayload {
}
