package org.socialpsych.psych.crisis.infra;

import java.time.Instant;
import java.util.List;

/**
 * assessment-service's {@code org.socialpsych.assessment.RiskFlagged.v1} as psych-service reads it
 * (the agreed payload; read by type string, unknown fields ignored).
 *
 * @param sourceRef  {@code assessment:<id>}
 * @param campaignId nullable
 */
public record RiskFlaggedMessage(String aggregateId, Long aggregateVersion, Instant occurredAt, String subjectId,
        String tier, String sourceRef, String instrument, String areaCode, List<String> areaPath, List<String> reasons,
        String campaignId) {

    public static final String TYPE = "org.socialpsych.assessment.RiskFlagged.v1";
}
