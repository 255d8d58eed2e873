package org.socialpsych.psych.appointment.infra;

import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Seats taken per (service point, slot), one counter document each in {@code appointment_slots}.
 * A seat is taken by one conditional update ({@code booked < seats} → {@code $inc booked}), so two
 * concurrent bookings of the last seat cannot both succeed: the server applies one, the other
 * matches nothing. No read-then-write.
 */
@Component
public class SlotCounter {

    public static final String COLLECTION = "appointment_slots";
    private final ReactiveMongoTemplate mongo;

    public SlotCounter(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String servicePointId, Instant slotStart) {
        return servicePointId + "|" + slotStart;
    }

    /** Takes a seat; emits the seats taken afterwards, or nothing when the slot is full. */
    public Mono<Integer> take(String servicePointId, Instant slotStart, int seats) {
        String id = id(servicePointId, slotStart);
        Update create = new Update().setOnInsert("booked", 0).setOnInsert("servicePointId", servicePointId)
                .setOnInsert("slotStart", slotStart);
        Mono<Void> ensure = mongo.upsert(new Query(Criteria.where("_id").is(id)), create, COLLECTION)
                // two first bookings of a slot race to create its counter; either one's document will do
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty()).then();
        Query hasSeat = new Query(Criteria.where("_id").is(id).and("booked").lt(seats));
        return ensure.then(mongo.findAndModify(hasSeat, new Update().inc("booked", 1).set("seats", seats),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION))
                .map(d -> ((Number) d.get("booked")).intValue());
    }

    /** Gives a seat back (a cancelled booking, or a booking whose insert failed). */
    public Mono<Void> release(String servicePointId, Instant slotStart) {
        Query query = new Query(Criteria.where("_id").is(id(servicePointId, slotStart)).and("booked").gt(0));
        return mongo.updateFirst(query, new Update().inc("booked", -1), COLLECTION).then();
    }

    public Mono<Integer> taken(String servicePointId, Instant slotStart) {
        return mongo.findById(id(servicePointId, slotStart), Document.class, COLLECTION)
                .map(d -> ((Number) d.get("booked")).intValue()).defaultIfEmpty(0);
    }
}
