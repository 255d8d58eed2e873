package org.socialpsych.events.psych;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A confirmed severe-mental-disorder patient was registered (no diagnosis or identity data in the event).
 * Topic {@code psych.smd-patients.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param nextFollowUpDue first follow-up due
 */
public record SmdPatientRegisteredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String areaCode,
        List<String> areaPath,
        LocalDate nextFollowUpDue) implements EventPayload {
}
