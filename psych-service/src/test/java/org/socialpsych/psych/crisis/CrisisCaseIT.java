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
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.support.PsychIT;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
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
}
