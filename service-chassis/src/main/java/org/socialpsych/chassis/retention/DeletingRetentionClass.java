package org.socialpsych.chassis.retention;

import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/** A record class whose expired records are deleted outright: no other service holds a person-level copy. */
public abstract class DeletingRetentionClass implements RetentionClass {

    private final ReactiveMongoTemplate mongo;
    private final Spec spec;

    protected DeletingRetentionClass(ReactiveMongoTemplate mongo, Spec spec) {
        this.mongo = mongo;
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        return Tombstones.delete(mongo, spec.collection(), expired);
    }
}
