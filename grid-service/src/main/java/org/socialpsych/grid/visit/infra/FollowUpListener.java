package org.socialpsych.grid.visit.infra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.chassis.retention.RetentionJob;
import org.socialpsych.events.Topics;
import org.socialpsych.events.psych.PsychEvents;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crisis cases and SMD follow-ups from psych-service become "visit due" items on the grid workers'
 * lists. Read leniently by type string and field name (unknown types are skipped; the payload
 * shapes belong to psych-service), keeping only kind, pseudonymous subject, area and due time —
 * never tier reasons, scores or diagnoses. Idempotent: one versioned upsert per source aggregate.
 *
 * <p>When psych-service purges a crisis case ({@code CrisisCasePurged.v1}, its retention ended) the
 * derived follow-up is removed too: an audit entry first (actor {@code system:retention}, purpose
 * {@code RETENTION_PURGE:derived-copy}), then the copy is replaced by a tombstone holding only its
 * id, kind, source id, the purge version and time. The tombstone's version (the purge event's)
 * keeps a late or replayed older event of the case from bringing the copy back, and a repeated
 * purge event finds it and does nothing. Every other type on these topics (today's and future
 * ones) is skipped, never sent to the dead-letter topic; {@code AssessmentPurged.v1} travels on
 * {@code assessment.assessments.v1}, which grid-service does not consume (it holds no results).
 */
@Component
@ConditionalOnProperty(name = "socialpsych.grid.crisis-visits.enabled", havingValue = "true", matchIfMissing = true)
public class FollowUpListener {

    public static final String GROUP = "grid-service.crisis-visits";
    static final String CRISIS_OPENED = "org.socialpsych.psych.CrisisCaseOpened.v1";
    static final String CRISIS_CLOSED = "org.socialpsych.psych.CrisisCaseClosed.v1";
    static final String SMD_REGISTERED = "org.socialpsych.psych.SmdPatientRegistered.v1";
    static final String SMD_FOLLOW_UP = "org.socialpsych.psych.SmdFollowUpRecorded.v1";
    static final String CRISIS_PURGED = PsychEvents.CRISIS_CASE_PURGED;
    /** The LOW loop: a LOW flag or LOW hotline triage asks the person's grid team for a first contact. */
    static final String LOW_REQUESTED = "org.socialpsych.psych.LowRiskFollowUpRequested.v1";
    public static final String LOW_KIND = "LOW_RISK_FOLLOW_UP";
    public static final String COLLECTION = "visit_followups";
    public static final String PURGE_PURPOSE = RetentionJob.DERIVED_COPY_PURPOSE;

    private final VersionedUpsert upsert;
    private final ReactiveMongoTemplate mongo;
    private final ReadAuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    public FollowUpListener(VersionedUpsert upsert, ReactiveMongoTemplate mongo, ReadAuditLog audit, JsonMapper json,
            Clock clock) {
        this.upsert = upsert;
        this.mongo = mongo;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Handles the records of a partition one after another on the consumer thread: the offset is
     * committed only after the effect is stored ({@link OrderedListener}), so per-key order holds.
     */
    @KafkaListener(id = GROUP, groupId = GROUP, topics = {Topics.PSYCH_CRISIS_CASES, Topics.PSYCH_SMD_PATIENTS})
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(handle(record));
    }

