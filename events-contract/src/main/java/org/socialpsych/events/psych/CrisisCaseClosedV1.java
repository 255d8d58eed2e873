package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A crisis case was closed with its outcome (a HIGH case only after a second person's sign-off).
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id.
 *
 * @param tier risk tier
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param outcome outcome
 * @param seriousIncident a serious incident; the case carries a review (causes, measures)
 * @param firstContactMade first contact was made before closing
 */
public record CrisisCaseClosedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String tier,
        String areaCode,
        List<String> areaPath,
        String outcome,
        boolean seriousIncident,
        boolean firstContactMade) implements EventPayload {
}
