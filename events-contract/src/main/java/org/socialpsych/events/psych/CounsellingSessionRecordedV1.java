package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A counselling session was held for a booked appointment; notes stay in psych-service. A HIGH risk observation opened a crisis case.
 * Topic {@code psych.appointments.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id of the person
 * @param servicePointId service point of the appointment
 * @param practitionerId practitioner booked or who held the session
 * @param slotStart start of the booked slot
 * @param areaCode area the record belongs to (the service point's area for appointments)
 * @param areaPath area codes from the root down to areaCode
 * @param durationMinutes length of the session
 * @param modality how the session was held
 * @param riskObserved risk the practitioner observed
 * @param crisisCaseId crisis case opened from a HIGH observation
 */
public record CounsellingSessionRecordedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String servicePointId,
        String practitionerId,
        Instant slotStart,
        String areaCode,
        List<String> areaPath,
        int durationMinutes,
        String modality,
        String riskObserved,
        String crisisCaseId) implements EventPayload {
}
