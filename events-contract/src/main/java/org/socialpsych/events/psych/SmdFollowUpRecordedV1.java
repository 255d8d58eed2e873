package org.socialpsych.events.psych;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A follow-up of a registered SMD patient was recorded with the 0-5 risk level (docs/domain.md §4.4).
 * Topic {@code psych.smd-patients.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param followUpDate date of the follow-up
 * @param risk national risk level 0-5
 * @param classification classification
 * @param onTime done by the due date
 * @param nextDue next follow-up due
 * @param followUpsThisYear follow-ups in the calendar year so far
 */
public record SmdFollowUpRecordedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String areaCode,
        List<String> areaPath,
        LocalDate followUpDate,
        int risk,
        String classification,
        boolean onTime,
        LocalDate nextDue,
        int followUpsThisYear) implements EventPayload {
}
