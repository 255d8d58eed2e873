package org.socialpsych.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.person.testing.TestPersons.P;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.assessment.area.application.AreaDirectory;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * assessment-service against the real embedded KRaft broker and Mongo-wire server: areas arrive
 * through grid.areas.v1, submissions are scored, tiered, stored and published via the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "assessment-api");
        // only the start-up scan runs: every event asserted below reached Kafka through the relay's
        // by-id fast path, which is what keeps write-to-broker time independent of collection size
        r.add("socialpsych.outbox.full-scan-interval", () -> "1h");
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());
    static final String COUNSELLOR = ServiceTestSupport.bearer("c-1", List.of("COUNSELLOR"), List.of("6101"));
    static final String OTHER_COUNSELLOR = ServiceTestSupport.bearer("c-2", List.of("COUNSELLOR"), List.of("6102"));
    static final String GRID_WORKER = ServiceTestSupport.bearer("w-1", List.of("GRID_WORKER"), List.of("610101"));
    static final String AREA_ADMIN = ServiceTestSupport.bearer("aa-1", List.of("AREA_ADMIN"), List.of("6101"));
    static final String CLINICIAN = ServiceTestSupport.bearer("cl-1", List.of("CLINICIAN"), List.of("6101"));
    static final String POLICE = ServiceTestSupport.bearer("po-1", List.of("POLICE_LIAISON"), List.of("6101"));
    static final String HOTLINE = ServiceTestSupport.bearer("ho-1", List.of("HOTLINE_OPERATOR"), List.of("6101"));
    /** Fields of the clinical view that no other view may carry. */
    static final List<String> CLINICAL_FIELDS = List.of("score", "rawScore", "band", "itemScores", "critical",
            "criticalItems", "criticalSupplementaryKeys", "positiveScreen", "supplementary", "flags", "tierReasons",
            "definitionVersion", "answers");
    static final List<Integer> PHQ9_CRITICAL = List.of(1, 1, 1, 1, 1, 1, 1, 0, 2); // total 9, item 9 = 2

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    @Autowired
    org.socialpsych.assessment.campaign.application.CampaignService campaignService;

    @Autowired
    org.socialpsych.chassis.outbox.OutboxHints outboxHints;

    @Autowired
    org.socialpsych.chassis.outbox.OutboxRelay outboxRelay;

    @org.junit.jupiter.api.BeforeEach
    void usePersonIndex() {
        org.socialpsych.person.testing.TestPersons.use(personIndex);
    }

    static volatile boolean areasLoaded;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The area tree arrives like in production: AreaCreated events on grid.areas.v1. */
    @BeforeEach
    void areas() throws Exception {
        if (areasLoaded) {
            return;
        }
        loadAreas(mongo);
        areasLoaded = true;
    }

    /** Publishes the test area tree (61 > 6101 > 610101, 61 > 6102) and waits until it is in the directory. */
    static void loadAreas(ReactiveMongoTemplate mongo) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (List<String> path : List.of(List.of("61"), List.of("61", "6101"), List.of("61", "6101", "610101"),
                    List.of("61", "6102"))) {
                String code = path.get(path.size() - 1);
                Map<String, Object> payload = new HashMap<>();
                payload.put("aggregateId", "a-" + code);
                payload.put("aggregateVersion", 1);
                payload.put("occurredAt", "2026-11-25T08:00:00Z");
                payload.put("code", code);
                payload.put("name", "Area " + code);
                payload.put("level", path.size() == 1 ? "CITY" : path.size() == 2 ? "COUNTY" : "TOWN");
                payload.put("parentCode", path.size() == 1 ? null : path.get(path.size() - 2));
                payload.put("path", path);
                payload.put("validFrom", "2026-01-01");
                ProducerRecord<String, String> rec = new ProducerRecord<>(Topics.GRID_AREAS, "a-" + code,
                        JSON.writeValueAsString(payload));
                rec.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                rec.headers().add("ce_type", GridEvents.AREA_CREATED.getBytes(StandardCharsets.UTF_8));
                producer.send(rec).get();
            }
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(mongo.count(new Query(), AreaDirectory.COLLECTION).block())
                        .isEqualTo(4));
    }

    WebTestClient.ResponseSpec submit(String auth, String idempotencyKey, Map<String, Object> body) {
        var req = client().post().uri("/api/v1/assessments").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            req = req.header("Idempotency-Key", idempotencyKey);
        }
        return req.bodyValue(body).exchange();
    }

    JsonNode json(WebTestClient.ResponseSpec spec, int status) {
        byte[] body = spec.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    long stored() {
        return mongo.count(new Query(), "assessments").block();
    }

    @Test
    void shouldPublishExactlyOneHighRiskFlaggedForACriticalPhq9EvenWhenRetried() {
        Map<String, Object> body = Map.of("instrument", "PHQ9", "answers", PHQ9_CRITICAL, "subjectId", P("p-crit-1"),
                "areaCode", "610101");
        JsonNode first = json(submit(COUNSELLOR, "retry-1", body), 201);
        JsonNode again = json(submit(COUNSELLOR, "retry-1", body), 200);
        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(first.get("score").asInt()).isEqualTo(9);
        assertThat(first.get("band").asString()).isEqualTo("mild");
        assertThat(first.get("critical").asBoolean()).isTrue();
        assertThat(first.get("tier").asString()).isEqualTo("HIGH");
        assertThat(first.get("definitionVersion").asString()).isEqualTo("PHQ9@1");
        String id = first.get("id").asString();
        assertThat(mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("subjectId")
                .is(P("p-crit-1"))), "assessments").block()).isEqualTo(1);
        // the same key with different answers is not a retry
        json(submit(COUNSELLOR, "retry-1", Map.of("instrument", "PHQ9", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0),
                "subjectId", P("p-crit-1"), "areaCode", "610101")), 409);

        List<ConsumerRecord<String, String>> records = consume(Topics.ASSESSMENT_ASSESSMENTS,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> flagged = records.stream()
                .filter(r -> AssessmentEvents.RISK_FLAGGED.equals(header(r, "ce_type"))).toList();
        List<ConsumerRecord<String, String>> completed = records.stream()
                .filter(r -> AssessmentEvents.ASSESSMENT_COMPLETED.equals(header(r, "ce_type"))).toList();
        assertThat(flagged).hasSize(1);
        assertThat(completed).hasSize(1);
        JsonNode risk = JSON.readTree(flagged.get(0).value());
        assertThat(risk.get("tier").asString()).isEqualTo("HIGH");
        assertThat(risk.get("subjectId").asString()).isEqualTo(P("p-crit-1"));
        assertThat(risk.get("sourceRef").asString()).isEqualTo("assessment:" + id);
        assertThat(risk.get("areaPath").toString()).isEqualTo("[\"61\",\"6101\",\"610101\"]");
        assertThat(risk.get("reasons").toString()).contains("PHQ9.item9");
        assertThat(risk.has("campaignId")).isTrue();
        assertThat(header(flagged.get(0), "ce_subject")).isEqualTo(P("p-crit-1"));
        JsonNode done = JSON.readTree(completed.get(0).value());
        assertThat(done.get("band").asString()).isEqualTo("mild");
        assertThat(done.get("critical").asBoolean()).isTrue();
        assertThat(done.has("answers")).isFalse();
        assertThat(done.has("itemScores")).isFalse();
    }

    @Test
    void shouldCarryTheCallersTraceIntoThePublishedEvents() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        JsonNode created = json(client().post().uri("/api/v1/assessments").header("Authorization", COUNSELLOR)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("instrument", "PHQ9", "answers", PHQ9_CRITICAL, "subjectId", P("p-trace-1"),
                        "areaCode", "610101"))
                .exchange(), 201);
        String id = created.get("id").asString();
        List<ConsumerRecord<String, String>> records = consume(Topics.ASSESSMENT_ASSESSMENTS,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(60));
        assertThat(records).hasSize(2);
        // the outbox stores the request's trace context and the relay sends it on, so the consumers'
        // spans and log lines join the trace that started at the gateway
        assertThat(records).allSatisfy(r -> assertThat(header(r, "traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void shouldRejectIncompleteOrMalformedSubmissionsAndStoreOrPublishNothing() {
        long before = stored();
        List<Integer> partial = new ArrayList<>(java.util.Collections.nCopies(9, (Integer) null));
        partial.set(8, 2);
        Map<String, Object> incomplete = new HashMap<>(Map.of("instrument", "PHQ9", "subjectId", P("p-bad-1"),
                "areaCode", "610101"));
        incomplete.put("answers", partial);
        JsonNode problem = json(submit(COUNSELLOR, "bad-1", incomplete), 422);
        assertThat(problem.get("type").asString()).isEqualTo("https://socialpsych.org/problems/incomplete-answers");
        assertThat(problem.get("missingItems").toString()).isEqualTo("[1,2,3,4,5,6,7,8]");
        assertThat(problem.get("criticalCheck").get("critical").asBoolean()).isTrue();
        assertThat(problem.get("criticalCheck").get("criticalItems").toString()).isEqualTo("[9]");
        // the critical answer is not lost with the refused submission: the disclosure alone is routed
        String disclosureId = problem.get("criticalDisclosureId").asString();
        assertThat(disclosureId).startsWith("cd-");

        JsonNode outOfRange = json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", P("p-bad-1"),
                "areaCode", "610101", "answers", List.of(0, 0, 7, 0, 0, 0, 0, 0, 0, 0))), 422);
        assertThat(outOfRange.get("type").asString()).isEqualTo("https://socialpsych.org/problems/invalid-answers");
        assertThat(outOfRange.get("outOfRangeItems").get(0).get("item").asInt()).isEqualTo(3);

        client().post().uri("/api/v1/assessments").header("Authorization", COUNSELLOR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"instrument\": \"PHQ9\", \"answers\": [1,")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/api/v1/assessments").header("Authorization", COUNSELLOR)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"instrument\": \"PHQ9\", \"answers\": [\"x\"], \"areaCode\": \"610101\"}")
                .exchange().expectStatus().isBadRequest();
        client().post().uri("/api/v1/assessments").header("Authorization", COUNSELLOR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answers", List.of(0)))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'instrument')]").exists()
                .jsonPath("$.errors[?(@.field == 'areaCode')]").exists();
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", P("p-bad-1"), "areaCode", "nowhere",
                "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))), 422);
        json(submit(COUNSELLOR, null, Map.of("instrument", "MMSE", "subjectId", P("p-bad-1"), "areaCode", "610101",
                "answers", List.of(0))), 422);
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", "330327199001011234",
                "areaCode", "610101", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))), 422);
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", P("p-bad-1"), "areaCode", "6102",
                "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))), 403);

        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", "id:330327199001011234",
                "areaCode", "610101", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))), 422);
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", "p-bad-1",
                "areaCode", "610101", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))), 422);

        assertThat(stored()).isEqualTo(before);
        List<ConsumerRecord<String, String>> published = consume(Topics.ASSESSMENT_ASSESSMENTS,
                r -> P("p-bad-1").equals(header(r, "ce_subject")) || String.valueOf(header(r, "ce_subject")).contains("3303"), 2,
                Duration.ofSeconds(6));
        assertThat(published).hasSize(1);
        assertThat(header(published.get(0), "ce_type")).isEqualTo(AssessmentEvents.RISK_FLAGGED);
        JsonNode flag = JSON.readTree(published.get(0).value());
        assertThat(flag.get("tier").asString()).isEqualTo("HIGH");
        assertThat(flag.get("sourceRef").asString()).isEqualTo("disclosure:" + disclosureId);
        assertThat(flag.get("reasons").toString()).contains("PHQ9.item9");
        assertThat(mongo.count(new Query(), "critical_disclosures").block()).isEqualTo(1);
    }

    @Test
    void shouldRefuseRecordsAboutPersonsOwnedOutsideTheCallersScope() {
        long before = stored();
        long disclosures = mongo.count(new Query(), "critical_disclosures").block();
        // a person owned by town 6101; a counsellor of the sibling town 6102 tries to plant a result
        // (captured in its own area) and thereby read the person's results: 403, nothing stored
        String townA = P("p-owned-a");
        json(submit(OTHER_COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", townA, "areaCode", "6102",
                "answers", PHQ9_CRITICAL)), 403);
        json(submit(OTHER_COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", townA, "areaCode", "6102",
                "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 2))), 403);
        // a person id nobody issued is refused, not created
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", TestPersonsIds.unissued(),
                "areaCode", "610101", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))), 422);
        assertThat(stored()).isEqualTo(before);
        assertThat(mongo.count(new Query(), "critical_disclosures").block()).isEqualTo(disclosures);

        // the owner's result is invisible to the sibling town even though it was captured in 6101
        String id = json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", townA, "areaCode", "6101",
                "answers", List.of(1, 0, 0, 0, 0, 0, 0, 0, 0))), 201).get("id").asString();
        client().get().uri("/api/v1/assessments/" + id).header("Authorization", OTHER_COUNSELLOR).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/assessments?subjectId=" + townA).header("Authorization", OTHER_COUNSELLOR)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        // a resident submits only into an area on their own owning path
        String resident = ServiceTestSupport.bearer(P("p-resident-a"), List.of("RESIDENT"), List.of());
        json(submit(resident, null, Map.of("instrument", "PHQ2", "areaCode", "6102", "answers", List.of(0, 0))), 403);
        json(submit(resident, null, Map.of("instrument", "PHQ2", "areaCode", "610101", "answers", List.of(0, 0))),
                201);
    }

    @Test
    void shouldPageResultsWithCursorsAndRefuseUnknownFilters() {
        String person = P("p-paged");
        for (int i = 0; i < 7; i++) {
            json(submit(COUNSELLOR, null, Map.of("instrument", "GAD7", "subjectId", person, "areaCode", "610101",
                    "answers", List.of(0, 0, 0, 0, 0, 0, i % 4))), 201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json(client().get().uri("/api/v1/assessments?subjectId=" + person + "&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor)).header("Authorization", CLINICIAN).exchange(), 200);
            page.get("items").forEach(r -> seen.add(r.get("id").asString()));
            cursor = page.hasNonNull("next") ? page.get("next").asString() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        // filters are honoured or refused, never ignored
        json(client().get().uri("/api/v1/assessments?subjectId=" + person + "&instrument=PHQ9")
                .header("Authorization", CLINICIAN).exchange(), 400);
        json(client().get().uri("/api/v1/assessments?subjectId=" + person + "&limit=0")
                .header("Authorization", CLINICIAN).exchange(), 400);
        json(client().get().uri("/api/v1/assessments?subjectId=" + person + "&cursor=bm90LW91cnM")
                .header("Authorization", CLINICIAN).exchange(), 400);
        json(client().get().uri("/api/v1/campaigns?areaCode=6101").header("Authorization", COUNSELLOR).exchange(),
                400);
    }

    /**
     * Identity data where a person id belongs, in every disguise, through every endpoint of this
     * service that takes a person id: refused, and afterwards found in no document of any database,
     * no record or header of any topic, and no log line.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void shouldKeepIdentityDataOutOfEveryDocumentTopicAndLogLine(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        List<String> identity = List.of("330327198807073316", "13957712345", "王小明");
        List<String> disguises = List.of("330327198807073316", "id:330327198807073316", "3303 2719 8807 0733 16",
                "13957712345", "+86 139-5771-2345", "tel:13957712345", "王小明", "p-王小明");
        for (String value : disguises) {
            JsonNode refused = json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", value,
                    "areaCode", "610101", "answers", PHQ9_CRITICAL)), 422);
            assertThat(refused.toString()).doesNotContain(value);
            String resident = ServiceTestSupport.bearer(value, List.of("RESIDENT"), List.of());
            json(submit(resident, null, Map.of("instrument", "PHQ2", "areaCode", "610101", "answers",
                    List.of(3, 3))), 422);
            json(client().get().uri(u -> u.path("/api/v1/assessments").queryParam("subjectId", value).build())
                    .header("Authorization", CLINICIAN).exchange(), 422);
        }
        assertThat(org.socialpsych.chassis.testing.PlaintextScan.scan(TestInfra.get().mongoUri("admin"),
                TestInfra.get().kafkaBootstrap(), identity)).isEmpty();
        for (String value : identity) {
            assertThat(output.getAll()).doesNotContain(value);
        }
    }

    /**
     * "Prior positive" counts only the instruments the tier rules name: in the standard PHQ-2 → PHQ-9
     * flow the positive PHQ-2 gate does not make a moderately severe PHQ-9 a MEDIUM crisis case; an
     * earlier positive PHQ-9 does.
     */
    @Test
    void shouldNotCountTheGateShortFormAsAPriorPositive() {
        String gated = P("p-gate-flow");
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ2", "subjectId", gated, "areaCode", "610101",
                "answers", List.of(2, 2))), 201);
        JsonNode afterGate = json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", gated,
                "areaCode", "610101", "answers", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0))), 201);
        assertThat(afterGate.get("band").asString()).isEqualTo("moderately_severe");
        assertThat(afterGate.get("tier").asString()).isEqualTo("LOW");

        String repeated = P("p-repeat-flow");
        json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", repeated, "areaCode", "610101",
                "answers", List.of(2, 2, 2, 2, 2, 0, 0, 0, 0))), 201);
        JsonNode afterPhq9 = json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", repeated,
                "areaCode", "610101", "answers", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0))), 201);
        assertThat(afterPhq9.get("tier").asString()).isEqualTo("MEDIUM");
    }

    /** Ids in the platform's format that no grid issued. */
    static final class TestPersonsIds {
        static String unissued() {
            return "r-" + UUID.randomUUID();
        }
    }

    @Test
    void shouldHideResultsOutsideScopeAndGiveGridWorkersAndPlatformOperatorsNoScores() {
        JsonNode created = json(submit(COUNSELLOR, null, Map.of("instrument", "PHQ9", "subjectId", P("p-scope-1"),
                "areaCode", "610101", "answers", List.of(3, 3, 3, 3, 3, 3, 2, 0, 0))), 201);
        String id = created.get("id").asString();
        assertThat(created.get("score").asInt()).isEqualTo(20);
        assertThat(created.get("tier").asString()).isEqualTo("MEDIUM");
        assertThat(created.get("rescreenDue").isNull()).isFalse();

        for (String auth : List.of(COUNSELLOR, CLINICIAN)) {
            JsonNode full = json(client().get().uri("/api/v1/assessments/" + id).header("Authorization", auth)
                    .exchange(), 200);
            assertThat(full.get("score").asInt()).isEqualTo(20);
            assertThat(full.get("band").asString()).isEqualTo("severe");
            assertThat(full.get("itemScores").size()).isEqualTo(9);
            assertThat(full.get("tierColour").asString()).isEqualTo("ORANGE");
        }
        JsonNode clinicalList = json(client().get().uri("/api/v1/assessments?subjectId=" + P("p-scope-1"))
                .header("Authorization", CLINICIAN).exchange(), 200);
        assertThat(clinicalList.get("items").get(0).get("score").asInt()).isEqualTo(20);

        client().get().uri("/api/v1/assessments/" + id).header("Authorization", OTHER_COUNSELLOR).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/assessments?subjectId=" + P("p-scope-1")).header("Authorization", OTHER_COUNSELLOR)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        // roles whose RESULT view is NONE in the field-view policy: not shown at all, as if absent
        for (String auth : List.of(POLICE, ServiceTestSupport.bearer("x", List.of("ANALYST"), List.of("61")),
                ServiceTestSupport.bearer("au", List.of("AUDITOR"), List.of("61")))) {
            client().get().uri("/api/v1/assessments/" + id).header("Authorization", auth).exchange()
                    .expectStatus().isNotFound();
            client().get().uri("/api/v1/assessments?subjectId=" + P("p-scope-1")).header("Authorization", auth).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        }

        // governance view (DOMAIN §1): grid workers, area admins, hotline seats and platform operators
        // ("no clinical content by default") get tier colour and rescreen date, never a score
        for (String auth : List.of(GRID_WORKER, AREA_ADMIN, HOTLINE, ADMIN)) {
            JsonNode governance = json(client().get().uri("/api/v1/assessments/" + id).header("Authorization", auth)
                    .exchange(), 200);
            assertThat(governance.get("id").asString()).isEqualTo(id);
            assertThat(governance.get("tier").asString()).isEqualTo("MEDIUM");
            assertThat(governance.get("tierColour").asString()).isEqualTo("ORANGE");
            assertThat(governance.get("rescreenDue").asString()).isEqualTo(created.get("rescreenDue").asString());
            for (String hidden : CLINICAL_FIELDS) {
                assertThat(governance.has(hidden)).as(hidden).isFalse();
            }
            JsonNode list = json(client().get().uri("/api/v1/assessments?subjectId=" + P("p-scope-1"))
                    .header("Authorization", auth).exchange(), 200);
            assertThat(list.get("items").size()).isEqualTo(1);
            for (String hidden : CLINICAL_FIELDS) {
                assertThat(list.get("items").get(0).has(hidden)).as(hidden).isFalse();
            }
        }

        // a grid worker administering a screening gets the governance view back too
        JsonNode byWorker = json(submit(GRID_WORKER, null, Map.of("instrument", "GAD7", "subjectId", P("p-scope-2"),
                "areaCode", "610101", "answers", List.of(3, 3, 3, 3, 3, 0, 0))), 201);
        assertThat(byWorker.get("tier").asString()).isEqualTo("MEDIUM");
        assertThat(byWorker.has("score")).isFalse();
        JsonNode byAdmin = json(submit(ADMIN, null, Map.of("instrument", "GAD7", "subjectId", P("p-scope-3"),
                "areaCode", "610101", "answers", List.of(3, 3, 3, 3, 3, 0, 0))), 201);
        assertThat(byAdmin.get("tierColour").asString()).isEqualTo("ORANGE");
        for (String hidden : CLINICAL_FIELDS) {
            assertThat(byAdmin.has(hidden)).as(hidden).isFalse();
        }
        assertThat(mongo.count(new Query(), ReadAuditLog.COLLECTION).block()).as("reads are audited").isPositive();
    }

    @Test
    void shouldScopeIdempotencyKeysToTheCallerAndDecideTheViewAgainOnReplay() {
        Map<String, Object> body = Map.of("instrument", "PHQ9", "answers", List.of(3, 3, 3, 3, 3, 3, 2, 0, 0),
                "subjectId", P("p-idem-1"), "areaCode", "610101");
        JsonNode first = json(submit(COUNSELLOR, "shared|key", body), 201);
        String firstId = first.get("id").asString();
        assertThat(json(submit(COUNSELLOR, "shared|key", body), 200).get("id").asString()).isEqualTo(firstId);

        // another caller with the same key (and the same body) stores their own result
        String otherCounsellor = ServiceTestSupport.bearer("c-3", List.of("COUNSELLOR"), List.of("6101"));
        JsonNode theirs = json(submit(otherCounsellor, "shared|key", body), 201);
        assertThat(theirs.get("id").asString()).isNotEqualTo(firstId);
        assertThat(theirs.get("administeredBy").asString()).isEqualTo("c-3");
        // ... also with a different body: not a 409 about someone else's submission
        JsonNode different = json(submit(ServiceTestSupport.bearer("c-4", List.of("COUNSELLOR"), List.of("6101")),
                "shared|key", Map.of("instrument", "PHQ9", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0),
                        "subjectId", P("p-idem-2"), "areaCode", "610101")), 201);
        assertThat(different.get("score").asInt()).isZero();
        // a grid worker re-using the key never gets the counsellor's record (nor its scores)
        JsonNode worker = json(submit(GRID_WORKER, "shared|key", body), 201);
        assertThat(worker.get("id").asString()).isNotIn(firstId, theirs.get("id").asString());
        assertThat(worker.has("score")).isFalse();
        // caller "c-1|shared" with key "key" and caller "c-1" with key "shared|key" are different callers
        JsonNode lookalike = json(submit(ServiceTestSupport.bearer("c-1|shared", List.of("COUNSELLOR"),
                List.of("6101")), "key", body), 201);
        assertThat(lookalike.get("id").asString()).isNotEqualTo(firstId);
        assertThat(mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("subjectId")
                .is(P("p-idem-1"))), "assessments").block()).isEqualTo(4);

        // the same caller replaying with a token that now carries only the governance role sees no score,
        // and a replay outside the caller's current capture scope is refused like a new submission
        JsonNode sameCallerAsWorker = json(submit(ServiceTestSupport.bearer("c-1", List.of("GRID_WORKER"),
                List.of("610101")), "shared|key", body), 200);
        assertThat(sameCallerAsWorker.get("id").asString()).isEqualTo(firstId);
        for (String hidden : CLINICAL_FIELDS) {
            assertThat(sameCallerAsWorker.has(hidden)).as(hidden).isFalse();
        }
        json(submit(ServiceTestSupport.bearer("c-1", List.of("COUNSELLOR"), List.of("6102")), "shared|key", body),
                403);

        // campaign creates: the same key from another manager creates that manager's own campaign
        Instant now = Instant.now();
        Map<String, Object> create = Map.of("name", "Idempotent screening", "areaCode", "6101",
                "population", Map.of("type", "SCHOOL_CLASSES", "unit", "school-i", "groups", List.of("i-1")),
                "battery", List.of("PHQ9"), "opensAt", now.minusSeconds(3600).toString(),
                "closesAt", now.plusSeconds(86_400).toString());
        String mine = json(client().post().uri("/api/v1/campaigns").header("Authorization", AREA_ADMIN)
                .header("Idempotency-Key", "cp-shared").contentType(MediaType.APPLICATION_JSON).bodyValue(create)
                .exchange(), 201).get("id").asString();
        assertThat(json(client().post().uri("/api/v1/campaigns").header("Authorization", AREA_ADMIN)
                .header("Idempotency-Key", "cp-shared").contentType(MediaType.APPLICATION_JSON).bodyValue(create)
                .exchange(), 200).get("id").asString()).isEqualTo(mine);
        String otherAdmin = ServiceTestSupport.bearer("aa-2", List.of("AREA_ADMIN"), List.of("6101"));
        String theirsCampaign = json(client().post().uri("/api/v1/campaigns").header("Authorization", otherAdmin)
                .header("Idempotency-Key", "cp-shared").contentType(MediaType.APPLICATION_JSON).bodyValue(create)
                .exchange(), 201).get("id").asString();
        assertThat(theirsCampaign).isNotEqualTo(mine);
        // the first manager, now scoped elsewhere, does not get the campaign back by replaying the key
        client().post().uri("/api/v1/campaigns").header("Authorization", ServiceTestSupport.bearer("aa-1",
                        List.of("AREA_ADMIN"), List.of("6102")))
                .header("Idempotency-Key", "cp-shared").contentType(MediaType.APPLICATION_JSON).bodyValue(create)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void shouldLetAResidentSubmitASelfTestAndReadOnlyTheirOwnResults() {
        String resident = ServiceTestSupport.bearer(P("r-77", "61", "6102"), List.of("RESIDENT"), List.of());
        JsonNode own = json(submit(resident, null, Map.of("instrument", "PHQ2", "areaCode", "6102",
                "answers", List.of(2, 2))), 201);
        assertThat(own.get("subjectId").asString()).isEqualTo(P("r-77", "61", "6102"));
        assertThat(own.get("positiveScreen").asBoolean()).isTrue();
        assertThat(own.get("tier").asString()).isEqualTo("LOW");
        assertThat(own.get("rescreenInstrument").asString()).isEqualTo("PHQ9");
        String id = own.get("id").asString();
        client().get().uri("/api/v1/assessments/" + id).header("Authorization", resident).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.score").isEqualTo(4);
        client().get().uri("/api/v1/assessments").header("Authorization", resident).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
        String stranger = ServiceTestSupport.bearer(P("r-78", "61", "6102"), List.of("RESIDENT"), List.of());
        client().get().uri("/api/v1/assessments/" + id).header("Authorization", stranger).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/assessments?subjectId=" + P("r-77", "61", "6102")).header("Authorization", stranger).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        json(submit(resident, null, Map.of("instrument", "PHQ2", "areaCode", "6102", "subjectId", P("r-78", "61", "6102"),
                "answers", List.of(0, 0))), 403);
    }

    @Test
    void shouldServeDefinitionsScoreStatelesslyAndKeepTheVersionThatScored() {
        client().get().uri("/api/v1/instruments").header("Authorization", COUNSELLOR).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(11);
        JsonNode epds = json(client().get().uri("/api/v1/instruments/EPDS").header("Authorization", COUNSELLOR)
                .exchange(), 200);
        assertThat(epds.get("licence").get("shipItemText").asBoolean()).isFalse();
        assertThat(epds.get("items").get(0).get("label").isNull()).isTrue();
        assertThat(epds.get("items").get(2).get("options").get(0).get("points").asInt()).isEqualTo(3);
        JsonNode phq9 = json(client().get().uri("/api/v1/instruments/PHQ9").header("Authorization", COUNSELLOR)
                .exchange(), 200);
        assertThat(phq9.get("items").get(8).get("label").asString()).contains("better off dead");
        client().get().uri("/api/v1/instruments/MMSE").header("Authorization", COUNSELLOR).exchange()
                .expectStatus().isNotFound();

        JsonNode score = json(client().post().uri("/api/v1/instruments/EPDS/score").header("Authorization", COUNSELLOR)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).exchange(), 200);
        assertThat(score.get("score").asInt()).isEqualTo(21); // top option everywhere: reverse items score 3
        assertThat(score.get("critical").asBoolean()).isTrue();
        assertThat(score.get("criticalItems").toString()).isEqualTo("[10]");
        JsonNode partial = json(client().post().uri("/api/v1/instruments/PHQA/score")
                .header("Authorization", COUNSELLOR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", List.of(0, 0, 0), "supplementary", Map.of("lifetimeSuicideAttempt", true)))
                .exchange(), 422);
        assertThat(partial.get("missingItems").size()).isEqualTo(6);
        assertThat(partial.get("missingSupplementaryKeys").toString()).contains("seriousThoughtsPastMonth");
        assertThat(partial.get("criticalCheck").get("criticalSupplementaryKeys").toString())
                .isEqualTo("[\"lifetimeSuicideAttempt\"]");

        // SDS raw 42: 52 (normal) with the shipped FLOOR rule, 53 (mild) with an operator's ROUND_HALF_UP revision
        List<Integer> raw42 = List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 0, 3, 3, 3, 0, 3);
        JsonNode before = json(submit(COUNSELLOR, null, Map.of("instrument", "SDS", "subjectId", P("p-sds-1"),
                "areaCode", "610101", "answers", raw42)), 201);
        assertThat(before.get("rawScore").asInt()).isEqualTo(42);
        assertThat(before.get("score").asInt()).isEqualTo(52);
        String sds = new String(readResource("instruments/SDS.json"), StandardCharsets.UTF_8);
        String revised = sds.replace("\"SDS@1\"", "\"SDS@2-half-up\"").replace("\"FLOOR\"", "\"ROUND_HALF_UP\"");
        client().put().uri("/api/v1/instruments/SDS").header("Authorization", COUNSELLOR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(revised).exchange().expectStatus().isForbidden();
        client().put().uri("/api/v1/instruments/SDS").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(revised).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo("SDS@2-half-up").jsonPath("$.rounding")
                .isEqualTo("ROUND_HALF_UP");
        client().put().uri("/api/v1/instruments/SDS").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(revised).exchange()
                .expectStatus().isEqualTo(409);
        client().put().uri("/api/v1/instruments/SDS").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(sds.replace("\"SDS@1\"", "\"SDS@3\"")
                        .replace("\"min\": 73, \"max\": 100", "\"min\": 74, \"max\": 100"))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems").isNotEmpty();
        client().put().uri("/api/v1/instruments/PHQ9").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(revised).exchange().expectStatus().isEqualTo(422);

        JsonNode after = json(submit(COUNSELLOR, null, Map.of("instrument", "SDS", "subjectId", P("p-sds-1"),
                "areaCode", "610101", "answers", raw42)), 201);
        assertThat(after.get("definitionVersion").asString()).isEqualTo("SDS@2-half-up");
        assertThat(after.get("score").asInt()).isEqualTo(53);
        assertThat(after.get("band").asString()).isEqualTo("mild");
        client().get().uri("/api/v1/assessments/" + before.get("id").asString()).header("Authorization", COUNSELLOR)
                .exchange().expectBody().jsonPath("$.definitionVersion").isEqualTo("SDS@1").jsonPath("$.score")
                .isEqualTo(52);
        client().get().uri("/api/v1/instruments/SDS?version=SDS@1").header("Authorization", COUNSELLOR).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.rounding").isEqualTo("FLOOR")
                .jsonPath("$.versions[0]").isEqualTo("SDS@2-half-up").jsonPath("$.versions[1]").isEqualTo("SDS@1");
    }

    @Test
    void shouldRunACampaignWithConsentRulesAndCountProgress() {
        Instant now = Instant.now();
        Map<String, Object> create = Map.of("name", "School screening", "areaCode", "6101",
                "population", Map.of("type", "SCHOOL_CLASSES", "unit", "school-7", "groups", List.of("7-1")),
                "battery", List.of("PHQA", "GAD7"), "opensAt", now.minusSeconds(3600).toString(),
                "closesAt", now.plusSeconds(86_400).toString(), "targetSize", 40);
        client().post().uri("/api/v1/campaigns").header("Authorization", GRID_WORKER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(create).exchange().expectStatus().isForbidden();
        JsonNode campaign = json(client().post().uri("/api/v1/campaigns").header("Authorization", AREA_ADMIN)
                .header("Idempotency-Key", "cp-1").contentType(MediaType.APPLICATION_JSON).bodyValue(create)
                .exchange(), 201);
        String id = campaign.get("id").asString();
        assertThat(campaign.get("status").asString()).isEqualTo("DRAFT");
        assertThat(campaign.get("consentRule").get("guardianConsentUnderAge").asInt()).isEqualTo(14);
        json(client().post().uri("/api/v1/campaigns").header("Authorization", AREA_ADMIN)
                .header("Idempotency-Key", "cp-1").contentType(MediaType.APPLICATION_JSON).bodyValue(create)
                .exchange(), 200);

        List<Integer> phqa = List.of(2, 2, 2, 2, 2, 0, 0, 0, 0); // 10: moderate, positive
        Map<String, Object> supp = Map.of("seriousThoughtsPastMonth", "no", "lifetimeSuicideAttempt", "no");
        Map<String, Object> submission = new HashMap<>(Map.of("instrument", "PHQA", "answers", phqa,
                "supplementary", supp, "subjectId", P("pupil-1"), "areaCode", "610101", "campaignId", id,
                "consent", Map.of("healthData", true, "ageYears", 13)));
        json(submit(COUNSELLOR, null, submission), 422); // still a draft
        client().post().uri("/api/v1/campaigns/" + id + "/open").header("Authorization", AREA_ADMIN).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN");
        client().post().uri("/api/v1/campaigns/" + id + "/open").header("Authorization", AREA_ADMIN).exchange()
                .expectStatus().isEqualTo(409);
        client().post().uri("/api/v1/campaigns/" + id + "/invitations").header("Authorization", AREA_ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("count", 40)).exchange()
                .expectStatus().isOk();

        JsonNode noGuardian = json(submit(COUNSELLOR, null, submission), 422);
        assertThat(noGuardian.get("type").asString()).endsWith("/guardian-consent-missing");
        submission.put("consent", Map.of("healthData", true, "guardian", true, "ageYears", 13));
        JsonNode ok = json(submit(COUNSELLOR, null, submission), 201);
        assertThat(ok.get("campaignId").asString()).isEqualTo(id);
        assertThat(ok.get("tier").asString()).isEqualTo("LOW");
        // the recorded consent now covers the pupil's next instrument without repeating it
        Map<String, Object> gad7 = new HashMap<>(Map.of("instrument", "GAD7", "answers", List.of(0, 0, 0, 0, 0, 0, 0),
                "subjectId", P("pupil-1"), "areaCode", "610101", "campaignId", id));
        json(submit(COUNSELLOR, null, gad7), 201);
        gad7.put("instrument", "PHQ9");
        gad7.put("answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(json(submit(COUNSELLOR, null, gad7), 422).get("type").asString())
                .endsWith("/instrument-not-in-battery");
        Map<String, Object> critical = new HashMap<>(submission);
        critical.put("subjectId", P("pupil-2"));
        critical.put("consent", Map.of("healthData", true, "ageYears", 15));
        critical.put("supplementary", Map.of("seriousThoughtsPastMonth", "yes", "lifetimeSuicideAttempt", "no"));
        assertThat(json(submit(COUNSELLOR, null, critical), 201).get("tier").asString()).isEqualTo("HIGH");
        // a 12-year-old answering the suicide questions "yes" without guardian consent: refused, but
        // the disclosure is recorded and routed (PIPL Art. 13(4)), and the 422 says so
        Map<String, Object> young = new HashMap<>(critical);
        young.put("subjectId", P("pupil-3"));
        young.put("consent", Map.of("healthData", true, "ageYears", 12));
        JsonNode refused = json(submit(COUNSELLOR, null, young), 422);
        assertThat(refused.get("type").asString()).endsWith("/guardian-consent-missing");
        assertThat(refused.get("criticalDisclosureId").asString()).startsWith("cd-");
        assertThat(mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("subjectId")
                .is(P("pupil-3"))), "assessments").block()).isZero();
        assertThat(consume(Topics.ASSESSMENT_ASSESSMENTS, r -> P("pupil-3").equals(header(r, "ce_subject")), 1,
                Duration.ofSeconds(10))).singleElement()
                .satisfies(r -> assertThat(header(r, "ce_type")).isEqualTo(AssessmentEvents.RISK_FLAGGED));

        // progress follows the AssessmentCompleted events (no second write on the submission path)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                client().get().uri("/api/v1/campaigns/" + id).header("Authorization", COUNSELLOR).exchange()
                        .expectStatus().isOk().expectBody()
                        .jsonPath("$.progress.invited").isEqualTo(40)
                        .jsonPath("$.progress.consented").isEqualTo(2)
                        .jsonPath("$.progress.completed").isEqualTo(3)
                        .jsonPath("$.progress.positive").isEqualTo(2)
                        .jsonPath("$.progress.critical").isEqualTo(1));
        // a redelivered completion (same partition offset) counts nothing; the next offset counts
        assertThat(campaignService.countCompletion(id, true, false, 99, 7).block()).isTrue();
        assertThat(campaignService.countCompletion(id, true, false, 99, 7).block()).isFalse();
        assertThat(campaignService.countCompletion(id, true, false, 99, 5).block()).isFalse();
        client().get().uri("/api/v1/campaigns/" + id).header("Authorization", COUNSELLOR).exchange()
                .expectBody().jsonPath("$.progress.completed").isEqualTo(4);
        // the process dies right after a submission's insert, before anything else was written: the
        // completion still counts, because its event was stored in the same document
        String crashed = "as-crashed-" + UUID.randomUUID();
        org.bson.Document payload = new org.bson.Document("aggregateId", crashed).append("aggregateVersion", 1)
                .append("occurredAt", Instant.now().toString()).append("subjectId", P("pupil-9"))
                .append("instrument", "PHQ9").append("definitionVersion", "PHQ9@1").append("band", "none")
                .append("positiveScreen", false).append("critical", false).append("tier", "NONE")
                .append("areaCode", "610101").append("areaPath", List.of("61", "6101", "610101"))
                .append("campaignId", id);
        mongo.insert(new org.bson.Document("_id", crashed).append("subjectId", P("pupil-9")).append("campaignId", id)
                .append("areaPath", List.of("61", "6101", "610101")).append("outbox", List.of(new org.bson.Document(
                        "eventId", UUID.randomUUID().toString()).append("type", AssessmentEvents.ASSESSMENT_COMPLETED)
                        .append("topic", Topics.ASSESSMENT_ASSESSMENTS).append("key", P("pupil-9"))
                        .append("subject", P("pupil-9")).append("aggregateVersion", 1L)
                        .append("occurredAt", new java.util.Date()).append("payload", payload.toJson()))),
                "assessments").block();
        // the restarted instance's start-up scan finds it (this IT scans hourly): hint the relay instead
        outboxHints.add(crashed);
        outboxRelay.nudge();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                client().get().uri("/api/v1/campaigns/" + id).header("Authorization", COUNSELLOR).exchange()
                        .expectBody().jsonPath("$.progress.completed").isEqualTo(5));
        client().get().uri("/api/v1/campaigns/" + id).header("Authorization", OTHER_COUNSELLOR).exchange()
                .expectStatus().isNotFound();
        client().post().uri("/api/v1/campaigns/" + id + "/close").header("Authorization", AREA_ADMIN).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");

        List<ConsumerRecord<String, String>> events = consume(Topics.ASSESSMENT_CAMPAIGNS, r -> id.equals(r.key()),
                7, Duration.ofSeconds(60));
        List<String> types = events.stream().map(r -> header(r, "ce_type")).toList();
        assertThat(types).contains(AssessmentEvents.CAMPAIGN_OPENED, AssessmentEvents.CAMPAIGN_PROGRESSED,
                AssessmentEvents.CAMPAIGN_CLOSED);
        JsonNode closed = JSON.readTree(events.stream().filter(r -> AssessmentEvents.CAMPAIGN_CLOSED
                .equals(header(r, "ce_type"))).findFirst().orElseThrow().value());
        assertThat(closed.get("completed").asLong()).isEqualTo(5);
        assertThat(closed.get("critical").asLong()).isEqualTo(1);
    }

    static byte[] readResource(String path) {
        try (var in = AssessmentApiIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the topic from the start until {@code wanted} matching records arrived (or timeout), then settles. */
    static List<ConsumerRecord<String, String>> consume(String topic, Predicate<ConsumerRecord<String, String>> match,
            int wanted, Duration timeout) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("group.id", "test-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (out.size() < wanted && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (match.test(r)) {
                        out.add(r);
                    }
                });
            }
            long settle = System.currentTimeMillis() + 2000; // catch an unwanted duplicate
            while (System.currentTimeMillis() < settle) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (match.test(r)) {
                        out.add(r);
                    }
                });
            }
        }
        return out;
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
