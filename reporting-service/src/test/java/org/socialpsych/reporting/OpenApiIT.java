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
}
