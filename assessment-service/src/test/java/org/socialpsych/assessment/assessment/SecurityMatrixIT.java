package org.socialpsych.assessment.assessment;

import static org.socialpsych.person.testing.TestPersons.P;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.AuthorizationMatrix;
import org.socialpsych.chassis.testing.HostileInput;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint × every role × in/out of area scope (docs/authz/assessment-service.md), then the
 * hostile-input suite against every endpoint: zero 5xx, nothing stored. The fixture result is
 * recent, so the retention run probe purges nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "assessment-matrix");
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of("6101"));

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

    @Autowired
    ApplicationContext context;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode post(String path, Object body) {
        byte[] out = client().post().uri(path).header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().is2xxSuccessful().expectBody().returnResult()
                .getResponseBody();
        return JSON.readTree(out);
    }

    @Test
    void shouldHoldTheAuthorizationMatrixAndRefuseHostileInput() throws Exception {
        AssessmentApiIT.loadAreas(mongo);
        Instant now = Instant.now();
        Map<String, Object> campaign = Map.of("name", "Matrix screening", "areaCode", "6101",
                "population", Map.of("type", "SCHOOL_CLASSES", "unit", "school-9", "groups", List.of("9-1")),
                "battery", List.of("PHQ9"), "opensAt", now.minusSeconds(3600).toString(),
                "closesAt", now.plusSeconds(86_400).toString(), "targetSize", 10);
        String campaignId = post("/api/v1/campaigns", campaign).get("id").asString();
        Map<String, Object> submission = new HashMap<>(Map.of("instrument", "PHQ9",
                "answers", List.of(1, 1, 1, 0, 0, 0, 0, 0, 0), "subjectId", P("matrix-user"), "areaCode", "610101"));
        String assessmentId = post("/api/v1/assessments", submission).get("id").asString();

        AuthorizationMatrix matrix = AuthorizationMatrix.of("assessment-service", context, client()).subject(P("matrix-user"))
                .scopes(List.of("6101"), List.of("6102"))
                .unscoped("GET /api/v1/instruments", "/api/v1/instruments")
                .unscoped("GET /api/v1/instruments/{code}", "/api/v1/instruments/PHQ9")
                .unscoped("POST /api/v1/instruments/{code}/score", "/api/v1/instruments/PHQ9/score",
                        () -> Map.of("answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .unscoped("PUT /api/v1/instruments/{code}", "/api/v1/instruments/ZZTEST", () -> Map.of("code", "ZZTEST"))
                .scoped("POST /api/v1/assessments", "/api/v1/assessments", () -> submission)
                .scoped("GET /api/v1/assessments/{id}", "/api/v1/assessments/" + assessmentId)
                .unscoped("GET /api/v1/assessments", "/api/v1/assessments?subjectId=" + P("matrix-user"))
                .scoped("POST /api/v1/campaigns", "/api/v1/campaigns", () -> campaign)
                .scoped("GET /api/v1/campaigns/{id}", "/api/v1/campaigns/" + campaignId)
                .unscoped("GET /api/v1/campaigns", "/api/v1/campaigns")
                .scoped("POST /api/v1/campaigns/{id}/open", "/api/v1/campaigns/" + campaignId + "/open")
                .scoped("POST /api/v1/campaigns/{id}/invitations", "/api/v1/campaigns/" + campaignId + "/invitations",
                        () -> Map.of("count", 5))
                .scoped("POST /api/v1/campaigns/{id}/consents", "/api/v1/campaigns/" + campaignId + "/consents",
                        () -> Map.of("subjectId", P("pupil-m"), "healthData", true, "ageYears", 15))
                .scoped("POST /api/v1/campaigns/{id}/close", "/api/v1/campaigns/" + campaignId + "/close")
                .unscoped("GET /api/v1/audit/assessment-service/entries", "/api/v1/audit/assessment-service/entries")
                .unscoped("GET /api/v1/audit/assessment-service/verify", "/api/v1/audit/assessment-service/verify")
                .unscoped("GET /api/v1/audit/assessment-service/subject-access/{dataSubject}",
                        "/api/v1/audit/assessment-service/subject-access/" + P("matrix-user"))
                .unscoped("GET /api/v1/retention/assessment-service", "/api/v1/retention/assessment-service")
                .unscoped("POST /api/v1/retention/assessment-service/runs",
                        "/api/v1/retention/assessment-service/runs");
        matrix.verify();
        HostileInput.verify("assessment-service", context, "http://localhost:" + port, client(), ADMIN,
                matrix.probes());
    }
}
