package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A responder made first contact with the person.
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id.
 *
 * @param tier risk tier
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param at when contact was made
 * @param firstContactBy the deadline it was measured against
 * @param onTime contact made by the deadline
 * @param minutesToFirstContact minutes from opening to first contact
 */
public record CrisisCaseFirstContactMadeV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String tier,
        String areaCode,
        List<String> areaPath,
        Instant at,
        Instant firstContactBy,
        boolean onTime,
        long minutesToFirstContact) implements EventPayload {
}
