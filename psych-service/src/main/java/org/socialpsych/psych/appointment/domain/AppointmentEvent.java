package org.socialpsych.psych.appointment.domain;

import java.time.Instant;

/** What changed in an appointment, for the caller to publish. */
public sealed interface AppointmentEvent {
    long version();

    Instant at();

    record Booked(long version, Instant at) implements AppointmentEvent {
    }

    record Cancelled(long version, Instant at) implements AppointmentEvent {
    }

    record Missed(long version, Instant at) implements AppointmentEvent {
    }

    record SessionRecorded(long version, Instant at) implements AppointmentEvent {
    }
}
