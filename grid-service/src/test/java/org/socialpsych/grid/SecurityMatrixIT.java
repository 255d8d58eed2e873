package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.grid.GridItSupport.ADMIN;
import static org.socialpsych.grid.GridItSupport.assign;
import static org.socialpsych.grid.GridItSupport.get;
import static org.socialpsych.grid.GridItSupport.idNumber;
import static org.socialpsych.grid.GridItSupport.post;
import static org.socialpsych.grid.GridItSupport.put;
import static org.socialpsych.grid.GridItSupport.resident;
import static org.socialpsych.grid.GridItSupport.residentBody;
import static org.socialpsych.grid.GridItSupport.tree;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.AuthorizationMatrix;
import org.socialpsych.chassis.testing.HostileInput;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.chassis.jobs.PeriodicJobRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × in/out of area scope (docs/authz/grid-service.md), then the
 * hostile-input suite against every endpoint: zero 5xx, nothing stored.
 *
 * <p>Fixtures: the in-scope tokens hold county {@code smc}, the out-of-scope ones county {@code sxc}
 * of another city. The matrix subject is the worker assigned to grid {@code sm-g1}, where the
 * resident (with a general and a police/justice tag), the visit and the grid events live; the
 * escalated event (under supervision by county {@code smc}) checks the "supervising area" path of
 * event visibility. grid-service offers residents no self-service, so no role reaches records as their data
 * subject: RESIDENT is held to area scope like every other role. The periodic loop is off (a one-hour
 * interval) and run by hand, so the hostile suite sees documents change only through its requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    static final String SUBJECT = "matrix-user";
    static final String STEP =
            "POST /api/v1/grid-events/{id}/{step:open|dispatch|handle|feedback|verify|reject|close|evaluate|redispatch|send-back}";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        GridItSupport.gridProperties(r, "grid-matrix", "1h");
        // psych-service events are not this test's input (and other contexts' tests send them)
        r.add("socialpsych.grid.crisis-visits.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeriodicJobRunner jobs;

    @Autowired
    java.time.Clock clock;

    @Test
    void shouldHoldTheAuthorizationMatrixAndRefuseHostileInput() throws Exception {
        WebTestClient c = GridItSupport.client(port);
        List<String> grids = tree(c, "sm", 4);
        tree(c, "sx", 1);
        String g1 = grids.get(0);
        String g2 = grids.get(1);
        assign(c, SUBJECT, "WORKER", g1);
        assign(c, "gl-sm", "LEADER", g1);
        String ending = assign(c, "gw-ending", "WORKER", g2);
        assign(c, "gw-leaving", "WORKER", g2);
        put(c, ADMIN, "/api/v1/visit-policies/smv", Map.of("initialDays", 7, "leadDays", 3,
                "tagIntervalDays", Map.of("LEFT_BEHIND_CHILD", 30)), 200);
        put(c, ADMIN, "/api/v1/grid-event-deadlines/smv", Map.of("categories",
                Map.of("CONFLICT_DISPUTE", Map.of("deadline", "PT48H"))), 200);

        String rid = resident(c, ADMIN, g1, idNumber(), "陈矩阵", "13700137000");
        // a resident of its own for the departure, so the other probes keep a resident who has not left
        String leaver = resident(c, ADMIN, g1, idNumber(), "陈离开", null);
        // and one for the ownership transfer
        String mover = resident(c, ADMIN, g1, idNumber(), "陈搬家", null);
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        post(c, ADMIN, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        JsonNode tagged = post(c, ADMIN, "/api/v1/residents/" + rid + "/tags",
                Map.of("category", "COMMUNITY_CORRECTION"), 201);
        String policeTag = tagged.get("tags").get(1).get("tagId").asString();
        String visitId = post(c, ADMIN, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minusSeconds(7200).toString(), "durationMinutes", 20, "latitude", 27.5, "longitude",
                120.4, "photoHash", "sha256-matrix-0"), 201).get("id").asString();

        // an event that goes through the loop as the matrix probes it (collected now)
        String eventId = post(c, ADMIN, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", g1,
                "title", "Dispute over a fence", "subjectId", rid), 201).get("id").asString();
        // an event dispatched to the matrix subject: only its handler (a grid worker) handles it
        String handled = post(c, ADMIN, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", g1,
                "title", "Noise at night"), 201).get("id").asString();
        post(c, ADMIN, "/api/v1/grid-events/" + handled + "/open", Map.of(), 200);
        post(c, ADMIN, "/api/v1/grid-events/" + handled + "/dispatch", Map.of("handlerId", SUBJECT), 200);
        // an event past its deadline, escalated every second (the grid's setting) up to the county: under
        // supervision by an area the in-scope tokens hold, whatever their role
        put(c, ADMIN, "/api/v1/grid-event-deadlines/" + g1, Map.of("categories",
                Map.of("FAST_TEST", Map.of("escalateEvery", "PT1S"))), 200);
        String escalated = post(c, ADMIN, "/api/v1/grid-events", Map.of("category", "FAST_TEST", "gridCode", g1,
                "title", "Blocked stairwell", "subjectId", rid), 201).get("id").asString();
        post(c, ADMIN, "/api/v1/grid-events/" + escalated + "/open", Map.of(), 200);
        post(c, ADMIN, "/api/v1/grid-events/" + escalated + "/dispatch", Map.of("handlerId", SUBJECT), 200);
        // escalated once a second (the grid's setting) by the jobs run by hand, up to the county
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    jobs.runAll().block();
                    JsonNode to = get(c, ADMIN, "/api/v1/grid-events/" + escalated, 200).path("escalatedTo");
                    return to.isString() && "smc".equals(to.asString());
                });

        String inspection = post(c, ADMIN, "/api/v1/inspections", Map.of("areaCode", "smt", "category",
                "SERVICE_POINT_NOT_OPEN", "finding", "Counselling room closed in opening hours", "deductionPoints", 1.5,
                "rectifyBy", LocalDate.now(clock).plusDays(10).toString()), 201).get("id").asString();

        String today = LocalDate.now(clock).toString();
        Map<String, Object> newResident = residentBody(g1, idNumber(), "林新", null);
        AuthorizationMatrix matrix = AuthorizationMatrix.of("grid-service", context, c)
                .scopes(List.of("smc"), List.of("sxc"))
                .subject(SUBJECT)
                .owners(Set.of())
                // areas
                .scoped("POST /api/v1/areas", "/api/v1/areas", () -> Map.of("code", "sm-g9", "name", "Grid 9",
                        "level", "GRID", "parentCode", "smv", "validFrom", "2020-01-01"))
                .scoped("GET /api/v1/areas/{code}", "/api/v1/areas/" + g1)
                .unscoped("GET /api/v1/areas", "/api/v1/areas?under=smc")
                .scoped("POST /api/v1/areas/{code}/rename", "/api/v1/areas/" + g2 + "/rename",
                        () -> Map.of("name", "Grid 2 renamed", "effectiveFrom", today))
                .scoped("POST /api/v1/areas/{code}/reparent", "/api/v1/areas/" + g2 + "/reparent",
                        () -> Map.of("parentCode", "smv", "effectiveFrom", today))
                .scoped("POST /api/v1/areas/{code}/merge", "/api/v1/areas/" + grids.get(2) + "/merge",
                        () -> Map.of("intoCode", g2, "effectiveFrom", today))
                .scoped("POST /api/v1/areas/{code}/retire", "/api/v1/areas/" + grids.get(3) + "/retire",
                        () -> Map.of("validTo", today, "successorCodes", List.of(g2)))
                .scoped("PUT /api/v1/areas/{code}/neighbours", "/api/v1/areas/" + g1 + "/neighbours",
                        () -> Map.of("codes", List.of(g2)))
                .scoped("DELETE /api/v1/areas/{code}/pending", "/api/v1/areas/" + g1 + "/pending")
                // staff
                .scoped("POST /api/v1/grid-staff", "/api/v1/grid-staff",
                        () -> Map.of("personId", "gw-new", "role", "VOLUNTEER", "gridCode", g2))
                .scoped("POST /api/v1/grid-staff/{id}/end", "/api/v1/grid-staff/" + ending + "/end",
                        () -> Map.of("validTo", today))
                .unscoped("GET /api/v1/grid-staff", "/api/v1/grid-staff?grid=" + g1)
                .scoped("GET /api/v1/grid-staff/roster", "/api/v1/grid-staff/roster?under=smv")
                .scoped("GET /api/v1/grids/{code}/kpis", "/api/v1/grids/" + g1 + "/kpis")
                .unscoped("POST /api/v1/grid-staff/reassign", "/api/v1/grid-staff/reassign",
                        () -> Map.of("fromPersonId", "gw-leaving", "toPersonId", "gw-successor"))
                // residents
                .scoped("POST /api/v1/residents", "/api/v1/residents", () -> newResident)
                .scoped("GET /api/v1/residents/{id}", "/api/v1/residents/" + rid)
                .unscoped("GET /api/v1/residents", "/api/v1/residents?grid=" + g1)
                .scoped("POST /api/v1/residents/{id}/tags", "/api/v1/residents/" + rid + "/tags",
                        () -> Map.of("category", "EMPTY_NEST_ELDERLY"))
                .scoped("POST /api/v1/residents/{id}/tags/{tagId}/end",
                        "/api/v1/residents/" + rid + "/tags/" + policeTag + "/end", () -> Map.of("validTo", today))
                .scoped("PUT /api/v1/residents/{id}/risk", "/api/v1/residents/" + rid + "/risk",
                        () -> Map.of("riskLevel", "LOW"))
                .scoped("POST /api/v1/residents/{id}/departure", "/api/v1/residents/" + leaver + "/departure",
                        () -> Map.of("reason", "MOVED_OUT", "at", yesterday))
                .scoped("POST /api/v1/residents/{id}/transfer", "/api/v1/residents/" + mover + "/transfer",
                        () -> Map.of("toGrid", g2, "reason", "moved house"))
                .unscoped("GET /api/v1/residents/duplicate-queue", "/api/v1/residents/duplicate-queue")
                .scoped("POST /api/v1/tag-categories", "/api/v1/tag-categories", () -> Map.of("code", "SM_LOCAL",
                        "name", "本地类别", "areaCode", "smv", "sensitivity", "GENERAL"))
                .scoped("GET /api/v1/tag-categories", "/api/v1/tag-categories?area=smv")
                .scoped("POST /api/v1/persons/anonymous", "/api/v1/persons/anonymous", () -> Map.of("areaCode", "smv"))
                .unscoped("POST /api/v1/residents/key-rotation", "/api/v1/residents/key-rotation", () -> Map.of())
                // visits and policies
                .scoped("POST /api/v1/visits", "/api/v1/visits", () -> Map.of("residentId", rid, "visitedAt",
                        Instant.now().minusSeconds(600).toString(), "durationMinutes", 15, "latitude", 27.5,
                        "longitude", 120.4, "photoHash", "sha256-matrix-1", "note", "all well"))
                .scoped("GET /api/v1/visits/{id}", "/api/v1/visits/" + visitId)
                .unscoped("GET /api/v1/visits", "/api/v1/visits?resident=" + rid)
                .unscoped("GET /api/v1/visits/due", "/api/v1/visits/due?grid=" + g1 + "&horizonDays=30")
                .scoped("PUT /api/v1/visit-policies/{areaCode}", "/api/v1/visit-policies/smv",
                        () -> Map.of("initialDays", 7, "leadDays", 3, "expireDays", 14,
                                "tagIntervalDays", Map.of("LEFT_BEHIND_CHILD", 30)))
                .scoped("GET /api/v1/visit-policies/{areaCode}", "/api/v1/visit-policies/smv")
                // grid events and deadlines
                .scoped("POST /api/v1/grid-events", "/api/v1/grid-events", () -> Map.of("category", "SAFETY_HAZARD",
                        "gridCode", g1, "title", "Loose cable", "latitude", 27.5, "longitude", 120.4))
                .scoped("GET /api/v1/grid-events/{id}", "/api/v1/grid-events/" + escalated)
                .unscoped("GET /api/v1/grid-events", "/api/v1/grid-events?grid=" + g1)
                // the steps share one mapping: the handler's step is checked, the supervisor's one is the row shown
                .scoped(STEP, "/api/v1/grid-events/" + handled + "/handle", () -> Map.of("note", "on my way"))
                .scoped(STEP, "/api/v1/grid-events/" + eventId + "/open",
                        () -> Map.of("note", "opened"))
                .scoped("PUT /api/v1/grid-event-deadlines/{areaCode}", "/api/v1/grid-event-deadlines/smv",
                        () -> Map.of("categories", Map.of("PETITION", Map.of("deadline", "P3D"))))
                .scoped("GET /api/v1/grid-event-deadlines/{areaCode}", "/api/v1/grid-event-deadlines/smv")
                .scoped("PUT /api/v1/work-calendars/{areaCode}", "/api/v1/work-calendars/smv",
                        () -> Map.of("holidays", List.of("2026-10-09")))
                .scoped("GET /api/v1/work-calendars/{areaCode}", "/api/v1/work-calendars/smv")
                // inspections
                .scoped("POST /api/v1/inspections", "/api/v1/inspections", () -> Map.of("areaCode", "smt",
                        "category", "SERVICE_POINT_NOT_OPEN", "finding", "Hotline poster missing", "deductionPoints",
                        0.5, "rectifyBy", LocalDate.now(clock).plusDays(10).toString()))
                .scoped("GET /api/v1/inspections/{id}", "/api/v1/inspections/" + inspection)
                .unscoped("GET /api/v1/inspections", "/api/v1/inspections?under=smc")
                .scoped("POST /api/v1/inspections/{id}/rectify", "/api/v1/inspections/" + inspection + "/rectify",
                        () -> Map.of("evidenceHash", "sha256-evidence", "note", "fixed"))
                .scoped("POST /api/v1/inspections/{id}/verify", "/api/v1/inspections/" + inspection + "/verify",
                        () -> Map.of("accepted", true))
                // the chassis retention policy and on-demand purge run (nothing here is old enough to purge)
                .unscoped("GET /api/v1/retention/grid-service", "/api/v1/retention/grid-service")
                .unscoped("POST /api/v1/retention/grid-service/runs", "/api/v1/retention/grid-service/runs")
                // the chassis read audit
                .unscoped("GET /api/v1/audit/grid-service/entries", "/api/v1/audit/grid-service/entries")
                .unscoped("GET /api/v1/audit/grid-service/verify", "/api/v1/audit/grid-service/verify")
                .unscoped("GET /api/v1/audit/grid-service/subject-access/{dataSubject}",
                        "/api/v1/audit/grid-service/subject-access/" + rid);
        matrix.verify();

        // police/justice tags stay with their roles whoever else may read the resident
        for (String role : List.of("GRID_WORKER", "AREA_ADMIN")) {
            String auth = ServiceTestSupport.bearer(SUBJECT, List.of(role), List.of("smc"));
            assertThat(get(c, auth, "/api/v1/residents/" + rid, 200).toString()).doesNotContain("COMMUNITY_CORRECTION")
                    .doesNotContain("RELEASED_PRISONER");
        }

        // settle what the probes left for the periodic loop, so only hostile requests could change documents
        jobs.runAll().block();
        HostileInput.verify("grid-service", context, "http://localhost:" + port, c, ADMIN, matrix.probes());
    }
}
