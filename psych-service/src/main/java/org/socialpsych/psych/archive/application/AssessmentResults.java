package org.socialpsych.psych.archive.application;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.ProcessedEventLedger;
import org.socialpsych.chassis.retention.RetentionJob;
import org.socialpsych.chassis.retention.Tombstones;
import org.socialpsych.events.assessment.AssessmentPurgedV1;
import org.socialpsych.psych.archive.infra.AssessmentCompletedMessage;
import org.socialpsych.psych.archive.infra.AssessmentResultDocument;
import org.socialpsych.psych.crisis.infra.GridFollowUpDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The archive's projection of screening results (instrument, date, score, band, tier). Each event
 * is applied once per consumer group (processed-event ledger); the write is an upsert by
 * assessment id, so a repeat after a crash between the two changes nothing. Anonymous self-tests
 * ({@code anon-} subjects) belong to nobody's archive and are skipped.
 * <p>
 * When assessment-service purges a result ({@code AssessmentPurged.v1}), the copy here is replaced
 * by a tombstone ({@code _id}, {@code purgedAt}, {@code retentionClass}, {@code purgedVersion}) and
 * the grid-team follow-up its LOW flag left ({@code sourceRef assessment:<id>}) is deleted; each
 * removal is audited first (actor {@code system:retention}, purpose
 * {@code RETENTION_PURGE:derived-copy}). The tombstone stays, so a late or replayed
 * {@code AssessmentCompleted} or {@code RiskFlagged} of that assessment (always of a lower
 * aggregate version) brings nothing back. A repeated purge event finds the tombstone and does
 * nothing, audit included.
 */
@Service
public class AssessmentResults {

    public static final String DERIVED_COPY_PURPOSE = RetentionJob.DERIVED_COPY_PURPOSE;
    private static final Logger log = LoggerFactory.getLogger(AssessmentResults.class);

    private final ReactiveMongoTemplate mongo;
    private final ProcessedEventLedger ledger;
    private final ReadAuditLog audit;
    private final Clock clock;

    public AssessmentResults(ReactiveMongoTemplate mongo, ProcessedEventLedger ledger, ReadAuditLog audit,
            Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        ledger.ensureIndexes().onErrorResume(e -> Mono.empty()).subscribe();
    }

    public Mono<Boolean> apply(String group, IncomingEvent event, AssessmentCompletedMessage m) {
        if (m.subjectId() == null || m.subjectId().isBlank() || m.subjectId().startsWith("anon-")) {
            return Mono.just(false);
        }
        Update update = new Update().set("subjectId", m.subjectId()).set("instrument", m.instrument())
                .set("definitionVersion", m.definitionVersion())
                .set("completedAt", m.occurredAt() != null ? m.occurredAt() : event.time())
                .set("score", m.score()).set("band", m.band()).set("tier", m.tier())
                .set("critical", Boolean.TRUE.equals(m.critical())).set("areaCode", m.areaCode())
                .set("areaPath", m.areaPath());
        // never over a tombstone: the filter does not match it, and the insert the upsert then tries collides on _id
        Query live = new Query(Criteria.where("_id").is(m.aggregateId()).and(Tombstones.PURGED_AT).exists(false));
        return ledger.once(group, event, mongo.upsert(live, update, AssessmentResultDocument.class)
                .then()
                .onErrorResume(DuplicateKeyException.class, e -> {
                    log.info("AssessmentCompleted for a purged assessment; skipped");
                    return Mono.empty();
                }));
    }

    /** Whether the assessment was purged (its copy here is a tombstone). */
    public Mono<Boolean> purged(String assessmentId) {
        return mongo.exists(new Query(Criteria.where("_id").is(assessmentId).and(Tombstones.PURGED_AT).exists(true)),
                AssessmentResultDocument.COLLECTION);
    }

    /** Removes the derived copies of a purged assessment; emits whether a copy was removed by this call. */
    public Mono<Boolean> purge(AssessmentPurgedV1 m) {
        String id = m.aggregateId();
        Mono<Boolean> copy = mongo.findById(id, Document.class, AssessmentResultDocument.COLLECTION)
                .flatMap(current -> current.containsKey(Tombstones.PURGED_AT) ? Mono.just(false)
                        : audit.recordSystem(RetentionJob.ACTOR, "assessment-result", id,
                                        current.getString("subjectId"), "ALL", DERIVED_COPY_PURPOSE)
                                .then(replaceByTombstone(id, m)))
                // no copy was held (an anonymous test, or not consumed yet): the tombstone still bars a late one
                .switchIfEmpty(Mono.defer(() -> mongo.upsert(new Query(Criteria.where("_id").is(id)),
                                tombstone(new Update(), m), AssessmentResultDocument.COLLECTION)
                        .thenReturn(false)));
        Flux<Boolean> followUps = mongo.find(new Query(Criteria.where("sourceRef").is("assessment:" + id)),
                        GridFollowUpDocument.class)
                .concatMap(f -> audit.recordSystem(RetentionJob.ACTOR, "grid-follow-up", f.id, f.subjectId, "ALL",
                                DERIVED_COPY_PURPOSE)
                        .then(mongo.remove(new Query(Criteria.where("_id").is(f.id)), GridFollowUpDocument.class))
                        .map(r -> r.getDeletedCount() > 0));
        return copy.flatMap(removed -> followUps.reduce(removed, (a, b) -> a || b));
    }

    private Mono<Boolean> replaceByTombstone(String id, AssessmentPurgedV1 m) {
        Document tomb = new Document("_id", id).append(Tombstones.PURGED_AT, Date.from(clock.instant()))
                .append(Tombstones.RETENTION_CLASS, m.retentionClass())
                .append("purgedVersion", m.aggregateVersion());
        Document filter = new Document("_id", id).append(Tombstones.PURGED_AT, new Document("$exists", false));
        return mongo.getCollection(AssessmentResultDocument.COLLECTION)
                .flatMap(c -> Mono.from(c.replaceOne(filter, tomb)))
                .map(r -> r.getModifiedCount() > 0);
    }

    private Update tombstone(Update update, AssessmentPurgedV1 m) {
        return update.setOnInsert(Tombstones.PURGED_AT, Date.from(clock.instant()))
                .setOnInsert(Tombstones.RETENTION_CLASS, m.retentionClass())
                .setOnInsert("purgedVersion", m.aggregateVersion());
    }
}
