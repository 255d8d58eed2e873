package org.socialpsych.grid.visit.infra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.events.Topics;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
 */
@Component
@ConditionalOnProperty(name = "socialpsych.grid.crisis-visits.enabled", havingValue = "true", matchIfMissing = true)
public class FollowUpListener {

    public static final String GROUP = "grid-service.crisis-visits";
    static final String CRISIS_OPENED = "org.socialpsych.psych.CrisisCaseOpened.v1";
    static final String CRISIS_CLOSED = "org.socialpsych.psych.CrisisCaseClosed.v1";
    static final String SMD_REGISTERED = "org.socialpsych.psych.SmdPatientRegistered.v1";
    static final String SMD_FOLLOW_UP = "org.socialpsych.psych.SmdFollowUpRecorded.v1";
    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final VersionedUpsert upsert;
    private final JsonMapper json;
    private final Clock clock;

    public FollowUpListener(VersionedUpsert upsert, JsonMapper json, Clock clock) {
        this.upsert = upsert;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = {Topics.PSYCH_CRISIS_CASES, Topics.PSYCH_SMD_PATIENTS})
    public Mono<Void> on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        String type = event.type();
        if (!List.of(CRISIS_OPENED, CRISIS_CLOSED, SMD_REGISTERED, SMD_FOLLOW_UP).contains(type)) {
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
        String id = (crisis ? "fu-crisis-" : "fu-smd-") + aggregateId;
        Instant now = clock.instant();
        Update u = new Update().set("sourceAggregateId", aggregateId).set("updatedAt", now)
                .set("kind", crisis ? "CRISIS_FOLLOW_UP" : "SMD_FOLLOW_UP");
        if (CRISIS_CLOSED.equals(type)) {
            u.set("open", false);
            return upsert.apply("visit_followups", id, version, u).then()
                    .retryWhen(ListenerRetry.transientFailures());
        }
        String subject = text(p, "subjectId");
        List<String> path = strings(p.path("areaPath"));
        if (subject == null || path.isEmpty()) {
            return Mono.empty(); // anonymous or unplaced: nobody to visit
        }
        Instant due = switch (type) {
            case CRISIS_OPENED -> instant(p, "firstContactBy", instantOr(p, "occurredAt", now).plus(Duration.ofHours(72)));
            case SMD_REGISTERED -> date(p, "nextFollowUpDue", now.plus(Duration.ofDays(14)));
            default -> date(p, "nextDue", now.plus(Duration.ofDays(90)));
        };
        u.set("subjectId", subject).set("areaCode", text(p, "areaCode")).set("areaPath", path).set("dueAt", due)
                .set("open", true);
        return upsert.apply("visit_followups", id, version, u).then()
                .retryWhen(ListenerRetry.transientFailures());
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

    private static Instant date(JsonNode p, String field, Instant fallback) {
        String s = text(p, field);
        try {
            return s == null ? fallback : LocalDate.parse(s).atStartOfDay(LOCAL).toInstant();
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
