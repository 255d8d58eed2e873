package org.socialpsych.grid.resident.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.socialpsych.chassis.retention.RetentionClass;
import org.socialpsych.chassis.retention.Tombstones;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Retention class {@code resident}: a resident who left the register (moved out, died,
 * deregistered) is kept for three years after the departure ({@code departedAt};
 * {@code socialpsych.retention.classes.resident} overrides it), then replaced by a tombstone that
 * keeps nothing about the person: id, last residence grid and path, {@code departedAt} and the
 * departure reason (copied to the top-level {@code departureReason}). The sealed identity fields
 * (identity number, name, phone, address), the identity number's keyed hash, tags, household and
 * guardian links, the risk colour, grid history, the departure's recorder and the idempotency key
 * are gone. Reads answer 404 for the tombstone, a search by identity number no longer finds it and
 * the sparse unique index on {@code idHash} lets tombstones without it coexist. No event is
 * published: no other service holds a person-level copy of residents (reporting keeps aggregates).
 * Residents who have not left are never purged.
 */
@Component
public class ResidentRetention implements RetentionClass {

    public static final String NAME = "resident";
    /** Three calendar years are 1095 or 1096 days: never purge before three years have passed. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);
    public static final String DEPARTURE_REASON = "departureReason";
    /** The fields a tombstone keeps (besides {@code _id}, {@code version}, {@code outbox} and the purge marks). */
    public static final List<String> TOMBSTONE_FIELDS = List.of("gridCode", "gridPath", "departedAt",
            DEPARTURE_REASON);

    static final Spec SPEC = new Spec(NAME, "resident", DEFAULT_KEEP, "residents", "departedAt",
            "departedAt: when the resident moved out, died or was deregistered (residents who have not left are kept)",
            "_id");

    private final ReactiveMongoTemplate mongo;

    public ResidentRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        Document current = new Document(expired);
        if (expired.get("departure") instanceof Document d && d.get("reason") != null) {
            current.put(DEPARTURE_REASON, d.get("reason"));
        }
        return Tombstones.replace(mongo, collection(), current, TOMBSTONE_FIELDS, NAME, now, version -> List.of());
    }
}
