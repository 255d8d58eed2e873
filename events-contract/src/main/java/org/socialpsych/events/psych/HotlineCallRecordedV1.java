package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A hotline call was recorded with its triage and outcome; callers are anonymous by default.
 * Topic {@code psych.hotline-calls.v1}, key = aggregate id.
 *
 * @param line hotline number, e.g. 12356 or 96525
 * @param channel channel
 * @param tier triage tier
 * @param outcome outcome
 * @param linkages emergency lines the call was handed to
 * @param anonymous the caller stayed anonymous
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param crisisCaseId the crisis case opened from this call
 */
public record HotlineCallRecordedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String line,
        String channel,
        String tier,
        String outcome,
        List<String> linkages,
        boolean anonymous,
        String areaCode,
        List<String> areaPath,
        String crisisCaseId) implements EventPayload {
}
