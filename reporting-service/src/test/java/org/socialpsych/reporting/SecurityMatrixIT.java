package org.socialpsych.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.reporting.export.ExportJobIT.CITY;
import static org.socialpsych.reporting.export.ExportJobIT.COUNTY;
import static org.socialpsych.reporting.export.ExportJobIT.V1;
import static org.socialpsych.reporting.export.ExportJobIT.V2;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.AuthorizationMatrix;
import org.socialpsych.chassis.testing.HostileInput;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.reporting.export.ExportJobIT;
import org.socialpsych.reporting.export.infra.ExportJobStore;
import org.socialpsych.reporting.fact.infra.FactStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint × every role × in/out of area scope (docs/authz/reporting-service.md), then the
 * hostile-input suite against every endpoint: zero 5xx, nothing stored. Fixtures are the events
 * {@link ExportJobIT} sends (city 7701 → county 770101 → two villages); the in-scope token holds the
 * city, so approving the county's report one level up is reachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "reporting-matrix");
        r.add("socialpsych.reporting.export.poll-interval", () -> "100ms");
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SUBJECT = "matrix-user";
    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of(CITY));
    static final String COUNTY_ADMIN = ServiceTestSupport.bearer("county-admin", List.of("AREA_ADMIN"),
            List.of(COUNTY));
    /** The matrix subject as an analyst: requester of the fixture export job. */
    static final String REQUESTER = ServiceTestSupport.bearer(SUBJECT, List.of("ANALYST"), List.of(CITY));

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode call(String token, String method, String path, Object body, int status) {
        WebTestClient.RequestBodySpec spec = client().method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path).header("Authorization", token);
        WebTestClient.ResponseSpec response = body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        byte[] out = response.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        return JSON.readTree(out);
    }

    @Test
    void shouldHoldTheAuthorizationMatrixAndRefuseHostileInput() throws Exception {
        ExportJobIT.area("a-" + CITY, CITY, "CITY", null, List.of(CITY), 5_000_000);
        ExportJobIT.area("a-" + COUNTY, COUNTY, "COUNTY", CITY, List.of(CITY, COUNTY), 100_000);
        ExportJobIT.area("a-" + V1, V1, "VILLAGE", COUNTY, List.of(CITY, COUNTY, V1), 3000);
        ExportJobIT.area("a-" + V2, V2, "VILLAGE", COUNTY, List.of(CITY, COUNTY, V2), 2000);
        for (int i = 0; i < 6; i++) {
            ExportJobIT.assessment("sm-" + i, V1, i < 3);
        }
        WalkingSkeletonIT.awaitVisible(client(), "/api/v1/report-areas/" + COUNTY, V1);
        WalkingSkeletonIT.awaitVisible(client(), "/api/v1/report-areas/" + COUNTY, V2);
        awaitScreenings(6);

        // period reports of the county (one per period): a draft, two submitted by the county (approved/rejected
        // by the city); the matrix prepares reports of yet another period
        Map<String, Object> report = Map.of("areaCode", COUNTY, "period", "2026-08");
        String draft = call(COUNTY_ADMIN, "POST", "/api/v1/period-reports", Map.of("areaCode", COUNTY, "period",
                "2026-11"), 201).get("id").asString();
        String toApprove = call(COUNTY_ADMIN, "POST", "/api/v1/period-reports", Map.of("areaCode", COUNTY, "period",
                "2026-10"), 201).get("id").asString();
        String toReject = call(COUNTY_ADMIN, "POST", "/api/v1/period-reports", Map.of("areaCode", COUNTY, "period",
                "2026-09"), 201).get("id").asString();
        call(COUNTY_ADMIN, "POST", "/api/v1/period-reports/" + toApprove + "/submit", null, 200);
        call(COUNTY_ADMIN, "POST", "/api/v1/period-reports/" + toReject + "/submit", null, 200);

        // an export job of the county requested by the matrix subject, finished
        Map<String, Object> job = Map.of("kind", "KPI", "format", "CSV", "area", COUNTY, "period", "2026-11");
        String jobId = call(REQUESTER, "POST", "/api/v1/export-jobs", job, 202).get("id").asString();
        awaitIdle();
        assertThat(call(REQUESTER, "GET", "/api/v1/export-jobs/" + jobId, null, 200).get("status").asString())
                .isEqualTo("DONE");

        // a revision of a shipped indicator: the definition as the API shows it
        @SuppressWarnings("unchecked")
        Map<String, Object> indicator = JSON.convertValue(
                call(ADMIN, "GET", "/api/v1/indicators/SCREENINGS", null, 200), Map.class);

        // a target (and task) for the county, effective from the first day of this month
        Map<String, Object> target = Map.of("indicator", "SCREENINGS", "areaCode", COUNTY, "value", 100,
                "effectiveFrom", java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).atDay(1).toString(),
                "responsibleUnit", "县社会心理服务指导中心");

        String kpiQuery = "?area=" + COUNTY + "&period=2026-11";
        String reports = "/api/v1/period-reports/";
        AuthorizationMatrix matrix = AuthorizationMatrix.of("reporting-service", context, client())
                .subject(SUBJECT)
                .scopes(List.of(CITY), List.of("7702"))
                .unscoped("GET /api/v1/indicators", "/api/v1/indicators")
                .unscoped("GET /api/v1/indicators/{code}", "/api/v1/indicators/SCREENINGS")
                .unscoped("PUT /api/v1/indicators/{code}", "/api/v1/indicators/SCREENINGS", () -> indicator)
                .scoped("GET /api/v1/kpis", "/api/v1/kpis" + kpiQuery)
                .scoped("GET /api/v1/exports/kpis", "/api/v1/exports/kpis" + kpiQuery + "&format=csv")
                .scoped("POST /api/v1/export-jobs", "/api/v1/export-jobs", () -> job)
                .scoped("GET /api/v1/export-jobs/{id}", "/api/v1/export-jobs/" + jobId)
                .scoped("GET /api/v1/export-jobs/{id}/file", "/api/v1/export-jobs/" + jobId + "/file")
                .scoped("POST /api/v1/period-reports", "/api/v1/period-reports", () -> report)
                .unscoped("GET /api/v1/period-reports", "/api/v1/period-reports?area=" + COUNTY + "&period=2026-11")
                .scoped("GET /api/v1/period-reports/{id}", reports + draft)
                .scoped("POST /api/v1/period-reports/{id}/problems", reports + draft + "/problems",
                        () -> Map.of("text", "两个村尚未建成心理咨询室"))
                .scoped("POST /api/v1/period-reports/{id}/submit", reports + draft + "/submit")
                .scoped("POST /api/v1/period-reports/{id}/approve", reports + toApprove + "/approve")
                .scoped("POST /api/v1/period-reports/{id}/reject", reports + toReject + "/reject",
                        () -> Map.of("reason", "指标数据不完整"))
                .scoped("GET /api/v1/report-areas/{code}", "/api/v1/report-areas/" + COUNTY)
                .scoped("POST /api/v1/targets", "/api/v1/targets", () -> target)
                .scoped("GET /api/v1/targets", "/api/v1/targets?area=" + COUNTY)
                .unscoped("GET /api/v1/audit/reporting-service/entries",
                        "/api/v1/audit/reporting-service/entries?dataSubject=" + SUBJECT)
                .unscoped("GET /api/v1/audit/reporting-service/verify", "/api/v1/audit/reporting-service/verify")
                .unscoped("GET /api/v1/audit/reporting-service/subject-access/{dataSubject}",
                        "/api/v1/audit/reporting-service/subject-access/" + SUBJECT)
                .unscoped("GET /api/v1/retention/reporting-service", "/api/v1/retention/reporting-service")
                .unscoped("POST /api/v1/retention/reporting-service/runs",
                        "/api/v1/retention/reporting-service/runs");
        matrix.verify();

        // the matrix queued export jobs and changed reports: let the worker and the fact store finish
        awaitIdle();
        HostileInput.verify("reporting-service", context, "http://localhost:" + port, client(), ADMIN,
                matrix.probes());
    }

    void awaitScreenings(double expected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String last = client().get().uri("/api/v1/kpis?area=" + COUNTY + "&period=2026-11&indicators=SCREENINGS")
                    .header("Authorization", ADMIN).exchange().expectBody(String.class).returnResult()
                    .getResponseBody();
            JsonNode value = JSON.readTree(last).path("area").path("kpis").path(0).path("value");
            return value.isNumber() && value.asDouble() == expected;
        });
    }

    /** No export job queued or running and no new fact, for two polls in a row. */
    void awaitIdle() {
        long[] facts = {-1};
        int[] quiet = {0};
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long busy = mongo.count(new Query(Criteria.where("status").in("QUEUED", "RUNNING")),
                    ExportJobStore.COLLECTION).block();
            long now = mongo.count(new Query(), FactStore.FACTS).block();
            quiet[0] = busy == 0 && now == facts[0] ? quiet[0] + 1 : 0;
            facts[0] = now;
            return quiet[0] >= 2;
        });
    }
}
