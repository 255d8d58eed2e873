package org.socialpsych.psych.consent.infra;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A person's ledger: entries in {@code consents}, numbered by an atomic per-person sequence
 * ({@code consent_ledgers}, {@code $inc}); the sequence is the events' {@code aggregateVersion}.
 */
@Component
public class ConsentLedger {

    public static final String SEQUENCES = "consent_ledgers";
    private final ReactiveMongoTemplate mongo;

    public ConsentLedger(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Long> nextSeq(String personId) {
        return mongo.findAndModify(new Query(Criteria.where("_id").is(personId)), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SEQUENCES)
                .map(d -> ((Number) d.get("seq")).longValue());
    }

    public Flux<ConsentEntryDocument> entries(String personId) {
        return mongo.find(new Query(Criteria.where("personId").is(personId)).with(Sort.by("seq")),
                ConsentEntryDocument.class);
    }

    public Mono<ConsentEntryDocument> byIdempotencyKey(String key) {
        return mongo.findOne(new Query(Criteria.where("idempotencyKey").is(key)), ConsentEntryDocument.class);
    }

    public Mono<ConsentEntryDocument> insert(ConsentEntryDocument d) {
        return mongo.insert(d);
    }
}
