package org.socialpsych.events.assessment;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A screening submission was scored and stored. Carries no answers or item scores. Topic
 * {@code assessment.assessments.v1}, key = assessment id.
 *
 * @param subjectId         pseudonymous subject id (an {@code anon-} id for anonymous self-tests)
 * @param definitionVersion the instrument definition version that scored it, e.g. {@code PHQ9@1}
 * @param band              band id of that definition, e.g. {@code moderately_severe}
 * @param critical          whether a critical (crisis) item fired
 * @param tier              {@code NONE}, {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param campaignId        screening campaign, or null
 */
public record AssessmentCompletedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String instrument,
        String definitionVersion,
        String band,
        boolean positiveScreen,
        boolean critical,
        String tier,
        String areaCode,
        List<String> areaPath,
        String campaignId) implements EventPayload {
}
