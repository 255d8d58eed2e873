package org.socialpsych.chassis.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;

import org.bson.Document;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/**
 * Replaces an expired document by a tombstone in one single-document write: only the named
 * non-personal fields survive (id, area path, the date that started the clock…), plus
 * {@code purgedAt}, {@code retentionClass}, the bumped {@code version} and the outbox with the
 * "purged" event for holders of derived copies. The write is conditional on the version read, so
 * a concurrent change makes it a no-op that the next run retries, and so does a document whose
 * outbox still holds unpublished events; a crash before it leaves the
 * record intact, a crash after it leaves the event in the outbox. The tombstone keeps the id
 * taken, so a late or replayed creation event cannot bring the record back in consumers that
 * version their copies.
 */
public final class Tombstones {

    public static final String PURGED_AT = "purgedAt";
    public static final String RETENTION_CLASS = "retentionClass";

    private Tombstones() {
    }

    /** Criteria part: not a tombstone yet. */
    public static Criteria notPurged() {
        return Criteria.where(PURGED_AT).exists(false);
    }

    /**
     * @param keep   fields copied to the tombstone ({@code _id}, {@code version} and {@code outbox} always are)
     * @param events the events to add to the outbox, given the tombstone's version
     */
    public static Mono<Boolean> replace(ReactiveMongoTemplate mongo, String collection, Document current,
            Collection<String> keep, String retentionClass, Instant now, LongFunction<List<OutboxEvent>> events) {
        if (!current.getList("outbox", Object.class, List.of()).isEmpty()) {
            // events still waiting may name the subject (ce_subject): purge once the relay has sent them
            return Mono.just(false);
        }
        Object id = current.get("_id");
        long version = current.get("version") instanceof Number n ? n.longValue() : 0L;
        Document tomb = new Document("_id", id);
        for (String field : keep) {
            if (current.containsKey(field)) {
                tomb.append(field, current.get(field));
            }
        }
        List<Object> outbox = new ArrayList<>();
        for (OutboxEvent e : events.apply(version + 1)) {
            outbox.add(mongo.getConverter().convertToMongoType(e));
        }
        tomb.append("version", version + 1)
                .append(PURGED_AT, Date.from(now))
                .append(RETENTION_CLASS, retentionClass)
                .append("outbox", outbox);
        Criteria base = Criteria.where("_id").is(id).and(PURGED_AT).exists(false);
        Document filter = new Query(current.containsKey("version") ? base.and("version").is(current.get("version"))
                : base).getQueryObject();
        return mongo.getCollection(collection)
                .flatMap(c -> Mono.from(c.replaceOne(filter, tomb)))
                .map(r -> r.getModifiedCount() > 0 || r.getMatchedCount() > 0);
    }

    /** Deletes an expired document that nobody else holds a copy of. */
    public static Mono<Boolean> delete(ReactiveMongoTemplate mongo, String collection, Document current) {
        return mongo.remove(new Query(Criteria.where("_id").is(current.get("_id"))), collection)
                .map(r -> r.getDeletedCount() > 0);
    }
}
