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

    static final String PAGE = "org.socialpsych.chassis.web.CursorPage";
    static final String RESIDENT = "org.socialpsych.grid.resident.api.ResidentController.ResidentView";
    static final String ENTRY = "org.socialpsych.chassis.audit.ReadAuditLog.Entry";

    static Operation list(String schema) {
        return new Operation().operationId("list_1")
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")
                        .content(new Content().addMediaType("application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))))));
    }

    static Schema<?> pageOf(String item) {
        return PlatformOpenApiCustomizer.schema(Map.of("type", "object", "properties", Map.of(
                "items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/" + item)),
                "next", Map.of("type", "string"))));
    }

    @Test
    void cursorPagesAreNamedAfterWhatTheyHoldAnd401IsAProblemWithItsChallenge() {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/v1/residents", new PathItem().get(list(PAGE + "O" + RESIDENT.substring(1))))
                .addPathItem("/api/v1/audit/{chain}", new PathItem().get(list(PAGE + "O" + ENTRY.substring(1)))));
        // springdoc's name of CursorPage<ResidentView>: the argument's package capitalised
        api.components(new io.swagger.v3.oas.models.Components()
                .addSchemas(PAGE + "O" + RESIDENT.substring(1), pageOf(RESIDENT))
                .addSchemas(PAGE + "O" + ENTRY.substring(1), pageOf(ENTRY))
                .addSchemas(RESIDENT, PlatformOpenApiCustomizer.schema(Map.of("type", "object")))
                .addSchemas(ENTRY, PlatformOpenApiCustomizer.schema(Map.of("type", "object"))));

        new PlatformOpenApiCustomizer(OpenApiOverlay.load("test-service"), "test-service").customise(api);

        // the chassis overlay renames Entry to AuditEntry: its page follows
        assertThat(api.getComponents().getSchemas()).containsKeys("ResidentPage", "ResidentView", "AuditEntryPage",
                "AuditEntry").doesNotContainKeys("CursorPageResidentView", "CursorPageEntry", PAGE + "O" + RESIDENT.substring(1));
        assertThat(api.getComponents().getSchemas().keySet()).allMatch(n -> !n.contains("."));
        assertThat(Json31.pretty(api.getPaths())).contains("#/components/schemas/ResidentPage")
                .contains("#/components/schemas/AuditEntryPage");
        assertThat(Json31.pretty(api.getComponents().getSchemas().get("ResidentPage")))
                .contains("#/components/schemas/ResidentView");
        ApiResponse unauthenticated = api.getComponents().getResponses().get("Unauthenticated");
        assertThat(unauthenticated.getContent()).containsKey("application/problem+json");
        assertThat(unauthenticated.getHeaders()).containsKey("WWW-Authenticate");
    }

    @Test
    void aPageNameThatIsTakenKeepsTheItemsFullName() {
        assertThat(PlatformOpenApiCustomizer.pageName("CampaignResponse", java.util.Set.of())).isEqualTo("CampaignPage");
        assertThat(PlatformOpenApiCustomizer.pageName("Assignment", java.util.Set.of())).isEqualTo("AssignmentPage");
        assertThat(PlatformOpenApiCustomizer.pageName("ReviewView", java.util.Set.of("ReviewPage")))
                .isEqualTo("ReviewViewPage");
        assertThat(PlatformOpenApiCustomizer.pageName("View", java.util.Set.of())).isEqualTo("ViewPage");
    }
}
