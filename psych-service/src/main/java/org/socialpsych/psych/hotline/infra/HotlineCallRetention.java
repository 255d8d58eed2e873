package org.socialpsych.psych.hotline.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.socialpsych.chassis.retention.RetentionClass;
import org.socialpsych.chassis.retention.Tombstones;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Retention class {@code hotline-call}: a call record is kept for 3 years after the call
 * ({@code startedAt}; {@code socialpsych.retention.classes.hotline-call} overrides it), then
 * deleted outright. No tombstone is needed: nobody holds a person-level copy of a call (reporting
 * keeps aggregates of {@code HotlineCallRecorded} that carry no person), and the crisis case a call
 * opened has its own, longer retention. A call whose events are still waiting in its outbox is left
 * for a later run, so no event is lost.
 */
@Component
public class HotlineCallRetention implements RetentionClass {

    public static final String NAME = "hotline-call";
    /** 3 years, counted generously (3 × 365 days plus the one leap day 3 years can hold). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);

    private final ReactiveMongoTemplate mongo;

    public HotlineCallRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String recordType() {
        return "hotline-call";
    }

    @Override
    public Duration defaultKeep() {
        return DEFAULT_KEEP;
    }

    @Override
    public String collection() {
        return HotlineCallDocument.COLLECTION;
    }

    @Override
    public String clockStartsAt() {
        return "startedAt: the call began";
    }

    @Override
    public Criteria expired(Instant cutoff) {
        return Criteria.where("startedAt").lt(Date.from(cutoff)).and("outbox.0").exists(false)
                .andOperator(Tombstones.notPurged());
    }

    @Override
    public String subjectField() {
        return "callerSubjectId";
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        return Tombstones.delete(mongo, collection(), expired);
    }
}
