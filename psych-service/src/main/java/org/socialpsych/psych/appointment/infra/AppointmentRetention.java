package org.socialpsych.psych.appointment.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.socialpsych.chassis.retention.RetentionClass;
import org.socialpsych.chassis.retention.Tombstones;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Retention class {@code appointment}: an appointment (with its counselling session and notes) is
 * kept for 3 years after its slot ({@code slotStart}; {@code socialpsych.retention.classes.appointment}
 * overrides it), then deleted. Nobody holds a person-level copy (reporting counts bookings and
 * sessions without the person; the archive reads this collection directly). An appointment whose
 * events still wait in its outbox is left for a later run. The slot counters
 * ({@code appointment_slots}) name no person and stay.
 */
@Component
public class AppointmentRetention implements RetentionClass {

    public static final String NAME = "appointment";
    /** 3 years, counted generously (3 × 365 days plus the one leap day 3 years can hold). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);

    private final ReactiveMongoTemplate mongo;

    public AppointmentRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String recordType() {
        return "appointment";
    }

    @Override
    public Duration defaultKeep() {
        return DEFAULT_KEEP;
    }

    @Override
    public String collection() {
        return AppointmentDocument.COLLECTION;
    }

    @Override
    public String clockStartsAt() {
        return "slotStart: the booked slot began";
    }

    @Override
    public Criteria expired(Instant cutoff) {
        return Criteria.where("slotStart").lt(Date.from(cutoff)).and("outbox.0").exists(false)
                .andOperator(Tombstones.notPurged());
    }

    @Override
    public String subjectField() {
        return "personId";
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        return Tombstones.delete(mongo, collection(), expired);
    }
}
