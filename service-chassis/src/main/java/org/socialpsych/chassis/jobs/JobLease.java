package org.socialpsych.chassis.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * A time-limited lease per job name in the service's {@code job_leases} collection: one
 * document per job, {@code holder} and {@code expiresAt}. Acquiring is one conditional upsert
 * (free, expired, or already mine); a competing replica's upsert collides on {@code _id} and loses.
 * Works the same on MongoDB replica sets and the embedded server (no transactions needed).
 */
public class JobLease {

    public static final String COLLECTION = "job_leases";
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final String holder;

    public JobLease(ReactiveMongoTemplate mongo, Clock clock) {
        this(mongo, clock, UUID.randomUUID().toString());
    }

    public JobLease(ReactiveMongoTemplate mongo, Clock clock, String holder) {
        this.mongo = mongo;
        this.clock = clock;
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }

    /** Emits true when this instance holds the lease of {@code job} for {@code ttl} from now. */
    public Mono<Boolean> tryAcquire(String job, Duration ttl) {
        Instant now = clock.instant();
        Query query = new Query(Criteria.where("_id").is(job).orOperator(Criteria.where("holder").is(holder),
                Criteria.where("expiresAt").lt(Date.from(now))));
        Update update = new Update().set("holder", holder).set("expiresAt", Date.from(now.plus(ttl)))
                .set("acquiredAt", Date.from(now));
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COLLECTION)
                .map(d -> holder.equals(d.getString("holder")))
                .defaultIfEmpty(false)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /** Gives the lease up (a stopping replica), so another can take it without waiting for expiry. */
    public Mono<Void> release(String job) {
        return mongo.remove(new Query(Criteria.where("_id").is(job).and("holder").is(holder)), COLLECTION).then();
    }
}
