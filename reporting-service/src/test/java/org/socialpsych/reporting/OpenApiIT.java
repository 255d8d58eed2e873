package org.socialpsych.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.OpenApiContract;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document this service serves equals the committed docs/openapi/reporting-service.json
 * (regenerate with -Dopenapi.write=true), every operation is described and every enum value labelled;
 * labels and problem details are Chinese by default and English on request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "reporting-openapi");
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ANALYST = ServiceTestSupport.bearer("analyst", List.of("ANALYST"), List.of("33"));

    @LocalServerPort
    int port;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    JsonNode get(String path, String language, int status, MediaType type) {
        WebTestClient.RequestHeadersSpec<?> spec = client().get().uri(path).header("Authorization", ANALYST);
        if (language != null) {
            spec = spec.header("Accept-Language", language);
        }
        return JSON.readTree(spec.exchange().expectStatus().isEqualTo(status).expectHeader().contentType(type)
                .expectBody().returnResult().getResponseBody());
    }

    @Test
    void servedDocumentIsTheCommittedContract() {
        OpenApiContract.check("reporting-service", client());
    }

    @Test
    void labelsInChineseByDefaultAndInEnglishOnRequest() {
        JsonNode zh = get("/api/v1/labels", null, 200, MediaType.APPLICATION_JSON);
        assertThat(zh.get("lang").asString()).isEqualTo("zh-CN");
        assertThat(zh.at("/categories/riskTiers/HIGH").asString()).isEqualTo("高风险");
        assertThat(zh.at("/categories/problemTypes/not-found").asString()).isEqualTo("未找到");
        JsonNode en = get("/api/v1/labels?lang=en", null, 200, MediaType.APPLICATION_JSON);
        assertThat(en.at("/categories/riskTiers/HIGH").asString()).isEqualTo("High risk");
        assertThat(get("/api/v1/labels", "en-US,en;q=0.9", 200, MediaType.APPLICATION_JSON).get("lang").asString())
                .isEqualTo("en");
        get("/api/v1/labels?language=en", null, 400, MediaType.APPLICATION_PROBLEM_JSON);
        // public reference data: no token needed
        client().get().uri("/api/v1/labels?lang=en").exchange().expectStatus().isOk();
    }

    @Test
    void problemDetailsInChineseByDefaultWithAStableTypeAndCode() {
        JsonNode zh = get("/api/v1/indicators/NO_SUCH_INDICATOR", null, 404, MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(zh.get("type").asString()).isEqualTo("https://socialpsych.org/problems/not-found");
        assertThat(zh.get("code").asString()).isEqualTo("not-found");
        assertThat(zh.get("title").asString()).isEqualTo("未找到");
        assertThat(zh.get("detail").asString()).isEqualTo("记录不存在，或不在您的辖区内。");
        JsonNode en = get("/api/v1/indicators/NO_SUCH_INDICATOR", "en", 404, MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(en.get("type").asString()).isEqualTo("https://socialpsych.org/problems/not-found");
        assertThat(en.get("code").asString()).isEqualTo("not-found");
        assertThat(en.get("title").asString()).isEqualTo("Not found");
        assertThat(en.get("detail").asString()).contains("NO_SUCH_INDICATOR");
    }

    @Test
    void unauthenticatedAndForbiddenAreLocalisedProblemsWithTheBearerChallenge() {
        JsonNode zh = JSON.readTree(client().get().uri("/api/v1/indicators").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Content-Language", "zh-CN")
                .expectBody().returnResult().getResponseBody());
        assertThat(zh.get("type").asString()).isEqualTo("https://socialpsych.org/problems/unauthenticated");
        assertThat(zh.get("code").asString()).isEqualTo("unauthenticated");
        assertThat(zh.get("status").asInt()).isEqualTo(401);
        assertThat(zh.get("title").asString()).isEqualTo("未认证");
        assertThat(zh.get("detail").asString()).isEqualTo("需要有效的访问令牌。");
        assertThat(zh.get("instance").asString()).isEqualTo("/api/v1/indicators");
        JsonNode en = JSON.readTree(client().get().uri("/api/v1/indicators").header("Authorization", "Bearer not.a.jwt")
                .header("Accept-Language", "en").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody());
        assertThat(en.get("code").asString()).isEqualTo("unauthenticated");
        assertThat(en.get("title").asString()).isEqualTo("Unauthenticated");
        assertThat(en.get("detail").asString()).doesNotContain("Jwt", "decode", "expired");
        // refused by the filter chain (an external system outside its named APIs), not by a controller
        String external = ServiceTestSupport.bearer("client-12345", List.of("EXTERNAL_SYSTEM"), List.of("3303"));
        JsonNode forbidden = JSON.readTree(client().get().uri("/api/v1/period-reports/x").header("Authorization", external)
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody());
        assertThat(forbidden.get("type").asString()).isEqualTo("https://socialpsych.org/problems/forbidden");
        assertThat(forbidden.get("code").asString()).isEqualTo("forbidden");
        assertThat(forbidden.get("title").asString()).isEqualTo("无权限");
        assertThat(forbidden.get("detail").asString()).isEqualTo("您的角色或辖区无权执行该操作。");
        JsonNode forbiddenEn = JSON.readTree(client().get().uri("/api/v1/period-reports/x")
                .header("Authorization", external).header("Accept-Language", "en-US,en;q=0.8")
                .exchange().expectStatus().isForbidden()
                .expectBody().returnResult().getResponseBody());
        assertThat(forbiddenEn.get("title").asString()).isEqualTo("Forbidden");
    }
}
