package org.socialpsych.events.assessment;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A result's retention period ended and the result was purged: only a tombstone (id, area, month)
 * is left. Holders of derived copies (the psychological archive) remove theirs. Topic
 * {@code assessment.assessments.v1}, key = assessment id, so it follows the result's other events.
 */
public record AssessmentPurgedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String retentionClass,
        String areaCode,
        List<String> areaPath) implements EventPayload {
}