    Mono<Void> handle(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        String type = event.type();
        if (!List.of(CRISIS_OPENED, CRISIS_CLOSED, SMD_REGISTERED, SMD_FOLLOW_UP, CRISIS_PURGED, LOW_REQUESTED)
                .contains(type)) {
            return Mono.empty();
        }
        JsonNode p;
        try {
            p = json.readTree(event.payload());
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable payload of " + type + " " + event.id(), e);
        }
        String aggregateId = text(p, "aggregateId");
        long version = p.path("aggregateVersion").asLong(0);
        if (aggregateId == null || version <= 0) {
            throw new InvalidEventException(type + " " + event.id() + " lacks aggregateId or aggregateVersion");
        }
        boolean crisis = type.startsWith("org.socialpsych.psych.CrisisCase");
        boolean low = LOW_REQUESTED.equals(type);
        String id = (low ? "fu-low-" : crisis ? "fu-crisis-" : "fu-smd-") + aggregateId;
        Instant now = clock.instant();
        if (CRISIS_PURGED.equals(type)) {
            return purge(id, aggregateId, version, now).then().retryWhen(ListenerRetry.transientFailures());
        }
        Update u = new Update().set("sourceAggregateId", aggregateId).set("updatedAt", now)
                .set("kind", low ? LOW_KIND : crisis ? "CRISIS_FOLLOW_UP" : "SMD_FOLLOW_UP");
        Mono<Boolean> purged = mongo.exists(new Query(Criteria.where("_id").is(id).and("purgedAt").exists(true)),
                COLLECTION);
        if (CRISIS_CLOSED.equals(type)) {
            u.set("open", false);
            return purged.flatMap(gone -> gone ? Mono.<Boolean>empty() : upsert.apply(COLLECTION, id, version, u))
                    .then().retryWhen(ListenerRetry.transientFailures());
        }
        String subject = text(p, "subjectId");
        List<String> path = strings(p.path("areaPath"));
        if (subject == null || path.isEmpty()) {
            return Mono.empty(); // anonymous or unplaced: nobody to visit
        }
        Instant due = switch (type) {
            case CRISIS_OPENED -> instant(p, "firstContactBy", instantOr(p, "occurredAt", now).plus(Duration.ofHours(72)));
            case LOW_REQUESTED -> instant(p, "dueBy", instantOr(p, "occurredAt", now).plus(Duration.ofHours(72)));
            case SMD_REGISTERED -> date(p, "nextFollowUpDue", now.plus(Duration.ofDays(14)));
            default -> date(p, "nextDue", now.plus(Duration.ofDays(90)));
        };
        u.set("subjectId", subject).set("areaCode", text(p, "areaCode")).set("areaPath", path).set("dueAt", due)
                .set("open", true);
        // a purged copy never comes back, whatever version a late event claims
        return purged.flatMap(gone -> gone ? Mono.<Boolean>empty() : upsert.apply(COLLECTION, id, version, u))
                .then().retryWhen(ListenerRetry.transientFailures());
    }

    /**
     * Audits, then replaces the follow-up by a tombstone (created if the copy never existed, so an
     * older event arriving later is stale against it). Emits true when this call removed a copy.
     */
    private Mono<Boolean> purge(String id, String aggregateId, long version, Instant now) {
        return mongo.findById(id, Document.class, COLLECTION)
                .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(found -> {
                    Document current = found.orElse(null);
                    if (current != null && current.get("purgedAt") != null) {
                        return Mono.just(false); // a repeated purge event: done already
                    }
                    long stored = current != null && current.get(VersionedUpsert.VERSION_FIELD) instanceof Number n
                            ? n.longValue() : 0L;
                    Update tomb = new Update().set("kind", "CRISIS_FOLLOW_UP").set("sourceAggregateId", aggregateId)
                            .set("open", false).set("purgedAt", now).set("updatedAt", now)
                            .set(VersionedUpsert.VERSION_FIELD, Math.max(stored, version))
                            .unset("subjectId").unset("areaCode").unset("areaPath").unset("dueAt");
                    Query notPurged = new Query(Criteria.where("_id").is(id).and("purgedAt").exists(false));
                    Mono<Void> audited = current == null ? Mono.empty()
                            : audit.recordSystem(RetentionJob.ACTOR, "visit-followup", id,
                                    current.getString("subjectId"), "ALL", PURGE_PURPOSE);
                    return audited.then(mongo.upsert(notPurged, tomb, COLLECTION))
                            .map(r -> current != null && (r.getModifiedCount() > 0 || r.getUpsertedId() != null))
                            // purged meanwhile by another delivery: the _id exists, the filter did not match
                            .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
                });
    }

    private static String text(JsonNode p, String field) {
        JsonNode n = p.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private static Instant instantOr(JsonNode p, String field, Instant fallback) {
        return instant(p, field, fallback);
    }

    private static Instant instant(JsonNode p, String field, Instant fallback) {
        String s = text(p, field);
        try {
            return s == null ? fallback : Instant.parse(s);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** A date of psych-service's is a day in the platform zone (the clock's): its start is the due time. */
    private Instant date(JsonNode p, String field, Instant fallback) {
        String s = text(p, field);
        try {
            return s == null ? fallback : LocalDate.parse(s).atStartOfDay(clock.getZone()).toInstant();
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
