package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.gridevent.infra.GridEventRetention;
import org.socialpsych.grid.visit.infra.FollowUpListener;
import org.socialpsych.grid.visit.infra.VisitRetention;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

/**
 * Retention in grid-service: visits three years after the visit are deleted, closed grid events
 * five years after closing become tombstones, each purge audited in the hash-chained log; a crisis
 * case purged in psych-service takes the grid's follow-up copy with it, for good.
 */
class RetentionIT extends GridItSupport {

    /** Auditors see the entries of persons owned in their scope (grid answers the chassis AuditSubjectScope). */
    @org.springframework.beans.factory.annotation.Autowired
    org.socialpsych.chassis.audit.ReadAuditLog readAudit;

    private static final String AUDITOR = token("au-rt", "AUDITOR", "rt", "rc");

    private void backdate(String collection, String id, String field, Instant to) {
        assertThat(mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set(field, Date.from(to)),
                collection).block().getModifiedCount()).isEqualTo(1);
    }

    /** {@code POST /api/v1/retention/grid-service/runs}: the chassis endpoint takes no body. */
    private JsonNode run(String auth, int status) {
        byte[] out = client().post().uri("/api/v1/retention/grid-service/runs").header("Authorization", auth)
                .exchange().expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        return out == null ? null : JSON.readTree(new String(out, java.nio.charset.StandardCharsets.UTF_8));
    }

    private List<JsonNode> auditOf(String subject) {
        return auditOf(AUDITOR, subject);
    }

    private List<JsonNode> auditOf(String auth, String subject) {
        List<JsonNode> out = new ArrayList<>();
        get(auth, "/api/v1/audit/grid-service/entries?dataSubject=" + subject + "&limit=500", 200).get("items")
                .forEach(out::add);
        return out;
    }

    /** Entries about a subject grid does not own (no auditor's scope covers it): read from the log itself. */
    private List<JsonNode> auditLogOf(String subject) {
        List<JsonNode> out = new ArrayList<>();
        readAudit.bySubject(subject, 100).toStream().forEach(e -> out.add(JSON.valueToTree(e)));
        return out;
    }

    private String closedEvent(String grid, String rid, String title) {
        String handlerToken = token("gw-rt", "GRID_WORKER", "rtv");
        String id = post(ADMIN, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", grid,
                "title", title, "description", "Neighbours argue about a fence; Mr. X shouted", "subjectId", rid,
                "latitude", 27.51, "longitude", 120.41), 201).get("id").asString();
        post(ADMIN, "/api/v1/grid-events/" + id + "/open", Map.of("note", "called both parties"), 200);
        post(ADMIN, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-rt"), 200);
        post(handlerToken, "/api/v1/grid-events/" + id + "/handle", Map.of("note", "went there"), 200);
        post(handlerToken, "/api/v1/grid-events/" + id + "/feedback", Map.of("note", "agreed on a new fence"), 200);
        post(ADMIN, "/api/v1/grid-events/" + id + "/verify", Map.of(), 200);
        post(ADMIN, "/api/v1/grid-events/" + id + "/close", Map.of(), 200);
        return id;
    }

    @Test
    void shouldPurgeExpiredVisitsAndClosedGridEventsOnlyAndAuditEachPurge() throws Exception {
        String g = tree("rt", 1).get(0);
        assign("gw-rt", "WORKER", g);
        String worker = token("gw-rt", "GRID_WORKER", "rtv");
        String rid = resident(worker, g, idNumber(), "冯保留", "13500135000");
        Instant now = Instant.now();

        // created through the API, then the date that starts the clock is moved back
        String oldVisit = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                now.minusSeconds(7200).toString(), "note", "mother worried about debts"), 201).get("id").asString();
        String youngVisit = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                now.minusSeconds(3600).toString()), 201).get("id").asString();
        backdate("visits", oldVisit, "visitedAt", now.minus(Duration.ofDays(3 * 365 + 5)));
        backdate("visits", youngVisit, "visitedAt", now.minus(Duration.ofDays(3 * 365 - 5)));

        String oldEvent = closedEvent(g, rid, "Fence dispute 2019");
        String youngEvent = closedEvent(g, rid, "Fence dispute 2022");
        backdate("grid_events", oldEvent, "closedAt", now.minus(Duration.ofDays(5 * 365 + 5)));
        backdate("grid_events", youngEvent, "closedAt", now.minus(Duration.ofDays(5 * 365 - 5)));
        // an open event is never purged, however old
        String open = post(ADMIN, "/api/v1/grid-events", Map.of("category", "OTHER", "gridCode", g, "title",
                "Still open", "subjectId", rid), 201).get("id").asString();
        backdate("grid_events", open, "reportedAt", now.minus(Duration.ofDays(9 * 365)));
        // the loop's events are published (the outbox is drained) before the purge, as it is years later
        await(Duration.ofSeconds(30), () -> List.of(oldEvent, youngEvent).stream().allMatch(id -> mongo
                .findById(id, Document.class, "grid_events").block().getList("outbox", Object.class, List.of())
                .isEmpty()));

        // the policy: SYSTEM_ADMIN and AUDITOR read it, only SYSTEM_ADMIN runs the purge
        JsonNode policy = get(AUDITOR, "/api/v1/retention/grid-service", 200);
        assertThat(policy.get("classes").toString()).contains(VisitRetention.NAME).contains(GridEventRetention.NAME);
        run(AUDITOR, 403);
        run(worker, 403);
        JsonNode run = run(ADMIN, 200);
        assertThat(run.get("purged").get(VisitRetention.NAME).asLong()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("purged").get(GridEventRetention.NAME).asLong()).isGreaterThanOrEqualTo(1);

        // the expired visit is gone, the younger one stays
        assertThat(mongo.findById(oldVisit, Document.class, "visits").block()).isNull();
        get(worker, "/api/v1/visits/" + oldVisit, 404);
        assertThat(mongo.findById(youngVisit, Document.class, "visits").block()).isNotNull();
        assertThat(items(get(worker, "/api/v1/visits?resident=" + rid, 200))).hasSize(1);

        // the expired closed event is a tombstone: the loop's facts, no story, no persons
        Document tomb = mongo.findById(oldEvent, Document.class, "grid_events").block();
        assertThat(tomb).doesNotContainKeys("title", "description", "subjectId", "reportedBy", "openedBy",
                "handlerId", "closedBy", "history", "latitude", "longitude", "idempotencyKey");
        assertThat(tomb.getString("retentionClass")).isEqualTo(GridEventRetention.NAME);
        assertThat(tomb.get("purgedAt")).isNotNull();
        assertThat(tomb.getString("category")).isEqualTo("CONFLICT_DISPUTE");
        assertThat(tomb.getString("gridCode")).isEqualTo(g);
        assertThat(tomb.getList("gridPath", String.class)).contains("rtv", g);
        assertThat(tomb.get("closedAt")).isNotNull();
        assertThat(tomb.toJson()).doesNotContain(rid).doesNotContain("gw-rt").doesNotContain("Fence")
                .doesNotContain("fence").doesNotContain("Mr. X");
        JsonNode served = get(ADMIN, "/api/v1/grid-events/" + oldEvent, 200);
        assertThat(served.get("title").isNull()).isTrue();
        assertThat(served.get("subjectId").isNull()).isTrue();
        post(ADMIN, "/api/v1/grid-events/" + oldEvent + "/evaluate", Map.of("score", 4), 409);
        // the younger closed event and the open one keep everything
        assertThat(mongo.findById(youngEvent, Document.class, "grid_events").block())
                .containsKeys("title", "subjectId", "history").doesNotContainKey("purgedAt");
        assertThat(mongo.findById(open, Document.class, "grid_events").block())
                .containsKeys("title", "subjectId").doesNotContainKey("purgedAt");

        // each purge was audited first, by the retention job, and the hash chain is intact
        List<JsonNode> entries = auditOf(rid);
        assertThat(entries).filteredOn(e -> e.get("recordId").asString().equals(oldVisit)).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor").asString()).isEqualTo("system:retention");
                    assertThat(e.get("recordType").asString()).isEqualTo("visit");
                    assertThat(e.get("purpose").asString()).startsWith("RETENTION_PURGE:visit:");
                });
        // (the reads of the event during its loop are audited too: the purge is the retention job's entry)
        assertThat(entries).filteredOn(e -> e.get("recordId").asString().equals(oldEvent)
                && e.get("actor").asString().equals("system:retention")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor").asString()).isEqualTo("system:retention");
                    assertThat(e.get("purpose").asString()).startsWith("RETENTION_PURGE:grid-event:");
                });
        assertThat(entries).noneMatch(e -> e.get("recordId").asString().equals(youngVisit)
                && e.get("actor").asString().equals("system:retention"));
        JsonNode verified = get(AUDITOR, "/api/v1/audit/grid-service/verify", 200);
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();

        // a second run finds nothing more of these: no second tombstone write, no second entry
        run(ADMIN, 200);
        assertThat(auditOf(rid)).filteredOn(e -> e.get("actor").asString().equals("system:retention")).hasSize(2);
        assertThat(mongo.findById(oldEvent, Document.class, "grid_events").block().get("version"))
                .isEqualTo(tomb.get("version"));
    }

    @Test
    void shouldRemoveTheFollowUpOfAPurgedCrisisCaseForGood() throws Exception {
        String g = tree("rc", 1).get(0);
        assign("gw-rc", "WORKER", g);
        String worker = token("gw-rc", "GRID_WORKER", "rcv");
        String path = "[\"rc\",\"rcc\",\"rct\",\"rcv\",\"" + g + "\"]";
        String opened = "{\"aggregateId\":\"cc-rc\",\"aggregateVersion\":1,\"occurredAt\":\"" + Instant.now()
                + "\",\"subjectId\":\"s-rc\",\"tier\":\"HIGH\",\"areaCode\":\"" + g + "\",\"areaPath\":" + path
                + ",\"firstContactBy\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}";
        send(Topics.PSYCH_CRISIS_CASES, "cc-rc", "org.socialpsych.psych.CrisisCaseOpened.v1", opened);
        await(Duration.ofSeconds(30), () -> items(get(worker, "/api/v1/visits/due", 200)).size() == 1);

        String purged = "{\"aggregateId\":\"cc-rc\",\"aggregateVersion\":6,\"occurredAt\":\"" + Instant.now()
                + "\",\"retentionClass\":\"crisis-case\",\"areaCode\":\"" + g + "\",\"areaPath\":" + path + "}";
        send(Topics.PSYCH_CRISIS_CASES, "cc-rc", "org.socialpsych.psych.CrisisCasePurged.v1", purged);
        await(Duration.ofSeconds(30), () -> {
            Document d = mongo.findById("fu-crisis-cc-rc", Document.class, FollowUpListener.COLLECTION).block();
            return d != null && d.get("purgedAt") != null;
        });
        Document tomb = mongo.findById("fu-crisis-cc-rc", Document.class, FollowUpListener.COLLECTION).block();
        assertThat(tomb).doesNotContainKeys("subjectId", "areaPath", "areaCode", "dueAt");
        assertThat(tomb.get("open")).isEqualTo(false);
        assertThat(((Number) tomb.get("aggregateVersion")).longValue()).isEqualTo(6L);
        assertThat(items(get(worker, "/api/v1/visits/due", 200))).isEmpty();
        // the worker's read of the due list is audited too; the purge is the retention job's one entry
        List<JsonNode> entries = auditLogOf("s-rc").stream()
                .filter(e -> e.get("actor").asString().equals("system:retention")).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("system:retention");
            assertThat(e.get("recordId").asString()).isEqualTo("fu-crisis-cc-rc");
            assertThat(e.get("purpose").asString()).isEqualTo("RETENTION_PURGE:derived-copy");
        });

        // the purge again (redelivered) and the opening again (a late replay) change nothing; a marker
        // on the same key (same partition, so handled after them) tells when they were handled
        send(Topics.PSYCH_CRISIS_CASES, "cc-rc", "org.socialpsych.psych.CrisisCasePurged.v1", purged);
        send(Topics.PSYCH_CRISIS_CASES, "cc-rc", "org.socialpsych.psych.CrisisCaseOpened.v1", opened);
        send(Topics.PSYCH_CRISIS_CASES, "cc-rc", "org.socialpsych.psych.CrisisCaseOpened.v1",
                opened.replace("cc-rc", "cc-rc-marker").replace("s-rc", "s-rc-marker"));
        await(Duration.ofSeconds(30), () -> mongo.findById("fu-crisis-cc-rc-marker", Document.class,
                FollowUpListener.COLLECTION).block() != null);
        Document after = mongo.findById("fu-crisis-cc-rc", Document.class, FollowUpListener.COLLECTION).block();
        assertThat(after).doesNotContainKeys("subjectId", "areaPath", "dueAt");
        assertThat(after.get("open")).isEqualTo(false);
        assertThat(items(get(worker, "/api/v1/visits/due", 200)).toString()).doesNotContain("\"s-rc\"");
        assertThat(auditLogOf("s-rc")).filteredOn(e -> e.get("actor").asString().equals("system:retention"))
                .hasSize(1);
        JsonNode verified = get(AUDITOR, "/api/v1/audit/grid-service/verify", 200);
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        // nothing of it went to the dead-letter topic
        assertThat(consume(Topics.PSYCH_CRISIS_CASES + "." + FollowUpListener.GROUP + ".dlt", "cc-rc", 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    /** A psych-service event as psych-service's relay writes it (binary-mode CloudEvents headers). */
    static void send(String topic, String key, String type, String value) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", org.socialpsych.localstack.testing.TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(p)) {
            var rec = new org.apache.kafka.clients.producer.ProducerRecord<String, String>(topic, key, value);
            rec.headers().add("ce_id", java.util.UUID.randomUUID().toString().getBytes())
                    .add("ce_type", type.getBytes()).add("ce_source", "psych-service".getBytes())
                    .add("ce_specversion", "1.0".getBytes());
            producer.send(rec).get();
        }
    }
}
