package org.socialpsych.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.person.testing.TestPersons.P;
import static org.socialpsych.assessment.assessment.AssessmentApiIT.consume;
import static org.socialpsych.assessment.assessment.AssessmentApiIT.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.assessment.assessment.infra.AssessmentRetention;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention class {@code assessment-result} end to end against the real broker and Mongo-wire
 * server: a result submitted through the API and backdated past five years becomes a tombstone on
 * a run started through the chassis retention endpoint; the purge is audited, announced on Kafka,
 * hidden from reads and lists, and leaves recent results and campaign counts alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentRetentionIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "assessment-retention");
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());
    static final String CLINICIAN = ServiceTestSupport.bearer("cl-r", List.of("CLINICIAN"), List.of("6101"));
    static final String AUDITOR = ServiceTestSupport.bearer("au-r", List.of("AUDITOR"), List.of("61"));
    static final String GRID_WORKER = ServiceTestSupport.bearer("w-r", List.of("GRID_WORKER"), List.of("610101"));
    static final List<Integer> PHQ9_SEVERE = List.of(3, 3, 3, 3, 3, 3, 2, 0, 0); // 20: severe, MEDIUM

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    @org.junit.jupiter.api.BeforeEach
    void usePersonIndex() {
        org.socialpsych.person.testing.TestPersons.use(personIndex);
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode call(WebTestClient.RequestHeadersSpec<?> spec, int status) {
        byte[] body = spec.exchange().expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    JsonNode post(String auth, String path, String idempotencyKey, Object body, int status) {
        var spec = client().post().uri(path).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            spec = spec.header("Idempotency-Key", idempotencyKey);
        }
        return call(body == null ? spec : spec.bodyValue(body), status);
    }

    @Test
    void shouldPurgeAResultPastItsRetentionToATombstoneAnnounceItAuditItAndHideIt() throws Exception {
        AssessmentApiIT.loadAreas(mongo);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String oldSubject = P("p-old-" + run);
        String youngSubject = P("p-young-" + run);

        // a campaign the old result belongs to: its counts are aggregates and must survive the purge
        Instant now = Instant.now();
        String campaignId = post(ADMIN, "/api/v1/campaigns", null, Map.of("name", "Retention screening",
                "areaCode", "6101", "population", Map.of("type", "SCHOOL_CLASSES", "unit", "school-r",
                        "groups", List.of("r-1")), "battery", List.of("PHQ9"),
                "opensAt", now.minusSeconds(3600).toString(), "closesAt", now.plusSeconds(86_400).toString()),
                201).get("id").asString();
        post(ADMIN, "/api/v1/campaigns/" + campaignId + "/open", null, Map.of(), 200);
        Map<String, Object> oldBody = new HashMap<>(Map.of("instrument", "PHQ9", "answers", PHQ9_SEVERE,
                "subjectId", oldSubject, "areaCode", "610101", "campaignId", campaignId,
                "consent", Map.of("healthData", true, "ageYears", 16)));
        JsonNode old = post(CLINICIAN, "/api/v1/assessments", "ret-key-" + run, oldBody, 201);
        String oldId = old.get("id").asString();
        assertThat(old.get("score").asInt()).isEqualTo(20);
        JsonNode young = post(CLINICIAN, "/api/v1/assessments", null, Map.of("instrument", "PHQ9",
                "answers", PHQ9_SEVERE, "subjectId", youngSubject, "areaCode", "610101"), 201);
        String youngId = young.get("id").asString();

        // the old result's events are out before the purge, so its Purged event follows them
        assertThat(consume(Topics.ASSESSMENT_ASSESSMENTS, r -> oldId.equals(r.key()), 2, Duration.ofSeconds(60)))
                .hasSize(2);

        // six years ago: past the default five-year period
        Instant longAgo = now.minus(6 * 366, ChronoUnit.DAYS);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(oldId)),
                new Update().set("completedAt", Date.from(longAgo)), "assessments").block();
        Document before = mongo.findById(oldId, Document.class, "assessments").block();
        long versionBefore = ((Number) before.get("version")).longValue();

        // the policy is readable by auditors, not by grid workers
        JsonNode policy = call(client().get().uri("/api/v1/retention/assessment-service")
                .header("Authorization", AUDITOR), 200);
        JsonNode cls = null;
        for (JsonNode c : policy.get("classes")) {
            if (AssessmentRetention.NAME.equals(c.get("name").asString())) {
                cls = c;
            }
        }
        assertThat(cls).as("assessment-result is listed").isNotNull();
        assertThat(cls.get("recordType").asString()).isEqualTo("assessment");
        assertThat(Duration.parse(cls.get("keep").asString())).isEqualTo(Duration.ofDays(1827));
        client().get().uri("/api/v1/retention/assessment-service").header("Authorization", GRID_WORKER).exchange()
                .expectStatus().isForbidden();
        client().post().uri("/api/v1/retention/assessment-service/runs").header("Authorization", AUDITOR)
                .exchange().expectStatus().isForbidden();

        JsonNode purged = post(ADMIN, "/api/v1/retention/assessment-service/runs", null, null, 200);
        assertThat(purged.get("purged").get(AssessmentRetention.NAME).asLong()).isEqualTo(1);

        // the stored document is a tombstone: non-personal fields only
        Document tomb = mongo.findById(oldId, Document.class, "assessments").block();
        assertThat(tomb).doesNotContainKeys("subjectId", "anonymous", "answers", "itemScores", "score", "rawScore",
                "band", "positiveScreen", "critical", "criticalItems", "supplementary", "flags", "tier",
                "tierReasons", "rescreenDue", "rescreenInstrument", "campaignId", "administeredBy",
                "administeredByRoles", "completedAt", "idempotencyKey", "requestHash", "definitionVersion");
        assertThat(tomb.getString("areaCode")).isEqualTo("610101");
        assertThat(tomb.getList("areaPath", String.class)).containsExactly("61", "6101", "610101");
        assertThat(tomb.getString("instrument")).isEqualTo("PHQ9");
        assertThat(tomb.getString("completedMonth"))
                .isEqualTo(YearMonth.from(longAgo.atZone(ZoneId.of("Asia/Shanghai"))).toString());
        assertThat(tomb.getString("retentionClass")).isEqualTo(AssessmentRetention.NAME);
        assertThat(tomb.get("purgedAt")).isNotNull();
        long tombVersion = ((Number) tomb.get("version")).longValue();
        assertThat(tombVersion).isEqualTo(versionBefore + 1);
        assertThat(tomb.toJson()).doesNotContain(oldSubject);

        // AssessmentPurged reaches the topic with the tombstone's version and no person in it
        List<ConsumerRecord<String, String>> purgedEvents = consume(Topics.ASSESSMENT_ASSESSMENTS,
                r -> oldId.equals(r.key()) && AssessmentEvents.ASSESSMENT_PURGED.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(60));
        assertThat(purgedEvents).hasSize(1);
        JsonNode event = JSON.readTree(purgedEvents.get(0).value());
        assertThat(event.get("aggregateId").asString()).isEqualTo(oldId);
        assertThat(event.get("aggregateVersion").asLong()).isEqualTo(tombVersion);
        assertThat(event.get("retentionClass").asString()).isEqualTo(AssessmentRetention.NAME);
        assertThat(event.get("areaCode").asString()).isEqualTo("610101");
        assertThat(header(purgedEvents.get(0), "ce_subject")).isNull();
        assertThat(purgedEvents.get(0).value()).doesNotContain(oldSubject);
        Document published = mongo.findById(oldId, Document.class, "assessments").block();
        assertThat(published.getList("outbox", Document.class, List.of())).as("relayed and removed").isEmpty();

        // the purge is in the hash-chained audit log, by the retention job, and the chain is intact
        JsonNode entries = call(client().get().uri("/api/v1/audit/assessment-service/entries?actor=system:retention")
                .header("Authorization", AUDITOR), 200).get("items");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("recordId").asString()).isEqualTo(oldId);
        assertThat(entries.get(0).get("recordType").asString()).isEqualTo("assessment");
        assertThat(entries.get(0).get("dataSubject").asString()).isEqualTo(oldSubject);
        assertThat(entries.get(0).get("purpose").asString()).isEqualTo("RETENTION_PURGE:assessment-result:P1827D");
        JsonNode verified = call(client().get().uri("/api/v1/audit/assessment-service/verify")
                .header("Authorization", AUDITOR), 200);
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();

        // reads and lists do not show the tombstone
        client().get().uri("/api/v1/assessments/" + oldId).header("Authorization", CLINICIAN).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/assessments/" + oldId).header("Authorization", ADMIN).exchange()
                .expectStatus().isNotFound();
        assertThat(call(client().get().uri("/api/v1/assessments?subjectId=" + oldSubject)
                .header("Authorization", CLINICIAN), 200).get("items").size()).isZero();

        // the recent result is untouched
        JsonNode stillThere = call(client().get().uri("/api/v1/assessments/" + youngId)
                .header("Authorization", CLINICIAN), 200);
        assertThat(stillThere.get("score").asInt()).isEqualTo(20);
        assertThat(stillThere.get("subjectId").asString()).isEqualTo(youngSubject);
        assertThat(mongo.findById(youngId, Document.class, "assessments").block())
                .containsKeys("subjectId", "answers", "score").doesNotContainKey("purgedAt");

        // campaign counts are aggregates: unchanged by the purge
        JsonNode campaign = call(client().get().uri("/api/v1/campaigns/" + campaignId)
                .header("Authorization", CLINICIAN), 200);
        assertThat(campaign.get("progress").get("completed").asLong()).isEqualTo(1);

        // a second run finds nothing more to purge and audits nothing more
        JsonNode again = post(ADMIN, "/api/v1/retention/assessment-service/runs", null, null, 200);
        assertThat(again.get("purged").get(AssessmentRetention.NAME).asLong()).isZero();
        assertThat(call(client().get().uri("/api/v1/audit/assessment-service/entries?actor=system:retention")
                .header("Authorization", AUDITOR), 200).get("items").size()).isEqualTo(1);

        // the idempotency key went with the result: the same key now stores a new result
        JsonNode fresh = post(CLINICIAN, "/api/v1/assessments", "ret-key-" + run, oldBody, 201);
        assertThat(fresh.get("id").asString()).isNotEqualTo(oldId);
    }
}
