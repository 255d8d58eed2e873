package org.socialpsych.psych.appointment.domain;

/** BOOKED → COMPLETED (session recorded), CANCELLED, or NO_SHOW; the last three are final. */
public enum AppointmentStatus {
    BOOKED, CANCELLED, NO_SHOW, COMPLETED
}
