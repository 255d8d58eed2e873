package org.socialpsych.psych.appointment.infra;

import java.time.Duration;

import org.socialpsych.chassis.retention.DeletingRetentionClass;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Retention class {@code appointment}: an appointment (with its counselling session and notes) is
 * kept for 3 years after its slot ({@code slotStart}; {@code socialpsych.retention.classes.appointment}
 * overrides it), then deleted. Nobody holds a person-level copy (reporting counts bookings and
 * sessions without the person; the archive reads this collection directly). An appointment whose
 * events still wait in its outbox is left for a later run. The slot counters
 * ({@code appointment_slots}) name no person and stay.
 */
@Component
public class AppointmentRetention extends DeletingRetentionClass {

    public static final String NAME = "appointment";
    /** 3 years, counted generously (3 × 365 days plus the one leap day 3 years can hold). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);

    public AppointmentRetention(ReactiveMongoTemplate mongo) {
        super(mongo, new Spec(NAME, "appointment", DEFAULT_KEEP, AppointmentDocument.COLLECTION, "slotStart",
                "slotStart: the booked slot began", "personId"));
    }
}
