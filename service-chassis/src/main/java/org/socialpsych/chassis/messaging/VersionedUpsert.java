package org.socialpsych.chassis.messaging;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * Idempotent projection of a versioned aggregate into one read-model document, atomic in one
 * update: the document is written only when the event's {@code aggregateVersion} is newer than the
 * one stored. A redelivered or older event changes nothing.
 */
public class VersionedUpsert {

    public static final String VERSION_FIELD = "aggregateVersion";
    private final ReactiveMongoTemplate mongo;

    public VersionedUpsert(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Emits true when the document was created or changed, false when the event was stale or a repeat. */
    public Mono<Boolean> apply(String collection, Object id, long version, Update update) {
        Query query = new Query(Criteria.where("_id").is(id).and(VERSION_FIELD).lt(version));
        Update withVersion = update.set(VERSION_FIELD, version);
        return mongo.upsert(query, withVersion, Document.class, collection)
                .map(r -> r.getModifiedCount() > 0 || r.getUpsertedId() != null)
                // the document exists with a version >= this one: the upsert collides on _id
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }
}
