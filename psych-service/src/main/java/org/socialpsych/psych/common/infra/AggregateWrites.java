package org.socialpsych.psych.common.infra;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * Optimistic single-document writes: the aggregate's state and the events the change caused go in
 * one update, applied only if the stored {@code version} is still the one that was read. The
 * {@code outbox} array is only ever appended to ({@code $push}), never overwritten, so the relay's
 * concurrent removals of published events are never undone.
 */
public final class AggregateWrites {

    private AggregateWrites() {
    }

    /** Emits true when the update applied, false when the document changed since it was read. */
    public static Mono<Boolean> update(ReactiveMongoTemplate mongo, String collection, Object document, String id,
            long expectedVersion, List<OutboxEvent> events) {
        return update(mongo, collection, document, id, expectedVersion, events, List.of());
    }

    /**
     * As {@link #update}, and the named fields are removed when the state no longer has them: the
     * converter leaves null fields out, so a {@code $set} alone would keep their old value (a
     * signed-off request still pending, a timer still due).
     */
    public static Mono<Boolean> update(ReactiveMongoTemplate mongo, String collection, Object document, String id,
            long expectedVersion, List<OutboxEvent> events, List<String> clearedWhenNull) {
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        bson.remove("_id");
        bson.remove("_class");
        bson.remove("outbox");
        Update update = new Update();
        bson.forEach(update::set);
        clearedWhenNull.stream().filter(f -> !bson.containsKey(f)).forEach(update::unset);
        if (!events.isEmpty()) {
            List<Object> converted = new ArrayList<>();
            for (OutboxEvent e : events) {
                Document d = new Document();
                mongo.getConverter().write(e, d);
                d.remove("_class");
                converted.add(d);
            }
            update.push("outbox").each(converted.toArray());
        }
        Query query = new Query(Criteria.where("_id").is(id).and("version").is(expectedVersion));
        return mongo.updateFirst(query, update, collection).map(r -> r.getMatchedCount() == 1);
    }

    /** Thrown when an optimistic update lost the race; callers retry from a fresh read. */
    public static final class StaleVersionException extends RuntimeException {
        public StaleVersionException(String id) {
            super("Document " + id + " changed concurrently");
        }
    }
}
