package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * The tier of a crisis case changed (a downgrade only after a second person's sign-off); routing and deadlines follow.
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id.
 *
 * @param previousTier tier before
 * @param tier tier now
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param assignees responder units after re-routing
 * @param acknowledgeBy acknowledgement deadline now
 * @param firstContactBy first-contact deadline now
 */
public record CrisisCaseTierChangedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String previousTier,
        String tier,
        String areaCode,
        List<String> areaPath,
        List<String> assignees,
        Instant acknowledgeBy,
        Instant firstContactBy) implements EventPayload {
}
