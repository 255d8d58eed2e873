package org.socialpsych.chassis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

class PlatformOpenApiCustomizerTest {

    static final String CRISIS = "org.socialpsych.psych.crisis.api.CrisisCaseController.CloseRequest";
    static final String REFERRAL = "org.socialpsych.psych.referral.api.ReferralController.CloseRequest";

    static Operation post(String schema) {
        return new Operation().operationId("close_1").tags(List.of("x-controller"))
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")
                        .content(new Content().addMediaType("*/*", new MediaType().schema(
                                PlatformOpenApiCustomizer.schema(Map.of("type", "object")))))));
    }

    @Test
    void collidingRecordNamesStayTwoSchemasAndPlaceholdersBecomeJsonWithProblems() {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/v1/crisis-cases/{id}/close", new PathItem().post(post(CRISIS)))
                .addPathItem("/api/v1/referrals/{id}/close", new PathItem().post(post(REFERRAL))));
        api.components(new io.swagger.v3.oas.models.Components()
                .addSchemas(CRISIS, PlatformOpenApiCustomizer.schema(Map.of("type", "object", "properties",
                        Map.of("outcome", Map.of("type", "string", "enum", List.of("RESOLVED", "HOSPITALISED"))))))
                .addSchemas(REFERRAL, PlatformOpenApiCustomizer.schema(Map.of("type", "object", "properties",
                        Map.of("outcome", Map.of("type", "string", "enum", List.of("TREATED", "DROPPED")))))));

        new PlatformOpenApiCustomizer(OpenApiOverlay.load("test-service"), "test-service").customise(api);

        assertThat(api.getComponents().getSchemas()).containsKeys("CrisisCaseControllerCloseRequest",
                "ReferralControllerCloseRequest", "ProblemDetail").doesNotContainKeys(CRISIS, REFERRAL);
        String json = Json31.pretty(api);
        assertThat(json).contains("#/components/schemas/CrisisCaseControllerCloseRequest")
                .contains("#/components/schemas/ReferralControllerCloseRequest").doesNotContain("*/*");
        Operation close = api.getPaths().get("/api/v1/crisis-cases/{id}/close").getPost();
        assertThat(close.getResponses()).containsKeys("200", "400", "401", "403", "404", "409", "413", "422", "500");
        assertThat(close.getResponses().get("404").get$ref()).isEqualTo("#/components/responses/NotFound");
        assertThat(api.getComponents().getResponses().get("NotFound").getContent())
                .containsKey("application/problem+json");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearerJwt");
        assertThat(json).contains("https://socialpsych.org/problems/not-found");
    }
}
