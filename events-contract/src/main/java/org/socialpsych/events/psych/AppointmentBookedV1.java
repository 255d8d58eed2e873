package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A counselling appointment was booked in a slot of a service point (capacity enforced per slot).
 * Topic {@code psych.appointments.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id of the person
 * @param servicePointId service point of the appointment
 * @param practitionerId practitioner booked or who held the session
 * @param slotStart start of the booked slot
 * @param areaCode area the record belongs to (the service point's area for appointments)
 * @param areaPath area codes from the root down to areaCode
 * @param slotBooked seats of the slot taken after this booking
 * @param slotCapacity seats of the slot
 */
public record AppointmentBookedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String servicePointId,
        String practitionerId,
        Instant slotStart,
        String areaCode,
        List<String> areaPath,
        int slotBooked,
        int slotCapacity) implements EventPayload {
}
