package org.socialpsych.psych.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.psych.support.PsychIT.await;
import static org.socialpsych.psych.support.PsychIT.consume;
import static org.socialpsych.psych.support.PsychIT.header;
import static org.socialpsych.psych.support.PsychIT.json;
import static org.socialpsych.psych.support.PsychIT.newId;
import static org.socialpsych.psych.support.PsychIT.pathOf;
import static org.socialpsych.psych.support.PsychIT.produce;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.support.PsychIT;
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

/** The psychological archive, task-scoped and break-glass access, and the consent ledger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "psych-archive");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());
    static final String DOCTOR = ServiceTestSupport.bearer("doc-1", List.of("CLINICIAN"), List.of("7701"));
    static final String GRID_WORKER = ServiceTestSupport.bearer("gw-1", List.of("GRID_WORKER"), List.of("7701"));
    static final String POLICE = ServiceTestSupport.bearer("po-1", List.of("POLICE_LIAISON"), List.of("7701"));
    static final String GRID = "77010101-g1";

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    @BeforeEach
    void usePersonIndex() {
        org.socialpsych.person.testing.TestPersons.use(personIndex);
    }

    @BeforeEach
    void areas() {
        PsychIT.seedAreas(mongo, "7701");
        PsychIT.seedAreas(mongo, "7702");
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode post(String auth, String uri, Object body, int status) {
        EntityExchangeResult<byte[]> r = client().post().uri(uri).header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody().returnResult();
        String text = r.getResponseBodyContent() == null ? "" : new String(r.getResponseBodyContent());
        assertThat(r.getStatus().value()).as(uri + " " + text).isEqualTo(status);
        return text.isEmpty() ? null : json(text);
    }

    EntityExchangeResult<byte[]> archive(String auth, String personId, String purpose) {
        var spec = client().get().uri("/api/v1/archives/" + personId).header("Authorization", auth);
        if (purpose != null) {
            spec = spec.header("X-Purpose", purpose);
        }
        return spec.exchange().expectBody().returnResult();
    }

    JsonNode archiveOk(String auth, String personId, String purpose) {
        EntityExchangeResult<byte[]> r = archive(auth, personId, purpose);
        String body = new String(r.getResponseBodyContent());
        assertThat(r.getStatus().value()).as(body).isEqualTo(200);
        return json(body);
    }

    int status(String auth, String personId, String purpose) {
        return archive(auth, personId, purpose).getStatus().value();
    }

    String crisisCase(String person, String tier) {
        return post(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", person, "tier", tier, "areaCode", GRID,
                "sourceRef", "test:" + newId()), 201).get("id").asString();
    }

    Document lastAudit(String person, String actor) {
        return mongo.findOne(new Query(Criteria.where("dataSubject").is(person).and("actor").is(actor)
                .and("recordType").is("archive")).with(Sort.by(Sort.Direction.DESC, "at")), Document.class,
                "audit_reads").block();
    }

    Map<String, Object> consent(String person, String purpose, String action, int age) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", person);
        m.put("purpose", purpose);
        m.put("action", action);
        m.put("age", age);
        m.put("areaCode", GRID);
        return m;
    }

    static String assessmentCompleted(String id, String person, double score, String band, String tier) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aggregateId", id);
        m.put("aggregateVersion", 1);
        m.put("occurredAt", Instant.now().toString());
        m.put("subjectId", person);
        m.put("instrument", "PHQ9");
        m.put("definitionVersion", "PHQ9@1");
        m.put("band", band);
        m.put("positiveScreen", true);
        m.put("critical", false);
        m.put("tier", tier);
        m.put("areaCode", GRID);
        m.put("areaPath", pathOf("7701", 4));
        m.put("campaignId", null);
        m.put("score", score);
        return PsychIT.JSON.writeValueAsString(m);
    }

    @Test
    void shouldShowCliniciansScoresAndGridWorkersOnlyColourVisitAndContactsAuditingEveryRead() throws Exception {
        String person = PsychIT.person("p-arch-1", "7701");
        String assessment = "as-" + newId();
        String eventId = newId();
        String payload = assessmentCompleted(assessment, person, 22, "severe", "MEDIUM");
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, "org.socialpsych.assessment.AssessmentCompleted.v1",
                eventId, payload);
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, "org.socialpsych.assessment.AssessmentCompleted.v1",
                eventId, payload);
        await("the result in the archive projection", Duration.ofSeconds(60), () -> mongo.count(new Query(
                Criteria.where("subjectId").is(person)), "assessment_results").block() == 1);
        await("the event in the ledger", Duration.ofSeconds(30), () -> mongo.count(new Query(
                Criteria.where("eventId").is(eventId)), "processed_events").block() == 1);

        String patient = post(DOCTOR, "/api/v1/smd-patients", Map.of("subjectId", person, "confirmed", true,
                "diagnosisGroup", "F20", "areaCode", GRID, "responsibleWorker", "gw-1"), 201).get("id").asString();
        post(DOCTOR, "/api/v1/smd-patients/" + patient + "/follow-ups", Map.of("risk", 3, "note", "hears voices"),
                200);

        // the SMD record itself: the diagnosis group, risk and follow-up notes are clinical (CASE view)
        for (String reader : List.of(GRID_WORKER, ADMIN)) {
            String smd = new String(client().get().uri("/api/v1/smd-patients/" + patient)
                    .header("Authorization", reader).exchange().expectStatus().isOk().expectBody().returnResult()
                    .getResponseBodyContent());
            assertThat(smd).contains("\"nextDue\"", "gw-1").doesNotContain("F20", "hears voices",
                    "\"diagnosisGroup\"", "\"lastRisk\"", "\"followUps\"", "\"risk\"");
        }
        client().get().uri("/api/v1/smd-patients/" + patient).header("Authorization", DOCTOR).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.diagnosisGroup").isEqualTo("F20")
                .jsonPath("$.followUps[0].note").isEqualTo("hears voices");

        JsonNode clinical = archiveOk(DOCTOR, person, "CARE");
        assertThat(clinical.get("view").asString()).isEqualTo("clinical");
        assertThat(clinical.get("assessments").get(0).get("score").asDouble()).isEqualTo(22.0);
        assertThat(clinical.get("assessments").get(0).get("band").asString()).isEqualTo("severe");
        assertThat(clinical.get("assessments").get(0).get("tier").asString()).isEqualTo("MEDIUM");
        assertThat(clinical.get("smd").get("diagnosisGroup").asString()).isEqualTo("F20");
        assertThat(clinical.get("riskColour").asString()).isEqualTo("ORANGE");

        EntityExchangeResult<byte[]> r = archive(GRID_WORKER, person, "HOME_VISIT");
        assertThat(r.getStatus().value()).isEqualTo(200);
        String gridJson = new String(r.getResponseBodyContent());
        JsonNode grid = json(gridJson);
        assertThat(grid.get("view").asString()).isEqualTo("governance");
        assertThat(grid.get("riskColour").asString()).isEqualTo("ORANGE");
        assertThat(grid.get("nextVisitDue").asString()).isNotBlank();
        assertThat(grid.get("whomToCall").toString()).contains("SMD_RESPONSIBLE_WORKER", "gw-1");
        assertThat(gridJson).doesNotContain("\"score\"", "\"band\"", "diagnosis", "\"notes\"", "\"lastRisk\"",
                "\"risk\"", "\"assessments\"", "\"smd\"", "F20", "severe", "hears voices", "22.0");

        // the platform operator gets the governance view too: no clinical content by default (docs/domain.md §1)
        EntityExchangeResult<byte[]> asAdmin = archive(ADMIN, person, "SUPPORT");
        assertThat(asAdmin.getStatus().value()).isEqualTo(200);
        String adminJson = new String(asAdmin.getResponseBodyContent());
        assertThat(json(adminJson).get("view").asString()).isEqualTo("governance");
        assertThat(json(adminJson).get("riskColour").asString()).isEqualTo("ORANGE");
        assertThat(adminJson).doesNotContain("\"score\"", "\"band\"", "diagnosis", "\"notes\"", "\"lastRisk\"",
                "\"risk\"", "\"assessments\"", "\"sessions\"", "\"smd\"", "F20", "severe", "hears voices", "22.0");
        assertThat(lastAudit(person, "admin").getString("fieldsClass")).isEqualTo("governance");

        Document entry = lastAudit(person, "gw-1");
        assertThat(entry).isNotNull();
        assertThat(entry.getString("fieldsClass")).isEqualTo("governance");
        assertThat(entry.getString("purpose")).isEqualTo("HOME_VISIT");
        assertThat(entry.getString("recordId")).isEqualTo(person);
        assertThat(entry.getList("roles", String.class)).containsExactly("GRID_WORKER");
        assertThat(lastAudit(person, "doc-1").getString("fieldsClass")).isEqualTo("clinical");

        // outside the area scope it does not exist; roles without an archive view are refused
        assertThat(status(ServiceTestSupport.bearer("gw-9", List.of("GRID_WORKER"), List.of("7702")), person, null))
                .isEqualTo(404);
        assertThat(status(ServiceTestSupport.bearer("an-1", List.of("ANALYST"), List.of("7701")), person, null))
                .isEqualTo(403);
        assertThat(status(DOCTOR, org.socialpsych.person.testing.TestPersons.id("p-nobody"), null)).isEqualTo(404);
    }

    @Test
    void shouldLetANamedCrisisResponderReadOutsideTheirScopeOnlyWhileTheCaseIsOpen() {
        String person = PsychIT.person("p-task-1", "7701");
        String caseId = crisisCase(person, "MEDIUM");
        String responder = ServiceTestSupport.bearer("resp-1", List.of("COUNSELLOR"), List.of("7702"));
        assertThat(status(responder, person, null)).isEqualTo(404);

        JsonNode named = post(ADMIN, "/api/v1/crisis-cases/" + caseId + "/responders", Map.of("userId", "resp-1"),
                200);
        assertThat(named.get("responders").toString()).contains("resp-1");
        JsonNode seen = archiveOk(responder, person, "CRISIS_RESPONSE");
        assertThat(seen.get("access").get("basis").asString()).isEqualTo("TASK");
        assertThat(lastAudit(person, "resp-1").getString("purpose"))
                .isEqualTo("CRISIS_RESPONSE;task=crisis-case:" + caseId);

        post(ADMIN, "/api/v1/crisis-cases/" + caseId + "/close", Map.of("outcome", "RESOLVED"), 200);
        assertThat(status(responder, person, null)).isEqualTo(404);
    }

    @Test
    void shouldLetStaffOfTheReceivingServicePointReadWhileTheReferralIsOpen() {
        String person = PsychIT.person("p-task-2", "7701");
        String clinic = post(ADMIN, "/api/v1/service-points", Map.of("name", "Clinic", "type", "HOSPITAL_CLINIC",
                "areaCode", "770101", "status", "BUILT", "staffIds", List.of("staff-9")), 201).get("id").asString();
        String referral = post(DOCTOR, "/api/v1/referrals", Map.of("subjectId", person, "type",
                "SCHOOL_TO_HOSPITAL", "toServicePointId", clinic, "areaCode", GRID), 201).get("id").asString();
        String staff = ServiceTestSupport.bearer("staff-9", List.of("CLINICIAN"), List.of("7702"));
        String stranger = ServiceTestSupport.bearer("staff-8", List.of("CLINICIAN"), List.of("7702"));

        assertThat(archiveOk(staff, person, null).get("access").get("basis").asString()).isEqualTo("TASK");
        assertThat(status(stranger, person, null)).isEqualTo(404);

        post(ADMIN, "/api/v1/referrals/" + referral + "/accept", Map.of(), 200);
        post(ADMIN, "/api/v1/referrals/" + referral + "/first-contact", Map.of(), 200);
        JsonNode closed = post(ADMIN, "/api/v1/referrals/" + referral + "/close", Map.of("outcome", "TREATED",
                "note", "started on medication"), 200);
        // the platform operator's governance view: the loop and its outcome, not the closing note
        assertThat(closed.toString()).doesNotContain("medication", "\"detail\"");
        assertThat(closed.get("outcome").asString()).isEqualTo("TREATED");
        assertThat(new String(client().get().uri("/api/v1/referrals/" + referral).header("Authorization", DOCTOR)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent()))
                .contains("TREATED: started on medication");
        assertThat(status(staff, person, null)).isEqualTo(404);
    }

    @Test
    void shouldGrantTimeLimitedBreakGlassAccessAuditEachUseAndQueueItForASecondPersonsReview() {
        String person = PsychIT.person("p-bg-1", "7701");
        crisisCase(person, "LOW");
        String erDoctor = ServiceTestSupport.bearer("er-doc", List.of("CLINICIAN"), List.of("7702"));
        assertThat(status(erDoctor, person, null)).isEqualTo(404);

        JsonNode noReason = post(erDoctor, "/api/v1/archives/" + person + "/break-glass", Map.of(), 400);
        assertThat(noReason.get("type").asString()).endsWith("/validation");
        post(erDoctor, "/api/v1/archives/" + person + "/break-glass", Map.of("reason", "  "), 400);
        // only roles with a clinical view under the field-view policy may break the glass
        for (String role : List.of("ANALYST", "GRID_WORKER", "POLICE_LIAISON", "EXTERNAL_SYSTEM", "AREA_ADMIN",
                "SYSTEM_ADMIN", "AUDITOR", "RESIDENT")) {
            post(ServiceTestSupport.bearer("bg-" + role, List.of(role), List.of("7702")),
                    "/api/v1/archives/" + person + "/break-glass", Map.of("reason", "curious"), 403);
        }
        assertThat(mongo.count(new Query(Criteria.where("personId").is(person)), "break_glass_grants").block())
                .isZero();
        for (String role : List.of("COUNSELLOR", "HOTLINE_OPERATOR")) {
            post(ServiceTestSupport.bearer("bg-" + role, List.of(role), List.of("7702")),
                    "/api/v1/archives/" + person + "/break-glass", Map.of("reason", "caller in acute danger"), 201);
        }
        // a hotline seat's grant opens the minimal view its PERSON view allows, not more
        assertThat(archiveOk(ServiceTestSupport.bearer("bg-HOTLINE_OPERATOR", List.of("HOTLINE_OPERATOR"),
                List.of("7702")), person, "EMERGENCY").get("view").asString()).isEqualTo("minimal");

        JsonNode grant = post(erDoctor, "/api/v1/archives/" + person + "/break-glass",
                Map.of("reason", "unconscious patient in the emergency room"), 201);
        // the grant serves the clinician, not the same person presenting a token of a role that may not
        // break glass (found by the matrix invariant "a created record widens nothing")
        for (String role : List.of("GRID_WORKER", "POLICE_LIAISON", "AREA_ADMIN")) {
            assertThat(status(ServiceTestSupport.bearer("er-doc", List.of(role), List.of("7702")), person, null))
                    .as(role).isEqualTo(404);
        }
        String grantId = grant.get("id").asString();
        assertThat(Duration.between(Instant.parse(grant.get("grantedAt").asString()),
                Instant.parse(grant.get("expiresAt").asString()))).isEqualTo(Duration.ofHours(4));

        assertThat(archiveOk(erDoctor, person, "EMERGENCY").get("access").get("basis").asString())
                .isEqualTo("BREAK_GLASS");
        archiveOk(erDoctor, person, "EMERGENCY");
        assertThat(lastAudit(person, "er-doc").getString("purpose")).isEqualTo("BREAK_GLASS");
        assertThat(mongo.count(new Query(Criteria.where("dataSubject").is(person).and("actor").is("er-doc")
                .and("purpose").is("BREAK_GLASS")), "audit_reads").block()).isEqualTo(2);

        // once expired, the grant opens nothing
        mongo.updateFirst(new Query(Criteria.where("_id").is(grantId)),
                new Update().set("expiresAt", Date.from(Instant.now().minusSeconds(1))), "break_glass_grants").block();
        assertThat(status(erDoctor, person, null)).isEqualTo(404);

        String auditor = ServiceTestSupport.bearer("aud-1", List.of("AUDITOR"), List.of("7701"));
        // an auditor of the sibling county neither sees nor reviews this county's break-glass uses
        String otherAuditor = ServiceTestSupport.bearer("aud-2", List.of("AUDITOR"), List.of("7702"));
        client().get().uri("/api/v1/break-glass-reviews").header("Authorization", otherAuditor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + grantId + "')]").isEmpty();
        post(otherAuditor, "/api/v1/break-glass-reviews/" + grantId + "/review", Map.of("finding", "JUSTIFIED"), 404);
        client().get().uri("/api/v1/break-glass-reviews").header("Authorization", auditor).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + grantId + "')].uses").isEqualTo(List.of(2))
                .jsonPath("$.items[?(@.id == '" + grantId + "')].reason")
                .isEqualTo(List.of("unconscious patient in the emergency room"));
        client().get().uri("/api/v1/break-glass-reviews").header("Authorization", erDoctor).exchange()
                .expectStatus().isForbidden();

        String selfReview = ServiceTestSupport.bearer("er-doc", List.of("AUDITOR", "CLINICIAN"), List.of("7701"));
        JsonNode denied = post(selfReview, "/api/v1/break-glass-reviews/" + grantId + "/review",
                Map.of("finding", "JUSTIFIED"), 403);
        assertThat(denied.get("type").asString()).endsWith("/second-person-required");
        JsonNode reviewed = post(auditor, "/api/v1/break-glass-reviews/" + grantId + "/review",
                Map.of("finding", "JUSTIFIED", "note", "ER record confirms"), 200);
        assertThat(reviewed.get("reviewed").asBoolean()).isTrue();
        assertThat(reviewed.get("reviewedBy").asString()).isEqualTo("aud-1");
        post(auditor, "/api/v1/break-glass-reviews/" + grantId + "/review", Map.of("finding", "JUSTIFIED"), 409);
        client().get().uri("/api/v1/break-glass-reviews?status=PENDING").header("Authorization", auditor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + grantId + "')]").isEmpty();
    }

    @Test
    void shouldRequireAGuardianForAMinorsConsentAndKeepTheLedgerAppendOnly() {
        String child = PsychIT.person("p-minor-1", "7701");
        JsonNode missing = post(GRID_WORKER, "/api/v1/consents", consent(child, "SCREENING", "GIVEN", 12), 422);
        assertThat(missing.get("type").asString()).endsWith("/guardian-required");
        Map<String, Object> byBirthDate = consent(child, "SCREENING", "GIVEN", 30);
        byBirthDate.remove("age");
        byBirthDate.put("birthDate", java.time.LocalDate.now().minusYears(10).toString());
        post(GRID_WORKER, "/api/v1/consents", byBirthDate, 422);
        byBirthDate.put("guardianId", "p-mother-1");
        JsonNode given = post(GRID_WORKER, "/api/v1/consents", byBirthDate, 201);
        assertThat(given.get("by").asString()).isEqualTo("GUARDIAN");
        assertThat(given.get("minor").asBoolean()).isTrue();
        Map<String, Object> noAge = consent(child, "RESEARCH", "GIVEN", 1);
        noAge.remove("age");
        post(GRID_WORKER, "/api/v1/consents", noAge, 422);
        post(GRID_WORKER, "/api/v1/consents", consent(child, "RESEARCH", "REVOKED", 40), 409);
        post(ServiceTestSupport.bearer("gw-9", List.of("GRID_WORKER"), List.of("7702")), "/api/v1/consents",
                consent(child, "RESEARCH", "GIVEN", 40), 403);
        assertThat(mongo.count(new Query(Criteria.where("personId").is(child)), "consents").block()).isEqualTo(1);
    }

    @Test
    void shouldStopSharingWithPoliceOnceConsentIsRevokedExceptForAnOpenHighCrisisCase() {
        String person = PsychIT.person("p-share-1", "7701");
        crisisCase(person, "MEDIUM");
        EntityExchangeResult<byte[]> before = archive(POLICE, person, null);
        assertThat(before.getStatus().value()).isEqualTo(403);
        assertThat(new String(before.getResponseBodyContent())).contains("/problems/consent-required");

        post(GRID_WORKER, "/api/v1/consents", consent(person, "SHARING_POLICE", "GIVEN", 30), 201);
        JsonNode shared = archiveOk(POLICE, person, "WELFARE_CHECK");
        assertThat(shared.get("view").asString()).isEqualTo("minimal");
        assertThat(shared.get("access").get("legalBasis").asString()).isEqualTo("consent:SHARING_POLICE");
        assertThat(shared.toString()).doesNotContain("assessments", "sessions", "\"smd\"");
        assertThat(lastAudit(person, "po-1").getString("purpose"))
                .isEqualTo("WELFARE_CHECK;basis=consent:SHARING_POLICE");

        post(GRID_WORKER, "/api/v1/consents", consent(person, "SHARING_POLICE", "REVOKED", 30), 201);
        EntityExchangeResult<byte[]> after = archive(POLICE, person, null);
        assertThat(after.getStatus().value()).isEqualTo(403);
        assertThat(after.getResponseHeaders().getContentType().toString()).contains("problem+json");
        assertThat(new String(after.getResponseBodyContent())).contains("/problems/consent-required");

        // an external system needs the matching consent for the purpose it declares
        String external = ServiceTestSupport.bearer("civil-affairs-system", List.of("EXTERNAL_SYSTEM"),
                List.of("7701"));
        assertThat(status(external, person, null)).isEqualTo(403);
        assertThat(status(external, person, "SHARING_CIVIL_AFFAIRS")).isEqualTo(403);
        post(GRID_WORKER, "/api/v1/consents", consent(person, "SHARING_CIVIL_AFFAIRS", "GIVEN", 30), 201);
        assertThat(archiveOk(external, person, "SHARING_CIVIL_AFFAIRS").get("access").get("legalBasis").asString())
                .isEqualTo("consent:SHARING_CIVIL_AFFAIRS");
        post(external, "/api/v1/archives/" + person + "/break-glass", Map.of("reason", "x"), 403);

        // the life-protection exemption: an open HIGH case lets police in without consent, on the record
        crisisCase(person, "HIGH");
        JsonNode exempt = archiveOk(POLICE, person, "RESCUE");
        assertThat(exempt.get("access").get("legalBasis").asString()).isEqualTo("PIPL-13(4)-protect-life");
        assertThat(exempt.get("riskColour").asString()).isEqualTo("RED");
        assertThat(lastAudit(person, "po-1").getString("purpose")).isEqualTo("RESCUE;basis=PIPL-13(4)-protect-life");

        // the archive and the ledger show the revocation; history is kept
        JsonNode clinical = archiveOk(DOCTOR, person, null);
        assertThat(clinical.get("consents").toString()).contains("\"purpose\":\"SHARING_POLICE\",\"state\":\"REVOKED\"");
        client().get().uri("/api/v1/consents?personId=" + person).header("Authorization", GRID_WORKER).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.history.length()").isEqualTo(3)
                .jsonPath("$.current.length()").isEqualTo(2);

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_CONSENTS,
                r -> ("cl-" + person).equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(events).extracting(e -> header(e, "ce_type")).containsExactly(PsychEvents.CONSENT_GIVEN,
                PsychEvents.CONSENT_REVOKED, PsychEvents.CONSENT_GIVEN);
        assertThat(events).extracting(e -> json(e.value()).get("aggregateVersion").asLong()).containsExactly(1L, 2L,
                3L);
        assertThat(header(events.get(1), "ce_subject")).isEqualTo(person);
    }

    static String assessmentPurged(String id, long version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aggregateId", id);
        m.put("aggregateVersion", version);
        m.put("occurredAt", Instant.now().toString());
        m.put("retentionClass", "assessment-result");
        m.put("areaCode", GRID);
        m.put("areaPath", pathOf("7701", 4));
        return PsychIT.JSON.writeValueAsString(m);
    }

    @Test
    void shouldRemoveTheArchiveCopyOfAPurgedAssessmentOnceAuditedAndNeverBringItBack() throws Exception {
        String person = PsychIT.person("p-purged-" + newId(), "7701");
        String assessment = "as-" + newId();
        String completed = assessmentCompleted(assessment, person, 19, "moderately-severe", "LOW");
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.ASSESSMENT_COMPLETED, newId(), completed);
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.RISK_FLAGGED, newId(),
                PsychIT.riskFlagged(assessment, person, "LOW", pathOf("7701", 4)));
        Query copy = new Query(Criteria.where("_id").is(assessment));
        await("the result in the archive", Duration.ofSeconds(60),
                () -> mongo.count(new Query(Criteria.where("subjectId").is(person)), "assessment_results")
                        .block() == 1);
        Query followUp = new Query(Criteria.where("sourceRef").is("assessment:" + assessment));
        await("the grid follow-up of the LOW flag", Duration.ofSeconds(60),
                () -> mongo.count(followUp, "grid_follow_ups").block() == 1);
        assertThat(archiveOk(DOCTOR, person, null).get("assessments").toString()).contains("moderately-severe");

        // assessment-service purges the result: the copy becomes a tombstone, the follow-up goes, both audited
        String purgedEvent = assessmentPurged(assessment, 3);
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.ASSESSMENT_PURGED, newId(), purgedEvent);
        await("the copy replaced by a tombstone", Duration.ofSeconds(60), () -> {
            Document d = mongo.findOne(copy, Document.class, "assessment_results").block();
            return d != null && d.containsKey("purgedAt");
        });
        Document tomb = mongo.findOne(copy, Document.class, "assessment_results").block();
        assertThat(tomb.keySet()).containsOnly("_id", "purgedAt", "retentionClass", "purgedVersion");
        assertThat(((Number) tomb.get("purgedVersion")).longValue()).isEqualTo(3L);
        await("the follow-up removed", Duration.ofSeconds(30), () -> mongo.count(followUp, "grid_follow_ups")
                .block() == 0);
        Query audits = new Query(Criteria.where("dataSubject").is(person).and("actor").is("system:retention"));
        List<Document> entries = mongo.find(audits, Document.class, "audit_reads").collectList().block();
        assertThat(entries).extracting(e -> e.getString("purpose")).containsOnly("RETENTION_PURGE:derived-copy");
        assertThat(entries).extracting(e -> e.getString("recordType"))
                .containsExactlyInAnyOrder("assessment-result", "grid-follow-up");
        assertThat(entries).filteredOn(e -> "assessment-result".equals(e.getString("recordType")))
                .singleElement().satisfies(e -> assertThat(e.getString("recordId")).isEqualTo(assessment));
        // the person had nothing else here: the archive is gone
        assertThat(status(DOCTOR, person, null)).isEqualTo(404);

        // a replayed purge, a late AssessmentCompleted (lower version) and a late RiskFlagged bring nothing back
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.ASSESSMENT_PURGED, newId(), purgedEvent);
        String late = newId();
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.ASSESSMENT_COMPLETED, late, completed);
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.RISK_FLAGGED, newId(),
                PsychIT.riskFlagged(assessment, person, "HIGH", pathOf("7701", 4)));
        // a marker on the same key: once the risk consumer has opened its case, it has received the late flag
        String marker = "as-" + newId();
        produce(Topics.ASSESSMENT_ASSESSMENTS, assessment, AssessmentEvents.RISK_FLAGGED, newId(),
                PsychIT.riskFlagged(marker, "p-marker-" + newId(), "HIGH", pathOf("7701", 4)));
        await("the late AssessmentCompleted handled", Duration.ofSeconds(60), () -> mongo.count(new Query(
                Criteria.where("eventId").is(late)), "processed_events").block() == 1);
        await("the marker flag handled", Duration.ofSeconds(60), () -> mongo.count(new Query(
                Criteria.where("sourceRef").is("assessment:" + marker)), "crisis_cases").block() == 1);
        // records of one key are handled in order (OrderedListener): the marker's case proves the late flag was seen
        assertThat(mongo.findOne(copy, Document.class, "assessment_results").block()).isEqualTo(tomb);
        assertThat(mongo.count(followUp, "grid_follow_ups").block()).isZero();
        assertThat(mongo.count(followUp, "crisis_cases").block()).isZero();
        assertThat(mongo.count(audits, "audit_reads").block()).as("audited once").isEqualTo(2);

        // neither consumer dead-lettered the new event type
        for (String dlt : List.of(Topics.ASSESSMENT_ASSESSMENTS + ".psych-service.risk.dlt",
                Topics.ASSESSMENT_ASSESSMENTS + ".psych-service.archive.dlt")) {
            assertThat(consume(dlt, r -> assessment.equals(r.key()), 1, Duration.ofSeconds(3))).as(dlt).isEmpty();
        }
    }

    /**
     * The planting attack of issue #13, as a hostile insider of the sibling town 7702 would try it:
     * records about a person owned by 7701 are refused, a record planted behind the API's back (as an
     * older version of this service allowed) still grants nothing, consents cannot be forged, and
     * identity data in a person field is refused without being echoed.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void shouldNotLetASiblingTownInsiderReachAPersonByCreatingRecords(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String person = PsychIT.person("p-owned-7701", "7701");
        // the owner's grid worker records a consent; the owner's clinician reads the archive
        post(GRID_WORKER, "/api/v1/consents", consent(person, "SCREENING", "GIVEN", 30), 201);
        archiveOk(DOCTOR, person, "TREATMENT");
        String counsellorB = ServiceTestSupport.bearer("co-b", List.of("COUNSELLOR"), List.of("7702"));
        String workerB = ServiceTestSupport.bearer("gw-b", List.of("GRID_WORKER"), List.of("7702"));
        String policeB = ServiceTestSupport.bearer("po-b", List.of("POLICE_LIAISON"), List.of("7702"));
        long consentsBefore = mongo.count(new Query(), "consents").block();

        Map<String, Object> forged = consent(person, "SHARING_POLICE", "GIVEN", 30);
        forged.put("areaCode", "77020101-g1");
        JsonNode refused = post(workerB, "/api/v1/consents", forged, 403);
        assertThat(refused.get("type").asString()).endsWith("/person-not-owned");
        post(counsellorB, "/api/v1/appointments", Map.of("personId", person, "servicePointId", "sp-any",
                "slotStart", Instant.now().plusSeconds(86_400).toString()), 403);
        assertThat(mongo.count(new Query(), "consents").block()).isEqualTo(consentsBefore);

        // a record about the person in town B's area (planted directly in the store) is no basis
        mongo.insert(new Document("_id", "planted-" + newId()).append("personId", person).append("seq", 99)
                .append("purpose", "SCREENING").append("action", "GIVEN").append("by", "PERSON")
                .append("areaCode", "77020101-g1").append("areaPath", PsychIT.pathOf("7702", 4))
                .append("at", new java.util.Date()), "consents").block();
        assertThat(status(counsellorB, person, "TREATMENT")).isEqualTo(404);
        assertThat(status(workerB, person, null)).isEqualTo(404);
        assertThat(status(policeB, person, null)).isEqualTo(404);
        client().get().uri("/api/v1/consents?personId=" + person).header("Authorization", workerB).exchange()
                .expectStatus().isNotFound();

        // identity data where a person id belongs: 422, and the value is not echoed back
        for (String disguised : List.of("330327199001011234", "id:330327199001011234", "138 1234 5678", "张三")) {
            JsonNode bad = post(GRID_WORKER, "/api/v1/consents", consent(disguised, "SCREENING", "GIVEN", 30), 422);
            assertThat(bad.toString()).doesNotContain(disguised).contains("identity data");
        }
        assertThat(mongo.count(new Query(), "consents").block()).isEqualTo(consentsBefore + 1);
        // the same for every other person field of this service: crisis cases, referrals, SMD, hotline
        for (String disguised : List.of("330327199001011234", "id:330327199001011234", "138 1234 5678", "张三")) {
            for (Object[] call : new Object[][] {
                    {"/api/v1/crisis-cases", Map.of("subjectId", disguised, "tier", "HIGH", "areaCode", GRID)},
                    {"/api/v1/referrals", Map.of("subjectId", disguised, "type", "OTHER", "toServicePointId",
                            "sp-any", "areaCode", GRID)},
                    {"/api/v1/smd-patients", Map.of("subjectId", disguised, "confirmed", true, "diagnosisGroup",
                            "F20", "areaCode", GRID, "responsibleWorker", "gw-9")},
                    {"/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", GRID, "tier", "LOW", "outcome",
                            "COUNSELLED", "anonymous", false, "callerSubjectId", disguised)}}) {
                JsonNode bad = post(ADMIN, (String) call[0], call[1], 422);
                assertThat(bad.toString()).as((String) call[0]).doesNotContain(disguised).contains("identity data");
            }
        }
        for (String collection : List.of("crisis_cases", "referrals", "smd_patients", "hotline_calls")) {
            for (String value : List.of("330327199001011234", "13812345678", "张三")) {
                assertThat(mongo.count(new Query(new Criteria().orOperator(Criteria.where("subjectId").is(value),
                        Criteria.where("callerSubjectId").is(value))), collection).block()).as(collection).isZero();
            }
        }
        // and nowhere else: no document of any database, no record or header of any topic, no log line
        List<String> identity = List.of("330327199001011234", "13812345678", "张三");
        assertThat(org.socialpsych.chassis.testing.PlaintextScan.scan(
                org.socialpsych.localstack.testing.TestInfra.get().mongoUri("admin"),
                org.socialpsych.localstack.testing.TestInfra.get().kafkaBootstrap(), identity)).isEmpty();
        for (String value : identity) {
            assertThat(output.getAll()).as("log lines").doesNotContain(value);
        }
    }

    /**
     * Ownership on creation (ADR 0010), for every record of this service that names a person: a
     * sibling town's staff can neither open a crisis case, nor send a referral, nor register an SMD
     * patient for a person another town owns (403 person-not-owned, nothing stored); a reference that
     * is no person the platform issued is 422; a hotline call may name a caller of any area (the
     * hotline serves everyone) and still opens no door to the caller's archive.
     */
    @Test
    void shouldRefuseRecordsAboutAPersonTheCallerDoesNotOwnAndGrantNothingThroughAHotlineCall() {
        String person = PsychIT.person("p-owned-create-" + newId(), "7701");
        String counsellorB = ServiceTestSupport.bearer("co-b2", List.of("COUNSELLOR"), List.of("7702"));
        String clinicianB = ServiceTestSupport.bearer("cl-b2", List.of("CLINICIAN"), List.of("7702"));
        String hotlineB = ServiceTestSupport.bearer("ho-b2", List.of("HOTLINE_OPERATOR"), List.of("7702"));
        String gridB = "77020101-g1";
        Object[][] attempts = {
                {counsellorB, "/api/v1/crisis-cases", Map.of("subjectId", person, "tier", "LOW", "areaCode", gridB)},
                {clinicianB, "/api/v1/crisis-cases", Map.of("subjectId", person, "tier", "MEDIUM", "areaCode",
                        gridB, "source", "GRID_REPORT", "sourceRef", "grid-report:ge-" + newId())},
                {counsellorB, "/api/v1/referrals", Map.of("subjectId", person, "type", "OTHER", "toServicePointId",
                        "sp-any", "areaCode", gridB)},
                {clinicianB, "/api/v1/smd-patients", Map.of("subjectId", person, "confirmed", true,
                        "diagnosisGroup", "F20", "areaCode", gridB, "responsibleWorker", "gw-9")}};
        for (Object[] a : attempts) {
            JsonNode refused = post((String) a[0], (String) a[1], a[2], 403);
            assertThat(refused.get("type").asString()).as((String) a[1]).endsWith("/person-not-owned");
        }
        for (String collection : List.of("crisis_cases", "referrals", "smd_patients")) {
            assertThat(mongo.count(new Query(Criteria.where("subjectId").is(person)), collection).block())
                    .as(collection).isZero();
        }
        // an id of the platform's shape that was never issued, and a free-text reference: 422, nothing stored
        String neverIssued = "r-" + java.util.UUID.randomUUID();
        for (String ref : List.of(neverIssued, "p-9", "resident 42")) {
            post(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", ref, "tier", "HIGH", "areaCode", GRID), 422);
            post(ADMIN, "/api/v1/referrals", Map.of("subjectId", ref, "type", "OTHER", "toServicePointId",
                    "sp-any", "areaCode", GRID), 422);
            post(ADMIN, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", GRID, "tier", "HIGH",
                    "anonymous", false, "callerSubjectId", ref), 422);
            assertThat(mongo.count(new Query(new Criteria().orOperator(Criteria.where("subjectId").is(ref),
                    Criteria.where("callerSubjectId").is(ref))), "crisis_cases").block()).isZero();
        }
        // the hotline of town B takes a call from town A's person: the call is town B's, its HIGH case is
        // routed by the person's owning area (town A's responders), and town B's staff still cannot read
        // the person's archive
        JsonNode call = post(hotlineB, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", gridB,
                "tier", "HIGH", "anonymous", false, "callerSubjectId", person), 201);
        String caseId = call.get("crisisCaseId").asString();
        assertThat(caseId).startsWith("cc-");
        JsonNode routed = json(new String(client().get().uri("/api/v1/crisis-cases/" + caseId)
                .header("Authorization", DOCTOR).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent()));
        assertThat(routed.get("areaCode").asString()).as("the caller's owning area").isEqualTo(GRID);
        assertThat(status(hotlineB, person, "CRISIS")).isEqualTo(404);
        assertThat(status(counsellorB, person, "TREATMENT")).isEqualTo(404);
        assertThat(status(DOCTOR, person, "TREATMENT")).as("the owner's clinician").isEqualTo(200);
    }
}
