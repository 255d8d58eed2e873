package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A practitioner joined the service network (no name or contact data in the event).
 * Topic {@code psych.practitioners.v1}, key = aggregate id.
 *
 * @param category category
 * @param fullTime full-time
 * @param servicePointIds service points served
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param talentPool in the talent pool
 */
public record PractitionerRegisteredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String category,
        boolean fullTime,
        List<String> servicePointIds,
        String areaCode,
        List<String> areaPath,
        boolean talentPool) implements EventPayload {
}
