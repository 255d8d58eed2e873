package org.socialpsych.events.assessment;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A stored assessment result has risk tier LOW or above (docs/domain.md §4.2). psych-service opens a
 * crisis case for HIGH and MEDIUM. Topic {@code assessment.assessments.v1}, key = assessment id.
 *
 * @param aggregateId  the assessment id
 * @param subjectId    pseudonymous subject id (never a name, identity number or phone)
 * @param tier         {@code HIGH}, {@code MEDIUM} or {@code LOW}
 * @param sourceRef    {@code assessment:<id>}
 * @param instrument   instrument code, e.g. {@code PHQ9}
 * @param areaCode     area where the assessment was administered
 * @param areaPath     codes from the root down to {@code areaCode}, for scope checks
 * @param reasons      why the tier was given, e.g. {@code PHQ9.item9}, {@code band:severe}
 * @param campaignId   screening campaign, or null
 */
public record RiskFlaggedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String tier,
        String sourceRef,
        String instrument,
        String areaCode,
        List<String> areaPath,
        List<String> reasons,
        String campaignId) implements EventPayload {
}
