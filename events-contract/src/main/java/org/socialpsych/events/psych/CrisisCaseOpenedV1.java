package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A crisis case was opened and routed (docs/domain.md §4.3); all assignees are notified.
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id; null for an anonymous hotline caller
 * @param tier risk tier
 * @param source where the case came from
 * @param sourceRef origin reference, e.g. assessment:<id> or hotline:<id>
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param assignees responder units notified jointly
 * @param escalationLevel starting rung of the escalation ladder
 * @param acknowledgeBy acknowledgement deadline; null when the tier has none (LOW)
 * @param firstContactBy first-contact deadline
 */
public record CrisisCaseOpenedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String tier,
        String source,
        String sourceRef,
        String areaCode,
        List<String> areaPath,
        List<String> assignees,
        String escalationLevel,
        Instant acknowledgeBy,
        Instant firstContactBy) implements EventPayload {
}
