package org.socialpsych.psych;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.OpenApiContract;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document this service serves equals the committed docs/openapi/psych-service.json
 * (regenerate with -Dopenapi.write=true), every operation is described and every enum value labelled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "psych-openapi");
    }

    @LocalServerPort
    int port;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void servedDocumentIsTheCommittedContract() {
        OpenApiContract.check("psych-service", client());
    }

    /** Two request records named CloseRequest were one schema, showing the referral outcomes for a crisis case. */
    @Test
    void crisisCaseAndReferralCloseRequestsAreTwoSchemas() {
        JsonNode schemas = JsonMapper.builder().build().readTree(client().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody()).get("components").get("schemas");
        String crisis = schemas.at("/CrisisCaseControllerCloseRequest/properties/outcome/enum").toString();
        String referral = schemas.at("/ReferralControllerCloseRequest/properties/outcome/enum").toString();
        assertThat(crisis).contains("HOSPITALISED").doesNotContain("TREATED");
        assertThat(referral).contains("TREATED").doesNotContain("HOSPITALISED");
        JsonNode close = JsonMapper.builder().build().readTree(client().get().uri("/v3/api-docs").exchange()
                .expectBody().returnResult().getResponseBody())
                .at("/paths/~1api~1v1~1crisis-cases~1{id}~1close/post/requestBody/content/application~1json/schema/$ref");
        assertThat(close.asString()).isEqualTo("#/components/schemas/CrisisCaseControllerCloseRequest");
    }
}
