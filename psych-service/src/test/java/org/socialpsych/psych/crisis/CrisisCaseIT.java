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

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    /** A test person owned by the grid under 8801 (the IT's home area). */
    static String P(String name) {
        return PsychIT.person(name, "8801");
    }

    @BeforeEach
    void areas() {
        org.socialpsych.person.testing.TestPersons.use(personIndex);
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
        // and it stays one while the redeliveries are consumed
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> cases(sourceRef) == 1);

        client().get().uri(b -> b.path("/api/v1/crisis-cases").queryParam("sourceRef", sourceRef).build())
                .header("Authorization", ADMIN).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].tier").isEqualTo("HIGH")
                .jsonPath("$.items[0].status").isEqualTo("OPEN")
                .jsonPath("$.items[0].assignees").isEqualTo(List.of("POLICE", "HEALTH_OFFICE", "COMMUNITY"))
                .jsonPath("$.items[0].acknowledgeBy").exists()
                .jsonPath("$.items[0].firstContactBy").exists()
                .jsonPath("$.items[0].subjectId").isEqualTo("p-high-1");

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
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].dueBy").exists();
    }

    @Test
    void shouldOpenByHandMergeDuplicatesAndHideCasesOutsideScopeOrTier() {
        String counsellor = ServiceTestSupport.bearer("c-1", List.of("COUNSELLOR"), List.of("8801"));
        Map<String, Object> body = Map.of("subjectId", P("p-9"), "tier", "MEDIUM", "source", "GRID_REPORT",
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
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + caseId + "')]").doesNotExist();
        client().get().uri("/api/v1/crisis-cases?under=8801").header("Authorization", counsellor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + caseId + "')]").exists();
        String police = ServiceTestSupport.bearer("po-1", List.of("POLICE_LIAISON"), List.of("8801"));
        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", police).exchange()
                .expectStatus().isNotFound();
        String analyst = ServiceTestSupport.bearer("an-1", List.of("ANALYST"), List.of("8801"));
        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", analyst).exchange()
                .expectStatus().isForbidden();
        client().post().uri("/api/v1/crisis-cases").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjectId", P("p-9"), "tier", "HIGH", "areaCode", "88020101")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void shouldShowPoliceOnlyMinimumDataAndNeedASecondPersonToCloseAHighCase() {
        String counsellor = ServiceTestSupport.bearer("c-1", List.of("COUNSELLOR"), List.of("8801"));
        String clinician = ServiceTestSupport.bearer("d-1", List.of("CLINICIAN"), List.of("8801"));
        String police = ServiceTestSupport.bearer("po-1", List.of("POLICE_LIAISON"), List.of("8801"));
        String caseId = json(new String(client().post().uri("/api/v1/crisis-cases").header("Authorization", counsellor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjectId", P("p-10"), "tier", "HIGH", "areaCode", "88010101-g1",
                        "reasons", List.of("PHQ9_ITEM9")))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody()))
                .get("id").asString();

        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", police).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.tier").isEqualTo("HIGH")
                .jsonPath("$.reasons").doesNotExist()
                .jsonPath("$.timeline").doesNotExist();
        assertThat(mongo.count(new Query(Criteria.where("recordId").is(caseId).and("actor").is("po-1")
                .and("dataSubject").is(P("p-10")).and("fieldsClass").is("minimal")), "audit_reads").block())
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
                .bodyValue(Map.of("subjectId", P("p-race"), "tier", "HIGH", "areaCode", "88010101-g1")).exchange()
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
        String caseId = postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", P("p-view"), "tier", "MEDIUM",
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
        String subject = P("p-purge-" + newId());
        String note = "purge-note-" + newId();
        Map<String, Object> openBody = Map.of("subjectId", subject, "tier", "MEDIUM", "areaCode", "88010101-g1",
                "source", "GRID_REPORT", "sourceRef", "grid-report:" + newId(), "reasons", List.of("PHQ9_ITEM9"));
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
                "closedAt", "sourceRef", "originKey", "version", "purgedAt", "retentionClass", "outbox");
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
        String verified = getText(auditor, "/api/v1/audit/psych-service/verify");
        assertThat(json(verified).get("intact").asBoolean()).as(verified).isTrue();
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
        JsonNode a = postJson(first, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k1"), "tier", "MEDIUM",
                "areaCode", "88010101"), 201, key);
        JsonNode b = postJson(second, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k2"), "tier", "LOW",
                "areaCode", "88010101"), 201, key);
        assertThat(b.get("id").asString()).isNotEqualTo(a.get("id").asString());
        assertThat(b.get("subjectId").asString()).isEqualTo(P("p-k2"));
        // each caller's replay answers with their own case, never the other's
        assertThat(postJson(first, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k1"), "tier", "MEDIUM",
                "areaCode", "88010101"), 200, key).get("id").asString()).isEqualTo(a.get("id").asString());
        assertThat(postJson(second, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k2"), "tier", "LOW",
                "areaCode", "88010101"), 200, key).get("subjectId").asString()).isEqualTo(P("p-k2"));
        // the stored key names neither the caller nor the client's key
        Document stored = mongo.findById(a.get("id").asString(), Document.class, "crisis_cases").block();
        assertThat(stored.getString("idempotencyKey")).startsWith("v2:").doesNotContain(key, "c-k1");
        // a replay by the same person whose scope no longer covers the case is refused, not answered
        String moved = ServiceTestSupport.bearer("c-k1", List.of("COUNSELLOR"), List.of("8802"));
        postJson(moved, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k1"), "tier", "MEDIUM", "areaCode",
                "88020101"), 403, key);
        // the same origin opened by a caller who cannot see the existing case: refused, nothing of it shown
        // (403 person-not-owned: a caller of another town does not own the person, ADR 0010)
        String elsewhere = ServiceTestSupport.bearer("c-k3", List.of("COUNSELLOR"), List.of("8802"));
        String ref = "grid-report:" + newId();
        postJson(first, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k4"), "tier", "MEDIUM", "areaCode", "88010101",
                "sourceRef", ref), 201);
        JsonNode dup = postJson(elsewhere, "/api/v1/crisis-cases", Map.of("subjectId", P("p-k4"), "tier", "MEDIUM",
                "areaCode", "88020101", "sourceRef", ref), 403);
        assertThat(dup.toString()).doesNotContain("88010101");
        assertThat(dup.get("type").asString()).endsWith("person-not-owned");
    }

    // ---- issue 14: the crisis loop reaches people -------------------------------------------------

    static final String POLICE_STAFF = ServiceTestSupport.bearer("cop-1", List.of("POLICE_LIAISON"), List.of("8801"));
    static final String HEALTH_STAFF = ServiceTestSupport.bearer("doc-1", List.of("CLINICIAN"), List.of("8801"));
    static final String COMMUNITY_STAFF = ServiceTestSupport.bearer("cw-1", List.of("GRID_WORKER"), List.of("880101"));
    static final String GATEWAY = ServiceTestSupport.bearer("gateway-1", List.of("EXTERNAL_SYSTEM"), List.of());

    @Autowired
    org.socialpsych.psych.notification.application.NotificationDelivery delivery;

    JsonNode putJson(String auth, String uri, Object body, int status) {
        EntityExchangeResult<byte[]> r = client().put().uri(uri).header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody().returnResult();
        String text = r.getResponseBodyContent() == null ? "" : new String(r.getResponseBodyContent());
        assertThat(r.getStatus().value()).as(uri + " " + text).isEqualTo(status);
        return text.isEmpty() ? null : json(text);
    }

    JsonNode getJson(String auth, String uri) {
        return json(getText(auth, uri));
    }

    int getStatus(String auth, String uri) {
        return client().get().uri(uri).header("Authorization", auth).exchange().expectBody().returnResult().getStatus()
                .value();
    }

    void configureUnits() {
        putJson(ADMIN, "/api/v1/responder-units/8801/POLICE", Map.of("organisationId", "ps-8801", "organisationName",
                "County police", "channel", "SMS", "address", "110-duty-8801", "staffIds", List.of("cop-1")), 200);
        putJson(ADMIN, "/api/v1/responder-units/8801/HEALTH_OFFICE", Map.of("organisationId", "ho-8801",
                "channel", "WECOM", "staffIds", List.of("doc-1")), 200);
        putJson(ADMIN, "/api/v1/responder-units/880101/COMMUNITY", Map.of("organisationId", "cm-880101",
                "channel", "SMS", "staffIds", List.of("cw-1")), 200);
        putJson(ADMIN, "/api/v1/responder-units/880101/TOWN", Map.of("organisationId", "town-880101",
                "channel", "GATEWAY_12345"), 200);
    }

    Document stored(String id) {
        return mongo.findById(id, Document.class, "crisis_cases").block();
    }

    @Test
    void shouldWalkAHighCaseToThreeUnitReceiptsABreachAnEscalationInTheTownsQueueAndADeliveredNotification() {
        configureUnits();
        // units are data, inherited down the tree: the grid gets the county's police and the town's community centre
        JsonNode units = json(getText(ADMIN, "/api/v1/responder-units?area=88010101-g1"));
        assertThat(units.toString()).contains("\"role\":\"POLICE\"", "\"definedAt\":\"8801\"",
                "\"definedAt\":\"880101\"");
        putJson(ADMIN, "/api/v1/responder-units/8801/NOBODY", Map.of("organisationId", "x"), 422);

        // a critical answer; then a second critical screen and a MEDIUM one for the same person join that case
        String subject = P("p-loop-" + newId());
        String first = "as-" + newId();
        produce(Topics.ASSESSMENT_ASSESSMENTS, first, "org.socialpsych.assessment.RiskFlagged.v1", newId(),
                riskFlagged(first, subject, "HIGH", pathOf("8801", 4)));
        Query bySubject = new Query(Criteria.where("subjectId").is(subject));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> mongo.count(bySubject, "crisis_cases").block() == 1);
        for (String tier : List.of("HIGH", "MEDIUM")) {
            String later = "as-" + newId();
            produce(Topics.ASSESSMENT_ASSESSMENTS, later, "org.socialpsych.assessment.RiskFlagged.v1", newId(),
                    riskFlagged(later, subject, tier, pathOf("8801", 4)));
        }
        String caseId = mongo.findOne(bySubject, Document.class, "crisis_cases").block().getString("_id");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> stored(caseId).getList("joinedRefs", String.class).size() == 2);
        assertThat(mongo.count(bySubject, "crisis_cases").block()).as("one case per person and origin class")
                .isEqualTo(1);

        // each unit's receipt, by that unit's staff only
        postJson(COMMUNITY_STAFF, "/api/v1/crisis-cases/" + caseId + "/units/POLICE/acknowledge", Map.of(), 403);
        JsonNode police = postJson(POLICE_STAFF, "/api/v1/crisis-cases/" + caseId + "/units/POLICE/acknowledge",
                Map.of(), 200);
        postJson(POLICE_STAFF, "/api/v1/crisis-cases/" + caseId + "/units/POLICE/acknowledge", Map.of(), 409);
        assertThat(police.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(police.get("units").get(0).get("acknowledgedAt").isNull()).isFalse();
        assertThat(police.has("reasons")).isFalse();
        postJson(HEALTH_STAFF, "/api/v1/crisis-cases/" + caseId + "/units/HEALTH_OFFICE/acknowledge", Map.of(), 200);
        assertThat(lastAudit(caseId, "doc-1")).as("the case returned to the unit is a read, audited").isNotNull();

        // the community's acknowledgement deadline passes (backdated as if minutes went by): a breach of that unit only
        java.time.Instant past = java.time.Instant.now().minusSeconds(60);
        mongo.updateFirst(new Query(Criteria.where("_id").is(caseId)), new Update()
                .set("assignments.2.acknowledgeBy", past).set("nextCheckAt", past), "crisis_cases").block();
        service.sweep(50).block();
        JsonNode breached = getJson(ADMIN, "/api/v1/crisis-cases/" + caseId);
        assertThat(breached.get("units").get(2).get("unit").asString()).isEqualTo("COMMUNITY");
        assertThat(breached.get("units").get(2).get("acknowledgeBreached").asBoolean()).isTrue();
        assertThat(breached.get("units").get(0).get("acknowledgeBreached").asBoolean()).isFalse();
        assertThat(breached.get("acknowledgeBreached").asBoolean()).as("the case was acknowledged in time").isFalse();
        assertThat(breached.get("notifications").toString()).contains("\"kind\":\"BREACHED\"");
        assertThat(meters.find("crisis.unit.sla.breaches").tag("unit", "COMMUNITY").tag("deadline", "ACKNOWLEDGE")
                .counter()).isNotNull();
        assertThat(meters.find("crisis.unit.responses").tag("unit", "POLICE").tag("on_time", "true").counter())
                .isNotNull();

        // a double click on escalate climbs one rung; the case lands in the town's queue
        JsonNode escalated = postJson(ADMIN, "/api/v1/crisis-cases/" + caseId + "/escalate", Map.of(), 200);
        assertThat(postJson(ADMIN, "/api/v1/crisis-cases/" + caseId + "/escalate", Map.of(), 409).get("type")
                .asString()).endsWith("/already-escalated");
        assertThat(getJson(ADMIN, "/api/v1/crisis-cases/" + caseId).get("escalations").size()).isEqualTo(1);
        assertThat(escalated.get("escalationLevel").asString()).isEqualTo("TOWN");
        assertThat(escalated.get("escalations").size()).isEqualTo(1);
        String townAdmin = ServiceTestSupport.bearer("ta-1", List.of("AREA_ADMIN"), List.of("880101"));
        JsonNode queue = getJson(townAdmin, "/api/v1/crisis-cases/queues/escalated?area=880101&limit=50");
        assertThat(queue.get("items").toString()).contains(caseId);
        assertThat(queue.get("count").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(getStatus(townAdmin, "/api/v1/crisis-cases/queues/escalated?area=880101&colour=red"))
                .isEqualTo(400);
        assertThat(getStatus(townAdmin, "/api/v1/crisis-cases/queues/escalated?area=8802")).isEqualTo(403);
        assertThat(getJson(townAdmin, "/api/v1/crisis-cases/queues/overdue?area=880101").get("items").toString())
                .contains(caseId);
        assertThat(getJson(COMMUNITY_STAFF, "/api/v1/crisis-cases/queues/mine").get("items").toString())
                .as("the community centre's staff find the case their organisation is assigned to").contains(caseId);

        // the health office makes contact first: the case is met; the community's late receipt stays late
        JsonNode contact = postJson(HEALTH_STAFF, "/api/v1/crisis-cases/" + caseId + "/units/HEALTH_OFFICE/contact",
                Map.of("note", "home visit"), 200);
        assertThat(contact.get("status").asString()).isEqualTo("IN_CONTACT");
        postJson(COMMUNITY_STAFF, "/api/v1/crisis-cases/" + caseId + "/units/COMMUNITY/acknowledge", Map.of(), 200);
        JsonNode after = getJson(ADMIN, "/api/v1/crisis-cases/" + caseId);
        assertThat(after.get("timeline").toString()).contains("UNIT_ACKNOWLEDGED", "UNIT_CONTACTED",
                "UNIT_SLA_BREACHED", "JOINED", "ESCALATED");
        assertThat(after.get("units").get(2).get("acknowledgeBreached").asBoolean()).isTrue();

        // every unit's receipt is an event of its own on the case's topic (no person id): reporting counts
        // per-unit on-time rates and the community's breach, which its late acknowledgement does not clear
        List<ConsumerRecord<String, String>> receipts = consume(Topics.PSYCH_CRISIS_CASES,
                r -> caseId.equals(r.key()) && PsychEvents.CRISIS_CASE_UNIT_RECEIPT.equals(header(r, "ce_type")), 5,
                Duration.ofSeconds(30));
        assertThat(receipts).extracting(r -> json(r.value()).get("unit").asString() + ":"
                + json(r.value()).get("receipt").asString() + ":" + json(r.value()).get("onTime").asBoolean())
                .contains("POLICE:ACKNOWLEDGED:true", "HEALTH_OFFICE:ACKNOWLEDGED:true",
                        "COMMUNITY:BREACHED:false", "HEALTH_OFFICE:CONTACTED:true", "COMMUNITY:ACKNOWLEDGED:false");
        assertThat(receipts).allSatisfy(r -> {
            assertThat(header(r, "ce_subject")).isNull();
            assertThat(r.value()).doesNotContain(subject);
        });

        // the assignments went out on psych.notifications.v1 without the person, and came back DELIVERED
        List<ConsumerRecord<String, String>> sent = consume(Topics.PSYCH_NOTIFICATIONS,
                r -> caseId.equals(r.key()) && PsychEvents.NOTIFICATION_REQUESTED.equals(header(r, "ce_type")), 5,
                Duration.ofSeconds(30));
        assertThat(sent).extracting(r -> json(r.value()).get("role").asString()).contains("POLICE", "HEALTH_OFFICE",
                "COMMUNITY", "TOWN");
        assertThat(sent).allSatisfy(r -> {
            assertThat(header(r, "ce_subject")).isNull();
            assertThat(r.value()).doesNotContain(subject, "PHQ9_ITEM9");
        });
        JsonNode assigned = sent.stream().map(r -> json(r.value()))
                .filter(n -> n.get("role").asString().equals("POLICE")).findFirst().orElseThrow();
        assertThat(assigned.get("organisationId").asString()).isEqualTo("ps-8801");
        assertThat(assigned.get("tier").asString()).isEqualTo("HIGH");
        assertThat(assigned.get("deadline").isNull()).isFalse();
        String notificationId = assigned.get("notificationId").asString();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                getJson(ADMIN, "/api/v1/crisis-cases/" + caseId).get("notifications").toString())
                .contains("\"id\":\"" + notificationId + "\"", "DELIVERED"));
        assertThat(getJson(ADMIN, "/api/v1/notification-deliveries?aggregateId=" + caseId).get("items").toString())
                .contains(notificationId, "\"adapter\":\"local\"");
        // the gateway reports the message read
        postJson(GATEWAY, "/api/v1/notifications/" + notificationId + "/receipts", Map.of("status", "READ",
                "reference", "sms-42"), 200);
        postJson(GATEWAY, "/api/v1/notifications/nt-unknown/receipts", Map.of("status", "READ"), 404);
        postJson(GATEWAY, "/api/v1/notifications/" + notificationId + "/receipts", Map.of("status", "LOST"), 400);
        JsonNode read = getJson(ADMIN, "/api/v1/crisis-cases/" + caseId).get("notifications");
        for (JsonNode n : read) {
            if (n.get("id").asString().equals(notificationId)) {
                assertThat(n.get("status").asString()).isEqualTo("READ");
                assertThat(n.get("receipts").size()).isEqualTo(2);
            }
        }
    }

    @Test
    void shouldEndEachDuplicatePathInOneCaseKeepOriginsServerSideAndAuditEveryCaseServed() {
        String counsellor = ServiceTestSupport.bearer("c-dup", List.of("COUNSELLOR"), List.of("8801"));
        String subject = P("p-dup-" + newId());
        // system origins are the platform's own
        postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", subject, "tier", "HIGH", "source",
                "HOTLINE", "sourceRef", "hotline:hc-1", "areaCode", "88010101"), 422);
        postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", subject, "tier", "HIGH", "source",
                "GRID_REPORT", "sourceRef", "hotline:hc-1", "areaCode", "88010101"), 422);
        assertThat(mongo.count(new Query(Criteria.where("subjectId").is(subject)), "crisis_cases").block()).isZero();
        // a manual case's origin is the server's: a planted "hotline:" reference is not its origin
        JsonNode manual = postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", subject, "tier", "HIGH",
                "sourceRef", "hotline:hc-planted", "areaCode", "88010101"), 201);
        String caseId = manual.get("id").asString();
        assertThat(manual.get("source").asString()).isEqualTo("MANUAL");
        assertThat(manual.get("sourceRef").asString()).startsWith("manual:").isNotEqualTo("hotline:hc-planted");
        assertThat(caseId).isNotEqualTo("cc-" + java.util.UUID.nameUUIDFromBytes((subject + "|hotline:hc-planted")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // a second click without a key: the same case, 200, and that answer is an audited read
        JsonNode again = postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", subject, "tier", "HIGH",
                "areaCode", "88010101"), 200);
        assertThat(again.get("id").asString()).isEqualTo(caseId);
        assertThat(lastAudit(caseId, "c-dup")).isNotNull();
        assertThat(mongo.count(new Query(Criteria.where("subjectId").is(subject)), "crisis_cases").block())
                .isEqualTo(1);
        // acknowledge returns the case: audited too
        Query audited = new Query(Criteria.where("recordId").is(caseId).and("actor").is("c-dup"));
        long before = mongo.count(audited, "audit_reads").block();
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/acknowledge", Map.of(), 200);
        assertThat(mongo.count(audited, "audit_reads").block()).isEqualTo(before + 1);
        // escalate with the same Idempotency-Key twice climbs once
        String key = "esc-" + newId();
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/escalate", Map.of(), 200, key);
        assertThat(postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/escalate", Map.of(), 200, key)
                .get("escalations").size()).isEqualTo(1);

        // a hotline call saved twice: one call, one case; ids are random
        String operator = ServiceTestSupport.bearer("op-dup", List.of("HOTLINE_OPERATOR"), List.of("8801"));
        String caller = P("p-caller-" + newId());
        String startedAt = java.time.Instant.now().minusSeconds(300).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        Map<String, Object> call = Map.of("line", "12356", "areaCode", "88010101", "tier", "HIGH", "anonymous", false,
                "callerSubjectId", caller, "startedAt", startedAt, "linkages", List.of("AMBULANCE_120"),
                "outcome", "HANDED_OVER");
        JsonNode c1 = postJson(operator, "/api/v1/hotline-calls", call, 201);
        JsonNode c2 = postJson(operator, "/api/v1/hotline-calls", call, 200);
        assertThat(c2.get("id").asString()).isEqualTo(c1.get("id").asString());
        assertThat(c1.get("callerSubjectId").asString()).as("a known caller's id is kept").isEqualTo(caller);
        assertThat(c1.get("outcome").asString()).as("the operator's outcome is kept").isEqualTo("HANDED_OVER");
        assertThat(c1.get("dispatches").get(0).get("linkage").asString()).isEqualTo("AMBULANCE_120");
        // a second call of the same person while the case is open joins it
        JsonNode c3 = postJson(operator, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "88010101",
                "tier", "HIGH", "anonymous", false, "callerSubjectId", caller), 201);
        assertThat(c3.get("crisisCaseId").asString()).isEqualTo(c1.get("crisisCaseId").asString());
        assertThat(mongo.count(new Query(Criteria.where("subjectId").is(caller)), "crisis_cases").block())
                .isEqualTo(1);
        // a call cannot start in the future
        postJson(operator, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "88010101", "tier", "LOW",
                "startedAt", "2030-01-01T00:00:00Z"), 422);
        // the 120 dispatch is a record with its own receipt
        String dispatch = c1.get("dispatches").get(0).get("id").asString();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                getJson(ADMIN, "/api/v1/hotline-calls/" + c1.get("id").asString()).get("dispatches").get(0)
                        .get("status").asString()).isEqualTo("DELIVERED"));
        assertThat(dispatch).startsWith("dp-");
    }

    @Test
    void shouldTurnLowFlagsAndLowTriageIntoGridFollowUpTasksWithTheirOwnEventAndAuditTheLinksServed() {
        String assessment = "as-" + newId();
        String subject = P("p-low-" + newId());
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, "org.socialpsych.assessment.RiskFlagged.v1", newId(),
                riskFlagged(assessment, subject, "LOW", pathOf("8801", 4)));
        Query link = new Query(Criteria.where("sourceRef").is("assessment:" + assessment));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> mongo.count(link, "grid_follow_ups").block() == 1);
        Document followUp = mongo.findOne(link, Document.class, "grid_follow_ups").block();
        assertThat(followUp.get("reasons")).as("psych keeps the link, not the clinical reasons").isNull();
        List<ConsumerRecord<String, String>> requested = consume(Topics.PSYCH_CRISIS_CASES,
                r -> PsychEvents.LOW_RISK_FOLLOW_UP_REQUESTED.equals(header(r, "ce_type"))
                        && followUp.getString("_id").equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(requested).hasSize(1);
        JsonNode event = json(requested.get(0).value());
        assertThat(event.get("origin").asString()).isEqualTo("RISK_FLAG");
        assertThat(event.get("areaCode").asString()).isEqualTo("88010101-g1");
        assertThat(java.time.Duration.between(java.time.Instant.parse(event.get("occurredAt").asString()),
                java.time.Instant.parse(event.get("dueBy").asString()))).isEqualTo(Duration.ofHours(72));
        assertThat(header(requested.get(0), "ce_subject")).isEqualTo(subject);

        // a LOW triage of a known caller asks for the same task
        String operator = ServiceTestSupport.bearer("op-low", List.of("HOTLINE_OPERATOR"), List.of("8801"));
        JsonNode call = postJson(operator, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "88010101",
                "tier", "LOW", "anonymous", false, "callerSubjectId", subject, "outcome", "COUNSELLED"), 201);
        assertThat(call.get("followUpRef").asString()).isEqualTo("hotline:" + call.get("id").asString());
        assertThat(mongo.count(new Query(Criteria.where("sourceRef").is("hotline:" + call.get("id").asString())),
                "grid_follow_ups").block()).isEqualTo(1);

        // the links served are person-level reads: audited
        String worker = ServiceTestSupport.bearer("w-low", List.of("GRID_WORKER"), List.of("88010101"));
        assertThat(getJson(worker, "/api/v1/grid-follow-ups?sourceRef=assessment:" + assessment).get("items").size())
                .isEqualTo(1);
        assertThat(lastAudit(followUp.getString("_id"), "w-low")).isNotNull();
        assertThat(getStatus(worker, "/api/v1/grid-follow-ups?colour=red")).isEqualTo(400);
    }

    @Test
    void shouldQueueASignOffRequestForOthersAndLetThemRejectIt() {
        String counsellor = ServiceTestSupport.bearer("c-so", List.of("COUNSELLOR"), List.of("8801"));
        String clinician = ServiceTestSupport.bearer("d-so", List.of("CLINICIAN"), List.of("8801"));
        String caseId = postJson(counsellor, "/api/v1/crisis-cases", Map.of("subjectId", P("p-so-" + newId()),
                "tier", "HIGH", "areaCode", "88010101"), 201).get("id").asString();
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/tier", Map.of("tier", "MEDIUM", "reason", "calmer"),
                200);
        assertThat(getJson(clinician, "/api/v1/crisis-cases/queues/sign-off?area=8801").get("items").toString())
                .contains(caseId);
        assertThat(getJson(counsellor, "/api/v1/crisis-cases/queues/sign-off?area=8801").get("items").toString())
                .as("not awaiting the requester's own sign-off").doesNotContain(caseId);
        postJson(counsellor, "/api/v1/crisis-cases/" + caseId + "/sign-off/reject", Map.of("request", "TIER_CHANGE",
                "reason", "mine"), 403);
        JsonNode rejected = postJson(clinician, "/api/v1/crisis-cases/" + caseId + "/sign-off/reject",
                Map.of("request", "TIER_CHANGE", "reason", "still at risk"), 200);
        assertThat(rejected.get("tier").asString()).isEqualTo("HIGH");
        assertThat(rejected.has("pendingSignOff") && !rejected.get("pendingSignOff").isNull()).isFalse();
        assertThat(getJson(clinician, "/api/v1/crisis-cases/queues/sign-off?area=8801").get("items").toString())
                .doesNotContain(caseId);
    }

    @Test
    void shouldSignAndRetryWebhookDeliveriesAndReportAFailedGatewayAsAFailedReceipt() throws Exception {
        String hookSubject = P("p-hook-" + newId());
        String caseId = postJson(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", hookSubject,
                "tier", "MEDIUM", "areaCode", "88010101"), 201).get("id").asString();
        JsonNode notification = getJson(ADMIN, "/api/v1/crisis-cases/" + caseId).get("notifications").get(0);
        List<String> signatures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger(503);
        com.sun.net.httpserver.HttpServer gateway = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/notify", x -> {
            bodies.add(new String(x.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            signatures.add(x.getRequestHeaders().getFirst("X-Socialpsych-Timestamp") + " "
                    + x.getRequestHeaders().getFirst("X-Socialpsych-Signature"));
            x.sendResponseHeaders(status.get(), -1);
            x.close();
        });
        gateway.start();
        try {
            var props = new org.socialpsych.psych.notification.application.NotificationProperties(true, "webhook",
                    new org.socialpsych.psych.notification.application.NotificationProperties.Webhook(
                            "http://127.0.0.1:" + gateway.getAddress().getPort() + "/notify", "county-secret", 3,
                            Duration.ofMillis(50), Duration.ofSeconds(2)));
            var webhook = new org.socialpsych.psych.notification.application.NotificationDelivery(mongo, service,
                    hotline, units, props, PsychIT.JSON, java.time.Clock.systemUTC(),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
            java.util.function.Function<String, org.socialpsych.events.psych.NotificationRequestedV1> message =
                    id -> new org.socialpsych.events.psych.NotificationRequestedV1(caseId, 1, java.time.Instant.now(),
                            "crisis-case", id, "ASSIGNED", "GOVERNANCE_OFFICE", null, null, "88010101-g1",
                            pathOf("8801", 4), "MEDIUM", null);
            // the gateway is down: three tries, then a FAILED receipt (the partition is not stalled)
            String failing = notification.get("id").asString();
            // the local sink delivered it first; the webhook adapter gets its own go at the same message
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(
                    new Query(Criteria.where("_id").is(failing)), "notification_deliveries").block() == 1);
            mongo.remove(new Query(Criteria.where("_id").is(failing)), "notification_deliveries").block();
            webhook.deliver(message.apply(failing)).block();
            assertThat(bodies).hasSize(3);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    getJson(ADMIN, "/api/v1/crisis-cases/" + caseId).get("notifications").get(0).get("receipts")
                            .toString()).contains("FAILED"));
            // the gateway answers: signed with the county's secret over timestamp.body, SENT
            status.set(204);
            bodies.clear();
            signatures.clear();
            mongo.remove(new Query(Criteria.where("_id").is(failing)), "notification_deliveries").block();
            webhook.deliver(message.apply(failing)).block();
            assertThat(bodies).hasSize(1);
            String[] sig = signatures.get(0).split(" ");
            assertThat(sig[1]).isEqualTo("sha256=" + org.socialpsych.psych.notification.application.NotificationDelivery
                    .sign("county-secret", sig[0] + "." + bodies.get(0)));
            assertThat(bodies.get(0)).contains(caseId, "GOVERNANCE_OFFICE").doesNotContain(hookSubject);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    getJson(ADMIN, "/api/v1/crisis-cases/" + caseId).get("notifications").get(0).get("status")
                            .asString()).isIn("SENT", "DELIVERED"));
            // a redelivered message is sent once
            webhook.deliver(message.apply(failing)).block();
            assertThat(bodies).hasSize(1);
        } finally {
            gateway.stop(0);
        }
    }

    @Autowired
    org.socialpsych.psych.hotline.application.HotlineCallService hotline;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.socialpsych.psych.unit.application.UnitDirectoryService units;

    @Test
    void shouldTakeSlasPerAreaInheritedDownTheTree() {
        putJson(ADMIN, "/api/v1/crisis-slas/8802/HIGH", Map.of("acknowledge", "PT5M", "firstContact", "PT1H"), 200);
        putJson(ADMIN, "/api/v1/crisis-slas/880201/HIGH", Map.of("firstContact", "PT45M"), 200);
        putJson(ADMIN, "/api/v1/crisis-slas/8802/HIGH", Map.of("acknowledge", "-PT5M"), 422);
        JsonNode effective = getJson(ADMIN, "/api/v1/crisis-slas?area=88020101-g1");
        assertThat(effective.toString()).contains("\"acknowledgeFrom\":\"8802\"", "\"firstContactFrom\":\"880201\"");
        JsonNode c = postJson(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", P("p-sla-" + newId()), "tier", "HIGH",
                "areaCode", "88020101-g1"), 201);
        java.time.Instant opened = java.time.Instant.parse(c.get("openedAt").asString());
        assertThat(java.time.Instant.parse(c.get("acknowledgeBy").asString())).isEqualTo(opened.plus(Duration.ofMinutes(5)));
        assertThat(java.time.Instant.parse(c.get("firstContactBy").asString()))
                .isEqualTo(opened.plus(Duration.ofMinutes(45)));
        assertThat(c.get("units").get(0).get("acknowledgeBy").asString()).isEqualTo(c.get("acknowledgeBy").asString());
        // another county keeps the deployment's 15 minutes
        JsonNode d = postJson(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", P("p-sla-" + newId()), "tier", "HIGH",
                "areaCode", "88010101-g1"), 201);
        assertThat(java.time.Instant.parse(d.get("acknowledgeBy").asString()))
                .isEqualTo(java.time.Instant.parse(d.get("openedAt").asString()).plus(Duration.ofMinutes(15)));
    }

    @Test
    void shouldPageCasesWithACursorInsideANarrowScopeAndRefuseUnknownFilters() {
        String root = "8803";
        PsychIT.seedAreas(mongo, root);
        String narrow = ServiceTestSupport.bearer("c-page", List.of("COUNSELLOR"), List.of(root + "01"));
        java.util.Set<String> opened = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            opened.add(postJson(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", P("p-page-" + newId()), "tier", "LOW",
                    "areaCode", root + "0101"), 201).get("id").asString());
        }
        // newer cases outside the caller's scope do not empty its pages
        for (int i = 0; i < 3; i++) {
            postJson(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", P("p-page-" + newId()), "tier", "LOW",
                    "areaCode", "88020101"), 201);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = getJson(narrow, "/api/v1/crisis-cases?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("items").size()).isBetween(1, 2);
            page.get("items").forEach(c -> seen.add(c.get("id").asString()));
            cursor = page.has("next") && !page.get("next").isNull() ? page.get("next").asString() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).isEqualTo(opened);
        assertThat(pages).isEqualTo(3);
        assertThat(getStatus(narrow, "/api/v1/crisis-cases?colour=red")).isEqualTo(400);
        assertThat(getStatus(narrow, "/api/v1/crisis-cases?limit=501")).isEqualTo(400);
        assertThat(getStatus(narrow, "/api/v1/crisis-cases?cursor=not-a-cursor")).isEqualTo(400);
    }
}
