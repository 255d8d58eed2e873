package org.socialpsych.psych.appointment.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socialpsych.appointments.*}: slots start every {@code slotLength} from local midnight;
 * a service point without a capacity takes {@code defaultSeats} per slot.
 */
@ConfigurationProperties("socialpsych.appointments")
public record AppointmentProperties(Duration slotLength, Integer defaultSeats) {

    public AppointmentProperties {
        slotLength = slotLength == null ? Duration.ofHours(1) : slotLength;
        defaultSeats = defaultSeats == null ? 1 : defaultSeats;
        if (slotLength.isNegative() || slotLength.isZero() || Duration.ofDays(1).toSeconds() % slotLength.toSeconds() != 0) {
            throw new IllegalStateException("socialpsych.appointments.slot-length must divide a day");
        }
    }
}
