package org.socialpsych.grid;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.OpenApiContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The OpenAPI document this service serves equals the committed docs/openapi/grid-service.json
 * (regenerate with -Dopenapi.write=true), every operation is described and every enum value labelled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        GridItSupport.gridProperties(r, "grid-openapi", "1s");
    }

    @LocalServerPort
    int port;

    @Test
    void servedDocumentIsTheCommittedContract() {
        OpenApiContract.check("grid-service", WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build());
    }
}
