package org.socialpsych.psych;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.AuthorizationMatrix;
import org.socialpsych.chassis.testing.HostileInput;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.psych.support.PsychIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × in/out of area scope (docs/authz/psych-service.md), then the
 * hostile-input suite against every endpoint: zero 5xx, nothing stored.
 *
 * <p>The fixtures live in area 7901 (the in-scope token's area); the out-of-scope token holds 7902.
 * The person they are about is the matrix token's subject, so RESIDENT probes are "own data". State
 * changes get a record of their own each, so one role's success does not turn the next role's answer
 * into something other than a business-rule 409/422. Fixtures are created by other subjects than the
 * matrix token's, so no four-eyes rule refuses the matrix caller as "the same person".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "psych-matrix");
        // nothing may change behind the hostile-input phase's back: no timers, no asynchronous deliveries
        r.add("socialpsych.jobs.enabled", () -> "false");
        r.add("socialpsych.notifications.delivery-enabled", () -> "false");
    }

    static final String ROOT = "7901";
    static final String OTHER_ROOT = "7902";
    static final String GRID = ROOT + "0101-g1";
    static final String VILLAGE = ROOT + "0101";
    static final String PERSON = org.socialpsych.person.testing.TestPersons.id("matrix-user");
    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of(ROOT));
    static final String SECOND_ADMIN = ServiceTestSupport.bearer("admin-2", List.of("SYSTEM_ADMIN"), List.of(ROOT));

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode post(String auth, String path, Object body) {
        EntityExchangeResult<byte[]> r = client().post().uri(path).header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody().returnResult();
        String text = r.getResponseBodyContent() == null ? "" : new String(r.getResponseBodyContent());
        assertThat(r.getStatus().is2xxSuccessful()).as(path + " " + r.getStatus() + " " + text).isTrue();
        return PsychIT.json(text);
    }

    String id(JsonNode node) {
        return node.get("id").asString();
    }

    int cases;

    /** A case of its own person each (a second trigger for the same person would join the first case). */
    String crisisCase(String tier) {
        String subject = cases++ == 0 ? PERSON : PsychIT.person("matrix-user-" + cases, ROOT);
        return id(post(ADMIN, "/api/v1/crisis-cases", Map.of("subjectId", subject, "tier", tier, "areaCode", GRID,
                "sourceRef", "matrix:" + PsychIT.newId())));
    }

    String referral(String toServicePointId) {
        return id(post(ADMIN, "/api/v1/referrals", Map.of("subjectId", PERSON, "type", "OTHER",
                "toServicePointId", toServicePointId, "areaCode", GRID)));
    }

    String appointment(String servicePointId, int hoursAhead) {
        return id(post(ADMIN, "/api/v1/appointments", Map.of("personId", PERSON, "servicePointId", servicePointId,
                "slotStart", Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(hoursAhead))
                        .toString())));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void shouldHoldTheAuthorizationMatrixAndRefuseHostileInput() throws Exception {
        PsychIT.seedAreas(mongo, ROOT);
        PsychIT.seedAreas(mongo, OTHER_ROOT);
        org.socialpsych.person.testing.TestPersons.use(personIndex);
        PsychIT.person("matrix-user", ROOT);

        // the service network
        Map<String, Object> servicePointBody = map("name", "Matrix room", "type", "VILLAGE_ROOM", "areaCode", VILLAGE,
                "status", "BUILT", "capacity", 1, "services", List.of("COUNSELLING"));
        String room = id(post(ADMIN, "/api/v1/service-points", map("name", "Room", "type", "VILLAGE_ROOM",
                "areaCode", VILLAGE, "status", "BUILT", "capacity", 50, "services", List.of("COUNSELLING"))));
        String statusPoint = id(post(ADMIN, "/api/v1/service-points", servicePointBody));
        String clinic = id(post(ADMIN, "/api/v1/service-points", map("name", "Clinic", "type", "HOSPITAL_CLINIC",
                "areaCode", ROOT + "01", "status", "BUILT", "staffIds", List.of("staff-9"))));
        Map<String, Object> practitionerBody = map("name", "Matrix counsellor", "category", "COUNSELLOR",
                "areaCode", VILLAGE);
        String practitioner = id(post(ADMIN, "/api/v1/practitioners", practitionerBody));

        // crisis cases, one per state change
        Map<String, Object> openBody = map("subjectId", PERSON, "tier", "MEDIUM", "areaCode", GRID, "sourceRef",
                "matrix:open");
        String readCase = crisisCase("HIGH");
        String ackCase = crisisCase("MEDIUM");
        String contactCase = crisisCase("MEDIUM");
        String escalateCase = crisisCase("MEDIUM");
        String responderCase = crisisCase("MEDIUM");
        String tierCase = crisisCase("LOW");
        String tierSignOffCase = crisisCase("HIGH");
        post(ADMIN, "/api/v1/crisis-cases/" + tierSignOffCase + "/tier", map("tier", "MEDIUM", "reason", "calmer"));
        String closeCase = crisisCase("MEDIUM");
        String closeSignOffCase = crisisCase("HIGH");
        post(ADMIN, "/api/v1/crisis-cases/" + closeSignOffCase + "/close", map("outcome", "RESOLVED"));
        String unitAckCase = crisisCase("HIGH");
        String unitContactCase = crisisCase("HIGH");
        String rejectCase = crisisCase("HIGH");
        post(ADMIN, "/api/v1/crisis-cases/" + rejectCase + "/tier", map("tier", "MEDIUM", "reason", "calmer"));
        String withdrawCase = crisisCase("HIGH");
        // requested under the matrix subject: only the requester may withdraw
        post(ServiceTestSupport.bearer(PERSON, List.of("SYSTEM_ADMIN"), List.of(ROOT)), "/api/v1/crisis-cases/"
                + withdrawCase + "/tier", map("tier", "MEDIUM", "reason", "calmer"));
        String notification = post(ADMIN, "/api/v1/crisis-cases/" + readCase + "/acknowledge", Map.of())
                .get("notifications").get(0).get("id").asString();
        Map<String, Object> unitBody = map("organisationId", "matrix-police", "channel", "SMS");

        // hotline, referrals, SMD, appointments, consents
        Map<String, Object> callBody = map("line", "12356", "areaCode", GRID, "tier", "LOW", "outcome", "COUNSELLED");
        String call = id(post(ADMIN, "/api/v1/hotline-calls", callBody));
        Map<String, Object> referralBody = map("subjectId", PERSON, "type", "OTHER", "toServicePointId", clinic,
                "areaCode", GRID);
        String readReferral = referral(clinic);
        String acceptReferral = referral(clinic);
        String declineReferral = referral(clinic);
        String redirectReferral = referral(clinic);
        String contactReferral = referral(clinic);
        post(ADMIN, "/api/v1/referrals/" + contactReferral + "/accept", Map.of());
        String closeReferral = referral(clinic);
        post(ADMIN, "/api/v1/referrals/" + closeReferral + "/accept", Map.of());
        post(ADMIN, "/api/v1/referrals/" + closeReferral + "/first-contact", Map.of());
        Map<String, Object> smdBody = map("subjectId", PERSON, "confirmed", true, "diagnosisGroup", "F20",
                "areaCode", GRID, "responsibleWorker", "gw-9");
        String patient = id(post(ADMIN, "/api/v1/smd-patients", smdBody));
        post(ADMIN, "/api/v1/smd-patients/" + patient + "/follow-ups", map("risk", 2, "note", "sleeps badly"));
        Map<String, Object> bookingBody = map("personId", PERSON, "servicePointId", statusPoint, "slotStart",
                Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(30)).toString());
        String readAppointment = appointment(room, 24);
        post(ADMIN, "/api/v1/appointments/" + readAppointment + "/session", map("durationMinutes", 50, "modality",
                "IN_PERSON", "riskObserved", "NONE", "practitionerId", practitioner, "notes", "talked about work"));
        String cancelAppointment = appointment(room, 25);
        String noShowAppointment = appointment(room, 26);
        String sessionAppointment = appointment(room, 27);
        Map<String, Object> consentBody = map("personId", PERSON, "purpose", "RESEARCH", "action", "GIVEN", "age", 30,
                "areaCode", GRID);
        post(ADMIN, "/api/v1/consents", map("personId", PERSON, "purpose", "SCREENING", "action", "GIVEN", "age", 30,
                "areaCode", GRID));

        // a break-glass grant by someone else, for the auditor's queue
        String erDoctor = ServiceTestSupport.bearer("er-doc", List.of("CLINICIAN"), List.of(OTHER_ROOT));
        String grant = id(post(erDoctor, "/api/v1/archives/" + PERSON + "/break-glass",
                Map.of("reason", "unconscious patient in the emergency room")));

        String cases = "/api/v1/crisis-cases/";
        String referrals = "/api/v1/referrals/";
        String appointments = "/api/v1/appointments/";
        AuthorizationMatrix matrix = AuthorizationMatrix.of("psych-service", context, client())
                .subject(PERSON)
                .scopes(List.of(ROOT), List.of(OTHER_ROOT))
                // crisis cases
                .scoped("POST /api/v1/crisis-cases", "/api/v1/crisis-cases", () -> openBody)
                .unscoped("GET /api/v1/crisis-cases", "/api/v1/crisis-cases?under=" + ROOT)
                .scoped("GET /api/v1/crisis-cases/{id}", cases + readCase)
                .scoped("POST /api/v1/crisis-cases/{id}/acknowledge", cases + ackCase + "/acknowledge")
                .scoped("POST /api/v1/crisis-cases/{id}/first-contact", cases + contactCase + "/first-contact",
                        () -> map("note", "reached by phone"))
                .scoped("POST /api/v1/crisis-cases/{id}/escalate", cases + escalateCase + "/escalate",
                        () -> map("note", "no answer"))
                .scoped("POST /api/v1/crisis-cases/{id}/responders", cases + responderCase + "/responders",
                        () -> map("userId", "resp-9"))
                .scoped("POST /api/v1/crisis-cases/{id}/tier", cases + tierCase + "/tier",
                        () -> map("tier", "MEDIUM", "reason", "worse"))
                .scoped("POST /api/v1/crisis-cases/{id}/tier/sign-off", cases + tierSignOffCase + "/tier/sign-off")
                .scoped("POST /api/v1/crisis-cases/{id}/close", cases + closeCase + "/close",
                        () -> map("outcome", "RESOLVED", "note", "stable"))
                .scoped("POST /api/v1/crisis-cases/{id}/close/sign-off", cases + closeSignOffCase + "/close/sign-off")
                .scoped("POST /api/v1/crisis-cases/{id}/sign-off/reject", cases + rejectCase + "/sign-off/reject",
                        () -> map("request", "TIER_CHANGE", "reason", "still at risk"))
                .scoped("POST /api/v1/crisis-cases/{id}/sign-off/withdraw", cases + withdrawCase
                        + "/sign-off/withdraw", () -> map("request", "TIER_CHANGE"))
                .scoped("POST /api/v1/crisis-cases/{id}/units/{unit}/acknowledge", cases + unitAckCase
                        + "/units/COMMUNITY/acknowledge")
                .scoped("POST /api/v1/crisis-cases/{id}/units/{unit}/contact", cases + unitContactCase
                        + "/units/COMMUNITY/contact", () -> map("note", "visited"))
                .unscoped("GET /api/v1/crisis-cases/queues/{queue}", "/api/v1/crisis-cases/queues/overdue?area=" + ROOT)
                .scoped("PUT /api/v1/responder-units/{areaCode}/{role}", "/api/v1/responder-units/" + VILLAGE
                        + "/POLICE", () -> unitBody)
                .unscoped("GET /api/v1/responder-units", "/api/v1/responder-units?area=" + GRID)
                .scoped("PUT /api/v1/crisis-slas/{areaCode}/{tier}", "/api/v1/crisis-slas/" + VILLAGE + "/HIGH",
                        () -> map("acknowledge", "PT10M"))
                .unscoped("GET /api/v1/crisis-slas", "/api/v1/crisis-slas?area=" + GRID)
                .unscoped("POST /api/v1/notifications/{id}/receipts", "/api/v1/notifications/" + notification
                        + "/receipts", () -> map("status", "DELIVERED", "reference", "matrix"))
                .unscoped("GET /api/v1/notification-deliveries", "/api/v1/notification-deliveries?under=" + ROOT)
                .unscoped("GET /api/v1/grid-follow-ups", "/api/v1/grid-follow-ups?under=" + ROOT)
                // service network
                .scoped("POST /api/v1/service-points", "/api/v1/service-points", () -> servicePointBody)
                .unscoped("GET /api/v1/service-points", "/api/v1/service-points?under=" + ROOT)
                .scoped("GET /api/v1/service-points/{id}", "/api/v1/service-points/" + room)
                .scoped("POST /api/v1/service-points/{id}/status", "/api/v1/service-points/" + statusPoint + "/status",
                        () -> map("status", "STANDARDISED"))
                .scoped("POST /api/v1/practitioners", "/api/v1/practitioners", () -> practitionerBody)
                .unscoped("GET /api/v1/practitioners", "/api/v1/practitioners?under=" + ROOT)
                .scoped("GET /api/v1/practitioners/{id}", "/api/v1/practitioners/" + practitioner)
                .scoped("POST /api/v1/practitioners/{id}/training", "/api/v1/practitioners/" + practitioner
                        + "/training", () -> map("module", "core-1", "hours", 4))
                .scoped("POST /api/v1/practitioners/{id}/availability", "/api/v1/practitioners/" + practitioner
                        + "/availability", () -> map("available", true))
                // hotline
                .scoped("POST /api/v1/hotline-calls", "/api/v1/hotline-calls", () -> callBody)
                .unscoped("GET /api/v1/hotline-calls", "/api/v1/hotline-calls?under=" + ROOT)
                .scoped("GET /api/v1/hotline-calls/{id}", "/api/v1/hotline-calls/" + call)
                // referrals
                .scoped("POST /api/v1/referrals", "/api/v1/referrals", () -> referralBody)
                .unscoped("GET /api/v1/referrals", "/api/v1/referrals?under=" + ROOT)
                .scoped("GET /api/v1/referrals/{id}", referrals + readReferral)
                .scoped("POST /api/v1/referrals/{id}/accept", referrals + acceptReferral + "/accept")
                .scoped("POST /api/v1/referrals/{id}/decline", referrals + declineReferral + "/decline",
                        () -> map("reason", "NO_CAPACITY"))
                .scoped("POST /api/v1/referrals/{id}/redirect", referrals + redirectReferral + "/redirect",
                        () -> map("toServicePointId", clinic))
                .scoped("POST /api/v1/referrals/{id}/first-contact", referrals + contactReferral + "/first-contact")
                .scoped("POST /api/v1/referrals/{id}/close", referrals + closeReferral + "/close",
                        () -> map("outcome", "TREATED", "note", "seen"))
                // SMD registry
                .scoped("POST /api/v1/smd-patients", "/api/v1/smd-patients", () -> smdBody)
                .unscoped("GET /api/v1/smd-patients", "/api/v1/smd-patients?under=" + ROOT)
                .scoped("GET /api/v1/smd-patients/{id}", "/api/v1/smd-patients/" + patient)
                .scoped("POST /api/v1/smd-patients/{id}/follow-ups", "/api/v1/smd-patients/" + patient
                        + "/follow-ups", () -> map("risk", 1, "note", "better"))
                .scoped("POST /api/v1/smd-patients/{id}/case-team", "/api/v1/smd-patients/" + patient + "/case-team",
                        () -> map("responsibleWorker", "gw-9", "caseTeam", List.of("police-9", "doc-9")))
                // appointments
                .scoped("POST /api/v1/appointments", "/api/v1/appointments", () -> bookingBody)
                .unscoped("GET /api/v1/appointments", "/api/v1/appointments?servicePointId=" + room)
                .scoped("GET /api/v1/appointments/{id}", appointments + readAppointment)
                .scoped("POST /api/v1/appointments/{id}/cancel", appointments + cancelAppointment + "/cancel")
                .scoped("POST /api/v1/appointments/{id}/no-show", appointments + noShowAppointment + "/no-show")
                .scoped("POST /api/v1/appointments/{id}/session", appointments + sessionAppointment + "/session",
                        () -> map("durationMinutes", 50, "modality", "IN_PERSON", "riskObserved", "NONE",
                                "practitionerId", practitioner, "notes", "first session"))
                // consents and the archive
                .scoped("POST /api/v1/consents", "/api/v1/consents", () -> consentBody)
                .scoped("GET /api/v1/consents", "/api/v1/consents?personId=" + PERSON)
                .scoped("GET /api/v1/archives/{personId}", "/api/v1/archives/" + PERSON)
                .unscoped("GET /api/v1/break-glass-reviews", "/api/v1/break-glass-reviews?status=ALL")
                .unscoped("POST /api/v1/break-glass-reviews/{id}/review", "/api/v1/break-glass-reviews/" + grant
                        + "/review", () -> map("finding", "JUSTIFIED", "note", "ER record confirms"))
                // break-glass exists to reach an archive outside one's scope, so it is not a scoped call;
                // it comes last because a grant to the matrix subject opens the archive to its later probes
                .grantsByDesign("POST /api/v1/archives/{personId}/break-glass")
                .unscoped("POST /api/v1/archives/{personId}/break-glass", "/api/v1/archives/" + PERSON
                        + "/break-glass", () -> map("reason", "authorization matrix"))
                // the chassis read audit
                .unscoped("GET /api/v1/audit/psych-service/entries", "/api/v1/audit/psych-service/entries?dataSubject="
                        + PERSON)
                .unscoped("GET /api/v1/audit/psych-service/verify", "/api/v1/audit/psych-service/verify")
                .unscoped("GET /api/v1/audit/psych-service/subject-access/{dataSubject}",
                        "/api/v1/audit/psych-service/subject-access/" + PERSON)
                // the chassis retention policy and an on-demand purge run (nothing here is old enough to purge)
                .unscoped("GET /api/v1/retention/psych-service", "/api/v1/retention/psych-service")
                .unscoped("POST /api/v1/retention/psych-service/runs", "/api/v1/retention/psych-service/runs");
        matrix.verify();
        // the escalation probe's case to the top of the ladder: a hostile caller's empty body is then refused
        // by the ladder (409) rather than taken as a legitimate one-rung escalation
        for (String who : List.of("top-1", "top-2", "top-3")) {
            client().post().uri(cases + escalateCase + "/escalate")
                    .header("Authorization", ServiceTestSupport.bearer(who, List.of("SYSTEM_ADMIN"), List.of(ROOT)))
                    .exchange().expectBody().returnResult();
        }
        HostileInput.verify("psych-service", context, "http://localhost:" + port, client(), SECOND_ADMIN,
                matrix.probes());
    }
}
