package org.socialpsych.psych.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.psych.support.PsychIT.await;
import static org.socialpsych.psych.support.PsychIT.consume;
import static org.socialpsych.psych.support.PsychIT.header;
import static org.socialpsych.psych.support.PsychIT.json;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Service points, hotline calls and referrals against the real broker and Mongo-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceNetworkIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "psych-network");
        r.add("socialpsych.referrals.respond", () -> "6s");
        r.add("socialpsych.referrals.types.school-to-hospital.respond", () -> "6s");
        r.add("socialpsych.referrals.poll-interval", () -> "500ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    @BeforeEach
    void usePersonIndex() {
        org.socialpsych.person.testing.TestPersons.use(personIndex);
    }

    @BeforeEach
    void areas() {
        PsychIT.seedAreas(mongo, "6601");
        PsychIT.seedAreas(mongo, "6602");
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode post(String auth, String uri, Object body, int status) {
        byte[] bytes = client().post().uri(uri).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isEqualTo(status).expectBody().returnResult()
                .getResponseBody();
        return bytes == null ? null : json(new String(bytes));
    }

    String servicePoint(String name, String type, String area, String status) {
        return servicePoint(name, type, area, status, List.of());
    }

    String servicePoint(String name, String type, String area, String status, List<String> staff) {
        return post(ADMIN, "/api/v1/service-points", Map.of("name", name, "type", type, "areaCode", area, "status",
                status, "capacity", 10, "services", List.of("COUNSELLING"), "staffIds", staff), 201).get("id")
                .asString();
    }

    @Test
    void shouldRegisterSearchAndMoveServicePointsForwardWithEvents() {
        String areaAdmin = ServiceTestSupport.bearer("aa", List.of("AREA_ADMIN"), List.of("6601"));
        JsonNode station = post(areaAdmin, "/api/v1/service-points", Map.of("name", "Town station", "type",
                "TOWN_STATION", "areaCode", "660101", "hostPremises", "综治中心", "openingHours",
                List.of(Map.of("day", "MONDAY", "from", "00:00", "to", "00:00"),
                        Map.of("day", "TUESDAY", "from", "00:00", "to", "00:00"),
                        Map.of("day", "WEDNESDAY", "from", "00:00", "to", "00:00"),
                        Map.of("day", "THURSDAY", "from", "00:00", "to", "00:00"),
                        Map.of("day", "FRIDAY", "from", "00:00", "to", "00:00"),
                        Map.of("day", "SATURDAY", "from", "00:00", "to", "00:00"),
                        Map.of("day", "SUNDAY", "from", "00:00", "to", "00:00"))), 201);
        String id = station.get("id").asString();
        assertThat(station.get("tier").asInt()).isEqualTo(2);
        assertThat(station.get("status").asString()).isEqualTo("PLANNED");
        servicePoint("Village room", "VILLAGE_ROOM", "66010101", "BUILT");
        post(areaAdmin, "/api/v1/service-points", Map.of("name", "x", "type", "VILLAGE_ROOM", "areaCode", "66020101"),
                403);
        post(areaAdmin, "/api/v1/service-points", Map.of("name", "x", "type", "CASTLE", "areaCode", "660101"), 400);

        client().get().uri("/api/v1/service-points?under=6601&openNow=true").header("Authorization", areaAdmin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(id);
        client().get().uri("/api/v1/service-points?under=6601&type=VILLAGE_ROOM&status=BUILT")
                .header("Authorization", areaAdmin).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].tier").isEqualTo(3);
        client().get().uri("/api/v1/service-points?under=6601&colour=red").header("Authorization", areaAdmin)
                .exchange().expectStatus().isBadRequest();

        post(areaAdmin, "/api/v1/service-points/" + id + "/status", Map.of("status", "STANDARDISED"), 200);
        post(areaAdmin, "/api/v1/service-points/" + id + "/status", Map.of("status", "BUILT"), 409);
        String other = ServiceTestSupport.bearer("ob", List.of("AREA_ADMIN"), List.of("6602"));
        client().get().uri("/api/v1/service-points/" + id).header("Authorization", other).exchange()
                .expectStatus().isNotFound();

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_SERVICE_POINTS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                PsychEvents.SERVICE_POINT_REGISTERED, PsychEvents.SERVICE_POINT_STATUS_CHANGED);
        JsonNode changed = json(events.get(1).value());
        assertThat(changed.get("previousStatus").asString()).isEqualTo("PLANNED");
        assertThat(changed.get("status").asString()).isEqualTo("STANDARDISED");
        assertThat(changed.get("areaPath").toString()).contains("6601", "660101");
    }

    @Test
    void shouldOpenACrisisCaseFromAHighHotlineTriageAndKeepTheCallerAnonymous() {
        String operator = ServiceTestSupport.bearer("op-1", List.of("HOTLINE_OPERATOR"), List.of("6601"));
        JsonNode call = post(operator, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66010101",
                "tier", "HIGH", "outcome", "COUNSELLED", "linkages", List.of("AMBULANCE_120"),
                "summary", "caller in acute distress"), 201);
        assertThat(call.get("anonymous").asBoolean()).isTrue();
        assertThat(call.get("outcome").asString()).as("the operator's outcome is kept").isEqualTo("COUNSELLED");
        String caseId = call.get("crisisCaseId").asString();
        assertThat(caseId).startsWith("cc-");
        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", operator).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.source").isEqualTo("HOTLINE")
                .jsonPath("$.sourceRef").isEqualTo("hotline:" + call.get("id").asString())
                .jsonPath("$.assignees.length()").isEqualTo(3);

        // a retried request with the same Idempotency-Key is the same call and the same case
        for (int status : new int[] {201, 200}) {
            byte[] b = client().post().uri("/api/v1/hotline-calls").header("Authorization", operator)
                    .header("Idempotency-Key", "call-k-1").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("line", "12356", "areaCode", "66010101", "tier", "MEDIUM")).exchange()
                    .expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
            assertThat(json(new String(b)).get("crisisCaseId").asString()).isNotBlank();
        }
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("source").is("HOTLINE").and("areaPath")
                        .is("6601")), "crisis_cases")
                .block()).isEqualTo(2);
        post(operator, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66010101", "tier", "NONE",
                "outcome", "INFORMATION"), 201);

        List<ConsumerRecord<String, String>> recorded = consume(Topics.PSYCH_HOTLINE_CALLS,
                r -> call.get("id").asString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).value()).doesNotContain("distress");
        assertThat(json(recorded.get(0).value()).get("linkages").toString()).contains("120");
    }

    @Test
    void shouldReRouteADeclinedReferralAndLeaveItUnroutedWhenNobodyAnswers() throws Exception {
        String hospitalA = servicePoint("County hospital clinic", "HOSPITAL_CLINIC", "6601", "BUILT", List.of("d-a"));
        String hospitalB = servicePoint("Town hospital clinic", "HOSPITAL_CLINIC", "660101", "STANDARDISED",
                List.of("d-b"));
        servicePoint("Other county clinic", "HOSPITAL_CLINIC", "6602", "BUILT");
        servicePoint("Planned clinic", "HOSPITAL_CLINIC", "660101", "PLANNED");
        String teacher = ServiceTestSupport.bearer("t-1", List.of("COUNSELLOR"), List.of("66010101"));
        String doctorA = ServiceTestSupport.bearer("d-a", List.of("CLINICIAN"), List.of("6601"));

        JsonNode referral = post(teacher, "/api/v1/referrals", Map.of("subjectId", PsychIT.person("p-21", "6601"), "type",
                "SCHOOL_TO_HOSPITAL", "toServicePointId", hospitalA, "areaCode", "66010101"), 201);
        String id = referral.get("id").asString();
        assertThat(referral.get("status").asString()).isEqualTo("OFFERED");
        // worked by the receiving institution only: not the sender, not another clinic's doctor
        post(teacher, "/api/v1/referrals/" + id + "/accept", Map.of(), 403);
        post(ServiceTestSupport.bearer("d-b", List.of("CLINICIAN"), List.of("6601")), "/api/v1/referrals/" + id
                + "/accept", Map.of(), 403);
        // an offered referral is not closed TREATED (no acceptance, no contact)
        post(doctorA, "/api/v1/referrals/" + id + "/close", Map.of("outcome", "TREATED"), 409);

        JsonNode declined = post(doctorA, "/api/v1/referrals/" + id + "/decline", Map.of("reason", "NO_CAPACITY"),
                200);
        assertThat(declined.get("status").asString()).isEqualTo("OFFERED");
        assertThat(declined.get("toServicePointId").asString()).as("re-routed to the nearest open clinic")
                .isEqualTo(hospitalB);
        assertThat(declined.get("attempt").asInt()).isEqualTo(2);

        // hospital B does not answer in time: counted as declined, and no further clinic is in reach
        await("the unanswered offer to time out", Duration.ofSeconds(30), () -> "UNROUTED".equals(
                mongo.findById(id, Document.class, "referrals").block().getString("status")));

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_REFERRALS, r -> id.equals(r.key()), 4,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(PsychEvents.REFERRAL_OFFERED,
                PsychEvents.REFERRAL_DECLINED, PsychEvents.REFERRAL_OFFERED, PsychEvents.REFERRAL_DECLINED);
        assertThat(json(events.get(1).value()).get("rerouted").asBoolean()).isTrue();
        assertThat(json(events.get(2).value()).get("toServicePointId").asString()).isEqualTo(hospitalB);
        assertThat(json(events.get(3).value()).get("reason").asString()).isEqualTo("NO_RESPONSE");
        assertThat(json(events.get(3).value()).get("rerouted").asBoolean()).isFalse();

        // the sender redirects it; this time the loop closes
        post(teacher, "/api/v1/referrals/" + id + "/redirect", Map.of("toServicePointId", hospitalA), 200);
        post(doctorA, "/api/v1/referrals/" + id + "/accept", Map.of(), 200);
        post(doctorA, "/api/v1/referrals/" + id + "/first-contact", Map.of(), 200);
        JsonNode closed = post(doctorA, "/api/v1/referrals/" + id + "/close", Map.of("outcome", "TREATED"), 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        post(doctorA, "/api/v1/referrals/" + id + "/accept", Map.of(), 409);

        // retention: 15 years after closing the referral is deleted (audited); an open one never is
        JsonNode open = post(teacher, "/api/v1/referrals", Map.of("subjectId", PsychIT.person("p-22", "6601"), "type",
                "SCHOOL_TO_HOSPITAL", "toServicePointId", hospitalA, "areaCode", "66010101"), 201);
        String openId = open.get("id").asString();
        await("the closed referral's events to be published", Duration.ofSeconds(30), () -> mongo.findById(id,
                Document.class, "referrals").block().getList("outbox", Object.class, List.of()).isEmpty());
        java.util.Date longAgo = java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(16 * 366)));
        assertThat(mongo.updateMulti(new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").in(id, openId)),
                new org.springframework.data.mongodb.core.query.Update().set("closedAt", longAgo).set("createdAt",
                        longAgo), "referrals").block().getModifiedCount()).isEqualTo(2);
        String run = client().post().uri("/api/v1/retention/psych-service/runs").header("Authorization", ADMIN)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(json(run).get("purged").get("referral").asLong()).isEqualTo(1);
        assertThat(mongo.findById(id, Document.class, "referrals").block()).isNull();
        assertThat(mongo.findById(openId, Document.class, "referrals").block()).isNotNull();
        client().get().uri("/api/v1/referrals/" + id).header("Authorization", doctorA).exchange()
                .expectStatus().isNotFound();
        Document entry = mongo.findOne(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("recordId").is(id)
                        .and("actor").is("system:retention")), Document.class, "audit_reads").block();
        assertThat(entry.getString("dataSubject")).isEqualTo(PsychIT.person("p-21", "6601"));
        assertThat(entry.getString("purpose")).isEqualTo("RETENTION_PURGE:referral:P5479D");
    }

    @Test
    void shouldRegisterConfirmedSmdPatientsAndPutAnUnstableOneOnTheTwoWeekDueList() {
        String doctor = ServiceTestSupport.bearer("doc-1", List.of("CLINICIAN"), List.of("6601"));
        String worker = ServiceTestSupport.bearer("gw-1", List.of("GRID_WORKER"), List.of("66010101"));
        post(doctor, "/api/v1/smd-patients", Map.of("subjectId", PsychIT.person("p-s0", "6601"), "confirmed", false, "areaCode", "66010101"),
                422);
        JsonNode p = post(doctor, "/api/v1/smd-patients", Map.of("subjectId", PsychIT.person("p-s1", "6601"), "confirmed", true,
                "diagnosisGroup", "F20", "areaCode", "66010101", "responsibleWorker", "gw-1"), 201);
        String id = p.get("id").asString();
        post(doctor, "/api/v1/smd-patients", Map.of("subjectId", PsychIT.person("p-s1", "6601"), "confirmed", true, "areaCode", "66010101"),
                409);
        post(doctor, "/api/v1/smd-patients/" + id + "/follow-ups", Map.of("risk", 7), 400);
        JsonNode after = post(doctor, "/api/v1/smd-patients/" + id + "/follow-ups", Map.of("risk", 3), 200);
        assertThat(after.get("classification").asString()).isEqualTo("UNSTABLE");
        assertThat(after.get("caseTeamRequired").asBoolean()).isTrue();
        java.time.LocalDate due = java.time.LocalDate.parse(after.get("nextDue").asString());
        assertThat(due).isBeforeOrEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusWeeks(2));

        client().get().uri("/api/v1/smd-patients?worker=gw-1&due=DUE&withinDays=14").header("Authorization", worker)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].classification").isEqualTo("UNSTABLE")
                .jsonPath("$.items[0].lastRisk").doesNotExist()
                .jsonPath("$.items[0].diagnosisGroup").doesNotExist();
        client().get().uri("/api/v1/smd-patients?due=OVERDUE").header("Authorization", worker).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_SMD_PATIENTS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(PsychEvents.SMD_PATIENT_REGISTERED,
                PsychEvents.SMD_FOLLOW_UP_RECORDED);
        assertThat(json(events.get(1).value()).get("risk").asInt()).isEqualTo(3);
        assertThat(events.get(1).value()).doesNotContain("F20");
    }

    @Test
    void shouldTrackPractitionersTrainingAgainstTheEightPlusXCurriculum() {
        String areaAdmin = ServiceTestSupport.bearer("aa", List.of("AREA_ADMIN"), List.of("6601"));
        JsonNode doctor = post(areaAdmin, "/api/v1/practitioners", Map.of("name", "Dr. Example", "category",
                "COMMUNITY_DOCTOR", "areaCode", "660101", "talentPool", true), 201);
        String id = doctor.get("id").asString();
        assertThat(doctor.get("requiredHours").asInt()).isEqualTo(36);
        post(areaAdmin, "/api/v1/practitioners/" + id + "/training", Map.of("module", "CORE", "hours", 32), 200);
        JsonNode done = post(areaAdmin, "/api/v1/practitioners/" + id + "/training",
                Map.of("module", "COMMUNITY_PLUS", "hours", 4), 200);
        assertThat(done.get("trainingHours").asInt()).isEqualTo(36);
        assertThat(done.get("curriculumComplete").asBoolean()).isTrue();
        post(areaAdmin, "/api/v1/practitioners/" + id + "/training", Map.of("module", "X", "hours", 0), 400);
        post(areaAdmin, "/api/v1/practitioners/" + id + "/availability", Map.of("available", false), 200);
        client().get().uri("/api/v1/practitioners?under=6601&available=true").header("Authorization", areaAdmin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_PRACTITIONERS, r -> id.equals(r.key()), 3,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(PsychEvents.PRACTITIONER_REGISTERED,
                PsychEvents.PRACTITIONER_TRAINING_RECORDED, PsychEvents.PRACTITIONER_TRAINING_RECORDED);
        assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain("Example"));
        assertThat(json(events.get(2).value()).get("curriculumComplete").asBoolean()).isTrue();
    }

    JsonNode postKeyed(String auth, String uri, Object body, String key, int status) {
        byte[] bytes = client().post().uri(uri).header("Authorization", auth).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody().returnResult().getResponseBody();
        return bytes == null ? null : json(new String(bytes));
    }

    @Test
    void shouldGiveEachCallerTheirOwnRecordForTheSameIdempotencyKeyAndNeverAnotherCallersOne() {
        // areas of their own, so the other tests' counts of this database stay theirs
        PsychIT.seedAreas(mongo, "6603");
        PsychIT.seedAreas(mongo, "6604");
        String key = "shared-key-" + PsychIT.newId();
        // hotline calls: two seats, the same key, two calls (and two crisis cases); each replay gets its own
        String seatA = ServiceTestSupport.bearer("op-a", List.of("HOTLINE_OPERATOR"), List.of("6603"));
        String seatB = ServiceTestSupport.bearer("op-b", List.of("HOTLINE_OPERATOR"), List.of("6603"));
        JsonNode callA = postKeyed(seatA, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66030101",
                "tier", "MEDIUM", "summary", "summary of A"), key, 201);
        JsonNode callB = postKeyed(seatB, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66030101",
                "tier", "MEDIUM", "summary", "summary of B"), key, 201);
        assertThat(callB.get("id").asString()).isNotEqualTo(callA.get("id").asString());
        assertThat(callB.get("crisisCaseId").asString()).isNotEqualTo(callA.get("crisisCaseId").asString());
        assertThat(callB.toString()).doesNotContain("summary of A");
        assertThat(postKeyed(seatA, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66030101",
                "tier", "MEDIUM"), key, 200).get("summary").asString()).isEqualTo("summary of A");
        assertThat(postKeyed(seatB, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66030101",
                "tier", "MEDIUM"), key, 200).get("summary").asString()).isEqualTo("summary of B");

        // service points: two area admins
        String adminA = ServiceTestSupport.bearer("aa-a", List.of("AREA_ADMIN"), List.of("6603"));
        String adminB = ServiceTestSupport.bearer("aa-b", List.of("AREA_ADMIN"), List.of("6604"));
        JsonNode pointA = postKeyed(adminA, "/api/v1/service-points", Map.of("name", "Point A", "type",
                "VILLAGE_ROOM", "areaCode", "66030101", "status", "BUILT"), key, 201);
        JsonNode pointB = postKeyed(adminB, "/api/v1/service-points", Map.of("name", "Point B", "type",
                "VILLAGE_ROOM", "areaCode", "66040101", "status", "BUILT"), key, 201);
        assertThat(pointB.get("id").asString()).isNotEqualTo(pointA.get("id").asString());
        assertThat(pointB.get("name").asString()).isEqualTo("Point B");
        assertThat(postKeyed(adminB, "/api/v1/service-points", Map.of("name", "Point B", "type", "VILLAGE_ROOM",
                "areaCode", "66040101"), key, 200).get("id").asString()).isEqualTo(pointB.get("id").asString());

        // referrals: a counsellor and a clinician
        String counsellor = ServiceTestSupport.bearer("co-a", List.of("COUNSELLOR"), List.of("6603"));
        String clinician = ServiceTestSupport.bearer("cl-b", List.of("CLINICIAN"), List.of("6603"));
        String to = pointA.get("id").asString();
        JsonNode refA = postKeyed(counsellor, "/api/v1/referrals", Map.of("subjectId", PsychIT.person("p-ref-a", "6603"), "type", "OTHER",
                "toServicePointId", to, "areaCode", "66030101"), key, 201);
        JsonNode refB = postKeyed(clinician, "/api/v1/referrals", Map.of("subjectId", PsychIT.person("p-ref-b", "6603"), "type", "OTHER",
                "toServicePointId", to, "areaCode", "66030101"), key, 201);
        assertThat(refB.get("id").asString()).isNotEqualTo(refA.get("id").asString());
        assertThat(refB.get("subjectId").asString()).isEqualTo(PsychIT.person("p-ref-b", "6603"));

        // consents: a grid worker and the resident themself
        String worker = ServiceTestSupport.bearer("gw-a", List.of("GRID_WORKER"), List.of("6603"));
        String resident = ServiceTestSupport.bearer(PsychIT.person("p-con-b", "6603"), List.of("RESIDENT"), List.of());
        JsonNode consentA = postKeyed(worker, "/api/v1/consents", Map.of("personId", PsychIT.person("p-con-a", "6603"), "purpose",
                "SCREENING", "age", 30, "areaCode", "66030101"), key, 201);
        JsonNode consentB = postKeyed(resident, "/api/v1/consents", Map.of("personId", PsychIT.person("p-con-b", "6603"), "purpose",
                "SCREENING", "age", 30, "areaCode", "66030101"), key, 201);
        assertThat(consentB.get("personId").asString()).isEqualTo(PsychIT.person("p-con-b", "6603"));
        assertThat(consentB.toString()).doesNotContain(PsychIT.person("p-con-a", "6603"));
        assertThat(postKeyed(resident, "/api/v1/consents", Map.of("personId", PsychIT.person("p-con-b", "6603"), "purpose", "SCREENING",
                "age", 30, "areaCode", "66030101"), key, 200).get("personId").asString()).isEqualTo(PsychIT.person("p-con-b", "6603"));
        assertThat(consentA.get("personId").asString()).isEqualTo(PsychIT.person("p-con-a", "6603"));

        // a replay by the same seat, now working elsewhere, is refused rather than answered
        String moved = ServiceTestSupport.bearer("op-a", List.of("HOTLINE_OPERATOR"), List.of("6604"));
        postKeyed(moved, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "66040101", "tier", "NONE"), key,
                403);
    }
}
