package org.socialpsych.psych.archive.infra;

import java.time.Instant;
import java.util.List;

/**
 * assessment-service's {@code org.socialpsych.assessment.AssessmentCompleted.v1} as the archive
 * reads it (unknown fields ignored). {@code score} is read if a producer adds it.
 */
public record AssessmentCompletedMessage(String aggregateId, Long aggregateVersion, Instant occurredAt,
        String subjectId, String instrument, String definitionVersion, String band, Boolean critical, String tier,
        String areaCode, List<String> areaPath, Double score) {
}
