package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * Training hours of the national 8+x curriculum were recorded for a practitioner.
 * Topic {@code psych.practitioners.v1}, key = aggregate id.
 *
 * @param category practitioner category
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param module curriculum module
 * @param hours hours of this record
 * @param totalHours hours so far
 * @param requiredHours hours the category needs (32 core, +4 for community doctors)
 * @param curriculumComplete totalHours >= requiredHours
 */
public record PractitionerTrainingRecordedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String category,
        String areaCode,
        List<String> areaPath,
        String module,
        int hours,
        int totalHours,
        int requiredHours,
        boolean curriculumComplete) implements EventPayload {
}
