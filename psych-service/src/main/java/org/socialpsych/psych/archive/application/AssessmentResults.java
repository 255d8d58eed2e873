package org.socialpsych.psych.archive.application;

import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.ProcessedEventLedger;
import org.socialpsych.psych.archive.infra.AssessmentCompletedMessage;
import org.socialpsych.psych.archive.infra.AssessmentResultDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The archive's projection of screening results (instrument, date, score, band, tier). Each event
 * is applied once per consumer group (processed-event ledger); the write is an upsert by
 * assessment id, so a repeat after a crash between the two changes nothing. Anonymous self-tests
 * ({@code anon-} subjects) belong to nobody's archive and are skipped.
 */
@Service
public class AssessmentResults {

    private final ReactiveMongoTemplate mongo;
    private final ProcessedEventLedger ledger;

    public AssessmentResults(ReactiveMongoTemplate mongo, ProcessedEventLedger ledger) {
        this.mongo = mongo;
        this.ledger = ledger;
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
        return ledger.once(group, event, mongo.upsert(new Query(Criteria.where("_id").is(m.aggregateId())), update,
                AssessmentResultDocument.class));
    }
}
