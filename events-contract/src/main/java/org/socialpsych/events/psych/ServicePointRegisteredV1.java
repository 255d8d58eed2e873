package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A service point of the network was registered (docs/domain.md §3).
 * Topic {@code psych.service-points.v1}, key = aggregate id.
 *
 * @param name public name of the service point
 * @param type kind
 * @param tier network tier, 1 = county
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param status construction status
 * @param capacity clients at a time
 * @param services services offered
 */
public record ServicePointRegisteredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String name,
        String type,
        int tier,
        String areaCode,
        List<String> areaPath,
        String status,
        Integer capacity,
        List<String> services) implements EventPayload {
}
