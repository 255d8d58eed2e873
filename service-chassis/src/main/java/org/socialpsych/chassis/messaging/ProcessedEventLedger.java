package org.socialpsych.chassis.messaging;

import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/**
 * Processed-event ledger for consumers whose effect is not naturally idempotent: one document per
 * {@code (group, ce_id)} under a unique index. {@link #once} runs the work only for an event the
 * group has not completed, and records it after the work succeeded; a crash between the two means
 * the work runs again on redelivery, so the work itself must tolerate a repeat of its last step
 * (prefer single-document upserts). Consumers of versioned aggregates should use
 * {@link VersionedUpsert} instead, which needs no ledger.
 */
public class ProcessedEventLedger {

    static final String COLLECTION = "processed_events";
    private final ReactiveMongoTemplate mongo;
    private final java.time.Clock clock;

    public ProcessedEventLedger(ReactiveMongoTemplate mongo) {
        this(mongo, java.time.Clock.systemUTC());
    }

    public ProcessedEventLedger(ReactiveMongoTemplate mongo, java.time.Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("group", Sort.Direction.ASC).on("eventId", Sort.Direction.ASC).unique()
                        .named("group_event_unique"))
                .then();
    }

    public Mono<Boolean> seen(String group, String eventId) {
        return mongo.exists(new Query(Criteria.where("group").is(group).and("eventId").is(eventId)), COLLECTION);
    }

    /** Runs {@code work} unless the event was already processed by the group; emits whether it ran. */
    public Mono<Boolean> once(String group, IncomingEvent event, Mono<?> work) {
        return seen(group, event.id()).flatMap(seen -> seen ? Mono.just(false)
                : work.then(mongo.insert(new Document("group", group).append("eventId", event.id())
                                .append("type", event.type()).append("processedAt", java.util.Date.from(clock.instant())),
                        COLLECTION))
                        .thenReturn(true)
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false)));
    }
}
