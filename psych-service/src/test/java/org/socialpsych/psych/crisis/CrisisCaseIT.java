package org.socialpsych.psych.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.psych.support.PsychIT.await;
import static org.socialpsych.psych.support.PsychIT.consume;
import static org.socialpsych.psych.support.PsychIT.header;
import static org.socialpsych.psych.support.PsychIT.json;
import static org.socialpsych.psych.support.PsychIT.newId;
import static org.socialpsych.psych.support.PsychIT.pathOf;
import static org.socialpsych.psych.support.PsychIT.produce;
import static org.socialpsych.psych.support.PsychIT.riskFlagged;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.PlaintextScan;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.localstack.testing.TestInfra;
import org.socialpsych.events.Topics;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.support.PsychIT;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrisisCaseIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "psych-crisis");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    CrisisCaseService service;

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());

    @BeforeEach
    void areas() {
        PsychIT.seedAreas(mongo, "8801");
        PsychIT.seedAreas(mongo, "8802");
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    long cases(String sourceRef) {
        return mongo.count(new Query(Criteria.where("sourceRef").is(sourceRef)), "crisis_cases").block();
    }

    @Test
    void shouldOpenExactlyOneCaseRoutedToPoliceHealthAndCommunityWhenHighRiskFlaggedIsDeliveredTwice()
            throws Exception {
        String assessment = "as-" + newId();
        String payload = riskFlagged(assessment, "p-high-1", "HIGH", pathOf("8801", 4));
        String eventId = newId();
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, "org.socialpsych.assessment.RiskFlagged.v1", eventId,
                payload);
        // the same event again (a redelivery), and once more under a new event id (a producer retry)
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, "org.socialpsych.assessment.RiskFlagged.v1", eventId,
                payload);
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, "org.socialpsych.assessment.RiskFlagged.v1", newId(),
                payload);

        String sourceRef = "assessment:" + assessment;
        await("a crisis case for " + sourceRef, Duration.ofSeconds(60), () -> cases(sourceRef) > 0);
        Thread.sleep(2000);
        assertThat(cases(sourceRef)).isEqualTo(1);

        client().get().uri(b -> b.path("/api/v1/crisis-cases").queryParam("sourceRef", sourceRef).build())
                .header("Authorization", ADMIN).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].tier").isEqualTo("HIGH")
                .jsonPath("$[0].status").isEqualTo("OPEN")
                .jsonPath("$[0].assignees").isEqualTo(List.of("POLICE", "HEALTH_OFFICE", "COMMUNITY"))
                .jsonPath("$[0].acknowledgeBy").exists()
                .jsonPath("$[0].firstContactBy").exists()
                .jsonPath("$[0].subjectId").isEqualTo("p-high-1");

        List<ConsumerRecord<String, String>> opened = consume(Topics.PSYCH_CRISIS_CASES,
                r -> PsychEvents.CRISIS_CASE_OPENED.equals(header(r, "ce_type"))
                        && json(r.value()).get("sourceRef").asString().equals(sourceRef),
                1, Duration.ofSeconds(30));
        assertThat(opened).hasSize(1);
        var event = json(opened.get(0).value());
        assertThat(event.get("tier").asString()).isEqualTo("HIGH");
        assertThat(event.get("assignees").toString()).contains("POLICE", "HEALTH_OFFICE", "COMMUNITY");
        assertThat(header(opened.get(0), "ce_subject")).isEqualTo("p-high-1");
        assertThat(header(opened.get(0), "ce_source")).isEqualTo("psych-service");
    }

    @Test
    void shouldRouteMediumToTheGovernanceOfficeSkipOtherTypesAndTurnLowIntoAGridFollowUp() throws Exception {
        String medium = "as-" + newId();
        String low = "as-" + newId();
        String other = "as-" + newId();
        produce(Topics.ASSESSMENT_ASSESSMENTS, other, "org.socialpsych.assessment.AssessmentCompleted.v1", newId(),
                "{\"aggregateId\":\"" + other + "\"}");
        produce(Topics.ASSESSMENT_ASSESSMENTS, low, "org.socialpsych.assessment.RiskFlagged.v1", newId(),
                riskFlagged(low, "p-low", "LOW", pathOf("8801", 4)));
        produce(Topics.ASSESSMENT_ASSESSMENTS, medium, "org.socialpsych.assessment.RiskFlagged.v1", newId(),
                riskFlagged(medium, "p-med", "MEDIUM", pathOf("8801", 3)));

        await("the MEDIUM case", Duration.ofSeconds(60), () -> cases("assessment:" + medium) == 1);
        Document c = mongo.findOne(new Query(Criteria.where("sourceRef").is("assessment:" + medium)), Document.class,
                "crisis_cases").block();
        assertThat(c.getList("assignees", String.class)).containsExactly("GOVERNANCE_OFFICE");
        await("the LOW follow-up", Duration.ofSeconds(30), () -> mongo.count(
                new Query(Criteria.where("sourceRef").is("assessment:" + low)), "grid_follow_ups").block() == 1);
        assertThat(cases("assessment:" + low)).isZero();
        assertThat(cases("assessment:" + other)).isZero();
        String worker = ServiceTestSupport.bearer("w-1", List.of("GRID_WORKER"), List.of("88010101"));
        client().get().uri("/api/v1/grid-follow-ups?sourceRef=assessment:" + low).header("Authorization", worker)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].dueBy").exists();
    }

    @Test
    void shouldOpenByHandMergeDuplicatesAndHideCasesOutsideScopeOrTier() {
        String counsellor = ServiceTestSupport.bearer("c-1", List.of("COUNSELLOR"), List.of("8801"));
        Map<String, Object> body = Map.of("subjectId", "p-9", "tier", "MEDIUM", "source", "GRID_REPORT",
                "sourceRef", "grid-report:gr-1", "areaCode", "88010101");
        client().post().uri("/api/v1/crisis-cases").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody().jsonPath("$.assignees[0]").isEqualTo("GOVERNANCE_OFFICE")
                .jsonPath("$.areaPath[1]").isEqualTo("880101");
        client().post().uri("/api/v1/crisis-cases").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isOk();
        assertThat(cases("grid-report:gr-1")).isEqualTo(1);

        String caseId = mongo.findOne(new Query(Criteria.where("sourceRef").is("grid-report:gr-1")), Document.class,
                "crisis_cases").block().getString("_id");
        String otherCounty = ServiceTestSupport.bearer("c-2", List.of("COUNSELLOR"), List.of("8802"));
        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", otherCounty).exchange()
                .expectStatus().isNotFound();
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/acknowledge").header("Authorization", otherCounty)
                .exchange().expectStatus().isNotFound();
        client().get().uri("/api/v1/crisis-cases").header("Authorization", otherCounty).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '" + caseId + "')]").doesNotExist();
        client().get().uri("/api/v1/crisis-cases?under=8801").header("Authorization", counsellor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '" + caseId + "')]").exists();
        String police = ServiceTestSupport.bearer("po-1", List.of("POLICE_LIAISON"), List.of("8801"));
        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", police).exchange()
                .expectStatus().isNotFound();
        String analyst = ServiceTestSupport.bearer("an-1", List.of("ANALYST"), List.of("8801"));
        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", analyst).exchange()
                .expectStatus().isForbidden();
        client().post().uri("/api/v1/crisis-cases").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjectId", "p-9", "tier", "HIGH", "areaCode", "88020101")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void shouldShowPoliceOnlyMinimumDataAndNeedASecondPersonToCloseAHighCase() {
        String counsellor = ServiceTestSupport.bearer("c-1", List.of("COUNSELLOR"), List.of("8801"));
        String clinician = ServiceTestSupport.bearer("d-1", List.of("CLINICIAN"), List.of("8801"));
        String police = ServiceTestSupport.bearer("po-1", List.of("POLICE_LIAISON"), List.of("8801"));
        String caseId = json(new String(client().post().uri("/api/v1/crisis-cases").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjectId", "p-10", "tier", "HIGH", "areaCode", "88010101-g1",
                        "reasons", List.of("PHQ9_ITEM9")))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody()))
                .get("id").asString();

        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", police).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.tier").isEqualTo("HIGH")
                .jsonPath("$.reasons").doesNotExist()
                .jsonPath("$.timeline").doesNotExist();
        assertThat(mongo.count(new Query(Criteria.where("recordId").is(caseId).and("actor").is("po-1")
                .and("dataSubject").is("p-10").and("fieldsClass").is("minimal")), "audit_reads").block())
                .as("the police read is audit-logged").isEqualTo(1);
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/acknowledge").header("Authorization", police)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACKNOWLEDGED");
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/acknowledge").header("Authorization", counsellor)
                .exchange().expectStatus().isEqualTo(409);
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/first-contact").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "reached by phone")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("IN_CONTACT");

        client().post().uri("/api/v1/crisis-cases/" + caseId + "/close").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("outcome", "DECEASED")).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://socialpsych.org/problems/review-required");
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/close").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("outcome", "REFERRED", "note", "to hospital"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("IN_CONTACT")
                .jsonPath("$.pendingSignOff.kind").isEqualTo("CLOSURE");
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/close/sign-off").header("Authorization", counsellor)
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .isEqualTo("https://socialpsych.org/problems/second-person-required");
        client().post().uri("/api/v1/crisis-cases/" + caseId + "/close/sign-off").header("Authorization", clinician)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.outcome").isEqualTo("REFERRED")
                .jsonPath("$.timeline[?(@.action == 'SIGNED_OFF')].actor").isEqualTo(List.of("d-1"));

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_CRISIS_CASES,
                r -> caseId.equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(PsychEvents.CRISIS_CASE_OPENED,
                PsychEvents.CRISIS_CASE_ACKNOWLEDGED, PsychEvents.CRISIS_CASE_FIRST_CONTACT_MADE,
                PsychEvents.CRISIS_CASE_CLOSED);
        assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain("PHQ9", "reached by phone"));
    }

    @Test
    void shouldRejectBadInputWithProblemJsonAndStoreNothing() {
        long before = mongo.count(new Query(), "crisis_cases").block();
        client().post().uri("/api/v1/crisis-cases").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tier", "PURPLE", "areaCode", "8801"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("tier");
        client().post().uri("/api/v1/crisis-cases").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("subjectId", "p")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'tier')]").exists()
                .jsonPath("$.errors[?(@.field == 'areaCode')]").exists();
        client().post().uri("/api/v1/crisis-cases").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tier", "HIGH", "areaCode", "nowhere"))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://socialpsych.org/problems/unknown-area");
        client().get().uri("/api/v1/crisis-cases/nope").header("Authorization", ADMIN).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/crisis-cases").exchange().expectStatus().isUnauthorized();
        assertThat(mongo.count(new Query(), "crisis_cases").block()).isEqualTo(before);
    }

    @Test
    void shouldKeepTheLocalAreaTreeFromGridEvents() throws Exception {
        produce(Topics.GRID_AREAS, "a-8899", "org.socialpsych.grid.AreaCreated.v1", newId(),
                "{\"aggregateId\":\"a-8899\",\"aggregateVersion\":1,\"occurredAt\":\"2026-11-25T08:00:00Z\","
                        + "\"code\":\"8899\",\"name\":\"n\",\"level\":\"COUNTY\",\"parentCode\":null,"
                        + "\"path\":[\"8899\"],\"validFrom\":\"2026-01-01\"}");
        await("area 8899 in the local tree", Duration.ofSeconds(60),
                () -> mongo.findById("8899", Document.class, "area_directory").block() != null);
        assertThat(mongo.findById("8899", Document.class, "area_directory").block().getString("level"))
                .isEqualTo("COUNTY");
    }

    @Test
    void shouldEscalateAnOverdueCaseOnceWhenSeveralReplicasSweepAtTheSameTime() {
        String caseId = json(new String(client().post().uri("/api/v1/crisis-cases").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjectId", "p-race", "tier", "HIGH", "areaCode", "88010101-g1")).exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody())).get("id").asString();
        // the acknowledgement deadline passed a minute ago (as if the service had been down)
        java.time.Instant past = java.time.Instant.now().minusSeconds(60);
        mongo.updateFirst(new Query(Criteria.where("_id").is(caseId)),
                new Update().set("acknowledgeBy", past).set("nextCheckAt", past), "crisis_cases").block();

        // four sweeps at once stand in for four replicas: the version-conditional write lets one win
        reactor.core.publisher.Flux.range(0, 4).flatMap(i -> service.sweep(50)
                .subscribeOn(reactor.core.scheduler.Schedulers.parallel())).blockLast();

        Document after = mongo.findById(caseId, Document.class, "crisis_cases").block();
        assertThat(after.getString("escalationLevel")).isEqualTo("TOWN");
        assertThat(after.getList("escalations", Document.class)).hasSize(1);
        assertThat(after.getList("escalations", Document.class).get(0).getString("targetAreaCode"))
                .isEqualTo("880101");
        List<ConsumerRecord<String, String>> escalated = consume(Topics.PSYCH_CRISIS_CASES,
                r -> caseId.equals(r.key()) && PsychEvents.CRISIS_CASE_ESCALATED.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertThat(escalated).hasSize(1);
    }

    JsonNode postJson(String auth, String uri, Object body, int status) {
        return postJson(auth, uri, body, status, null);
    }

    JsonNode postJson(String auth, String uri, Object body, int status, String idempotencyKey) {
        var spec = client().post().uri(uri).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            spec = spec.header("Idempotency-Key", idempotencyKey);
        }
        EntityExchangeResult<byte[]> r = spec.bodyValue(body).exchange().expectBody().returnResult();
        String text = r.getResponseBodyContent() == null ? "" : new String(r.getResponseBodyContent());
        assertThat(r.getStatus().value()).as(uri + " " + text).isEqualTo(status);
        return text.isEmpty() ? null : json(text);
    }

    String getText(String auth, String uri) {
        EntityExchangeResult<byte[]> r = client().get().uri(uri).header("Authorization", auth).exchange().expectBody()
                .returnResult();
        String text = new String(r.getResponseBodyContent());
        assertThat(r.getStatus().value()).as(uri + " " + text).isEqualTo(200);
        return text;
    }

    /** {@code POST /api/v1/retention/psych-service/runs} as SYSTEM_ADMIN (no body: a run takes none). */
    JsonNode retentionRun() {
        return json(new String(client().post().uri("/api/v1/retention/psych-service/runs")
                .header("Authorization", ADMIN).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody()));
    }

    Document lastAudit(String recordId, String actor) {
        return mongo.findOne(new Query(Criteria.where("recordId").is(recordId).and("actor").is(actor))
                .with(Sort.by(Sort.Direction.DESC, "at")), Document.class, "audit_reads").block();
    }

    @Test
    void shouldShowGridWorkersAndAdminsNoReasonsReviewNotesOrSignOffReasonWhileCliniciansSeeThem() {
        String counsellor = ServiceTestSupport.bearer("c-v", List.of("COUNSELLOR"), List.of("8801"));
        String clinician = ServiceTestSupport.bearer("d-v", List.of("CLINICIAN"), List.of("8801"));
        String gridWorker = ServiceTestSupport.bearer("gw-v", List.of("GRID_WORKER"), List.of("88010101"));
        String areaAdmin = ServiceTestSupport.bearer("aa-v", List.of("AREA_ADMIN"), List.of("8801"));
        String operator = ServiceTestSupport.bearer("op-v", List.of("HOTLINE_OPERATOR"), List.of("8801"));
        String note = "note-" + newId();
        String why = "calmer-" + newId();
        String cause = "cause-" + newId();
        String caseId = postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", "p-view", "tier", "MEDIUM",
                "areaCode", "88010101-g1", "sourceRef", "grid-report:" + newId(), "reasons",
                List.of("PHQ9_ITEM9")), 201).get("id").asString();
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/first-contact", Map.of("note", note), 200);
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/tier", Map.of("tier", "LOW", "reason", why), 200);

        // the governance view, also of the platform operator: no reasons, no notes, no sign-off reason
        for (String reader : List.of(gridWorker, ADMIN, areaAdmin)) {
            String text = getText(reader, "/api/v1/crisis-cases/" + caseId);
            JsonNode c = json(text);
            assertThat(c.get("tier").asString()).isEqualTo("MEDIUM");
            assertThat(c.get("status").asString()).isEqualTo("IN_CONTACT");
            assertThat(c.get("pendingSignOff").get("kind").asString()).isEqualTo("TIER_CHANGE");
            assertThat(c.get("pendingSignOff").get("toTier").asString()).isEqualTo("LOW");
            assertThat(c.get("pendingSignOff").has("reason")).isFalse();
            assertThat(c.get("timeline").size()).isGreaterThanOrEqualTo(3);
            c.get("timeline").forEach(t -> assertThat(t.has("detail")).isFalse());
            assertThat(c.has("reasons")).isFalse();
            assertThat(c.has("review")).isFalse();
            assertThat(text).doesNotContain(note, why, "PHQ9", "\"detail\"", "\"reasons\"", "\"review\"",
                    "\"reason\"");
        }
        assertThat(getText(gridWorker, "/api/v1/crisis-cases?under=8801")).contains(caseId).doesNotContain(note, why,
                "PHQ9");
        assertThat(lastAudit(caseId, "gw-v").getString("fieldsClass")).isEqualTo("governance");
        assertThat(lastAudit(caseId, "admin").getString("fieldsClass")).isEqualTo("governance");

        // the clinical view: clinicians and hotline seats (the case in full)
        for (String reader : List.of(clinician, operator)) {
            JsonNode c = json(getText(reader, "/api/v1/crisis-cases/" + caseId));
            assertThat(c.get("reasons").toString()).contains("PHQ9_ITEM9");
            assertThat(c.get("timeline").toString()).contains(note);
            assertThat(c.get("pendingSignOff").get("reason").asString()).isEqualTo(why);
        }
        assertThat(lastAudit(caseId, "d-v").getString("fieldsClass")).isEqualTo("clinical");

        // the review of a serious incident is clinical content too
        postJson(clinician, "/api/v1/crisis-cases/" + caseId + "/tier/sign-off", Map.of(), 200);
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/close", Map.of("outcome", "RESOLVED",
                "seriousIncident", true, "review", Map.of("causes", List.of(cause), "measures", List.of("m"))), 200);
        for (String reader : List.of(gridWorker, ADMIN)) {
            String text = getText(reader, "/api/v1/crisis-cases/" + caseId);
            assertThat(json(text).get("status").asString()).isEqualTo("CLOSED");
            assertThat(json(text).get("seriousIncident").asBoolean()).isTrue();
            assertThat(text).doesNotContain(cause, "\"causes\"", note);
        }
        assertThat(getText(clinician, "/api/v1/crisis-cases/" + caseId)).contains(cause);
    }

    @Test
    void shouldPurgeAClosedCaseOlderThanItsRetentionToATombstoneWithAnEventAndAnAuditEntryButNeverAnOpenOne()
            throws Exception {
        String counsellor = ServiceTestSupport.bearer("c-r", List.of("COUNSELLOR"), List.of("8801"));
        String subject = "p-purge-" + newId();
        String note = "purge-note-" + newId();
        Map<String, Object> openBody = Map.of("subjectId", subject, "tier", "MEDIUM", "areaCode", "88010101-g1",
                "sourceRef", "grid-report:" + newId(), "reasons", List.of("PHQ9_ITEM9"));
        String closed = postJson(counsellor, "/api/v1/crisis-cases", openBody, 201, "purge-key-" + newId())
                .get("id").asString();
        postJson(counsellor, "/api/v1/crisis-cases/" + closed + "/first-contact", Map.of("note", note), 200);
        postJson(counsellor, "/api/v1/crisis-cases/" + closed + "/close", Map.of("outcome", "RESOLVED", "note", note),
                200);
        String open = postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", subject, "tier", "HIGH",
                "areaCode", "88010101-g1", "sourceRef", "grid-report:" + newId()), 201).get("id").asString();
        await("the closed case's events published", Duration.ofSeconds(30), () -> mongo.findById(closed,
                Document.class, "crisis_cases").block().getList("outbox", Document.class).isEmpty());
        // closed 16 years ago (retention 15 years); the open case was opened 20 years ago and is still open
        java.time.Instant longAgo = java.time.Instant.now().minus(Duration.ofDays(16 * 366));
        mongo.updateFirst(new Query(Criteria.where("_id").is(closed)), new Update().set("closedAt", longAgo)
                .set("openedAt", longAgo.minus(Duration.ofDays(3))), "crisis_cases").block();
        mongo.updateFirst(new Query(Criteria.where("_id").is(open)), new Update().set("openedAt",
                java.time.Instant.now().minus(Duration.ofDays(20 * 366))), "crisis_cases").block();

        String runs = "/api/v1/retention/psych-service/runs";
        for (String refused : List.of(counsellor, ServiceTestSupport.bearer("aud", List.of("AUDITOR"), List.of()),
                ServiceTestSupport.bearer("aa-r", List.of("AREA_ADMIN"), List.of("8801")))) {
            client().post().uri(runs).header("Authorization", refused).exchange().expectStatus().isForbidden();
        }
        assertThat(mongo.findById(closed, Document.class, "crisis_cases").block()).containsKey("subjectId");
        JsonNode run = retentionRun();
        assertThat(run.get("purged").get("crisis-case").asLong()).isGreaterThanOrEqualTo(1);

        Document tomb = mongo.findById(closed, Document.class, "crisis_cases").block();
        assertThat(tomb.keySet()).containsOnly("_id", "areaCode", "areaPath", "tier", "status", "source", "openedAt",
                "closedAt", "sourceRef", "version", "purgedAt", "retentionClass", "outbox");
        assertThat(tomb.getString("retentionClass")).isEqualTo("crisis-case");
        assertThat(tomb.getString("sourceRef")).isEqualTo("purged:" + closed);
        assertThat(tomb.getString("status")).isEqualTo("CLOSED");
        assertThat(tomb.getList("areaPath", String.class)).contains("8801", "88010101-g1");
        assertThat(tomb.getDate("closedAt").toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .getDayOfMonth()).as("only the month is kept").isEqualTo(1);
        assertThat(tomb.toJson()).doesNotContain(subject, note, "PHQ9", "c-r", "purge-key");
        Document stillOpen = mongo.findById(open, Document.class, "crisis_cases").block();
        assertThat(stillOpen).doesNotContainKey("purgedAt");
        assertThat(stillOpen.getString("subjectId")).isEqualTo(subject);

        // the tombstone is gone from the API, and the same origin is not opened again
        client().get().uri("/api/v1/crisis-cases/" + closed).header("Authorization", ADMIN).exchange()
                .expectStatus().isNotFound();
        assertThat(getText(ADMIN, "/api/v1/crisis-cases?under=8801")).doesNotContain(closed);
        assertThat(postJson(counsellor, "/api/v1/crisis-cases", openBody, 409).get("type").asString())
                .endsWith("/purged");

        List<ConsumerRecord<String, String>> purged = consume(Topics.PSYCH_CRISIS_CASES,
                r -> closed.equals(r.key()) && PsychEvents.CRISIS_CASE_PURGED.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertThat(purged).hasSize(1);
        JsonNode event = json(purged.get(0).value());
        assertThat(event.get("aggregateId").asString()).isEqualTo(closed);
        assertThat(event.get("aggregateVersion").asLong()).isEqualTo(tomb.getLong("version"));
        assertThat(event.get("retentionClass").asString()).isEqualTo("crisis-case");
        assertThat(event.get("areaCode").asString()).isEqualTo("88010101-g1");
        assertThat(header(purged.get(0), "ce_subject")).isNull();
        assertThat(purged.get(0).value()).doesNotContain(subject);

        Query entries = new Query(Criteria.where("recordId").is(closed).and("actor").is("system:retention"));
        Document entry = mongo.findOne(entries, Document.class, "audit_reads").block();
        assertThat(entry.getString("dataSubject")).isEqualTo(subject);
        assertThat(entry.getString("recordType")).isEqualTo("crisis-case");
        assertThat(entry.getString("purpose")).startsWith("RETENTION_PURGE:crisis-case:");
        retentionRun();
        assertThat(mongo.count(entries, "audit_reads").block()).as("purged once, audited once").isEqualTo(1);
        String auditor = ServiceTestSupport.bearer("aud-1", List.of("AUDITOR"), List.of());
        client().get().uri("/api/v1/audit/psych-service/verify").header("Authorization", auditor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.intact").isEqualTo(true);
        JsonNode policy = json(getText(auditor, "/api/v1/retention/psych-service"));
        List<String> classes = new java.util.ArrayList<>();
        policy.get("classes").forEach(c -> classes.add(c.get("name").asString()));
        assertThat(classes).contains("crisis-case", "hotline-call", "appointment");
        // the notes of the purged case are nowhere in the service's databases any more
        assertThat(PlaintextScan.scan(TestInfra.get().mongoUri("psych-crisis"), null, List.of(note))).isEmpty();
    }

    @Test
    void shouldKeepAnIdempotencyKeyToItsCallerSoTwoCallersWithTheSameKeyGetTheirOwnCases() {
        String first = ServiceTestSupport.bearer("c-k1", List.of("COUNSELLOR"), List.of("8801"));
        String second = ServiceTestSupport.bearer("c-k2", List.of("COUNSELLOR"), List.of("8801"));
        String key = "same-key-" + newId();
        JsonNode a = postJson(first, "/api/v1/crisis-cases", Map.of("subjectId", "p-k1", "tier", "MEDIUM",
                "areaCode", "88010101"), 201, key);
        JsonNode b = postJson(second, "/api/v1/crisis-cases", Map.of("subjectId", "p-k2", "tier", "LOW",
                "areaCode", "88010101"), 201, key);
        assertThat(b.get("id").asString()).isNotEqualTo(a.get("id").asString());
        assertThat(b.get("subjectId").asString()).isEqualTo("p-k2");
        // each caller's replay answers with their own case, never the other's
        assertThat(postJson(first, "/api/v1/crisis-cases", Map.of("subjectId", "p-k1", "tier", "MEDIUM",
                "areaCode", "88010101"), 200, key).get("id").asString()).isEqualTo(a.get("id").asString());
        assertThat(postJson(second, "/api/v1/crisis-cases", Map.of("subjectId", "p-k2", "tier", "LOW",
                "areaCode", "88010101"), 200, key).get("subjectId").asString()).isEqualTo("p-k2");
        // the stored key names neither the caller nor the client's key
        Document stored = mongo.findById(a.get("id").asString(), Document.class, "crisis_cases").block();
        assertThat(stored.getString("idempotencyKey")).startsWith("v2:").doesNotContain(key, "c-k1");
        // a replay by the same person whose scope no longer covers the case is refused, not answered
        String moved = ServiceTestSupport.bearer("c-k1", List.of("COUNSELLOR"), List.of("8802"));
        postJson(moved, "/api/v1/crisis-cases", Map.of("subjectId", "p-k1", "tier", "MEDIUM", "areaCode",
                "88020101"), 403, key);
        // the same origin opened by a caller who cannot see the existing case: 409, nothing of it shown
        String elsewhere = ServiceTestSupport.bearer("c-k3", List.of("COUNSELLOR"), List.of("8802"));
        String ref = "grid-report:" + newId();
        postJson(first, "/api/v1/crisis-cases", Map.of("subjectId", "p-k4", "tier", "MEDIUM", "areaCode", "88010101",
                "sourceRef", ref), 201);
        JsonNode dup = postJson(elsewhere, "/api/v1/crisis-cases", Map.of("subjectId", "p-k4", "tier", "MEDIUM",
                "areaCode", "88020101", "sourceRef", ref), 409);
        assertThat(dup.toString()).doesNotContain("88010101");
    }
}
