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
 * one stored. A redelivered or older event changes nothing. A duplicate-key error is retried once
 * before it is taken as "stale" (two first upserts racing on a replica set).
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
        Mono<Boolean> attempt = mongo.upsert(query, withVersion, Document.class, collection)
                .map(r -> r.getModifiedCount() > 0 || r.getUpsertedId() != null);
        // A duplicate key means either "a document with a version >= this one exists" (stale) or, on a
        // replica set, "another writer inserted the first version a moment ago" (a race this event may
        // win): retry once, when the conditional update decides; a second collision is really stale.
        return attempt.onErrorResume(DuplicateKeyException.class, first -> attempt
                .onErrorResume(DuplicateKeyException.class, second -> Mono.just(false)));
    }
}
