package org.socialpsych.grid.visit.infra;

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
 * Retention class {@code visit}: a visit record is kept for three years after the visit
 * ({@code visitedAt}, the event time, not the entry time), then deleted
 * ({@code socialpsych.retention.classes.visit} overrides the period). No tombstone and no event:
 * nobody holds a copy that names the person (reporting keeps aggregate counts only, from
 * VisitRecorded, which never carried identity data).
 */
@Component
public class VisitRetention implements RetentionClass {

    public static final String NAME = "visit";
    /** Three calendar years are 1095 or 1096 days: never delete before three years have passed. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);

    private final ReactiveMongoTemplate mongo;

    public VisitRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String recordType() {
        return "visit";
    }

    @Override
    public Duration defaultKeep() {
        return DEFAULT_KEEP;
    }

    @Override
    public String collection() {
        return "visits";
    }

    @Override
    public String clockStartsAt() {
        return "visitedAt: when the visit took place (event time)";
    }

    @Override
    public Criteria expired(Instant cutoff) {
        return Criteria.where("visitedAt").lt(Date.from(cutoff));
    }

    @Override
    public String subjectField() {
        return "residentId";
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        return Tombstones.delete(mongo, collection(), expired);
    }
}
