package org.socialpsych.grid;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * grid-service started the way reporting's walking-skeleton test starts it: without its own
 * application.yml, only the area outbox and no encryption keys. Areas work; resident endpoints
 * answer 503 instead of failing the start.
 */
class MinimalConfigIT {

    static ConfigurableApplicationContext grid;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        TestInfra infra = TestInfra.get();
        port = TestInfra.freePort();
        Map<String, String> props = Map.of(
                "spring.config.name", "grid-minimal",
                "spring.config.import", "classpath:chassis-defaults.yml",
                "spring.application.name", "grid-service",
                "server.port", String.valueOf(port),
                "spring.kafka.bootstrap-servers", infra.kafkaBootstrap(),
                "spring.mongodb.uri", infra.mongoUri("grid-minimal-" + System.nanoTime() % 100000),
                "socialpsych.security.jwt.public-key-location", infra.publicKeyLocation(),
                "socialpsych.outbox.collections", "areas",
                "eureka.client.enabled", "false");
        grid = new SpringApplicationBuilder(GridServiceApplication.class)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.close();
        }
    }

    @Test
    void shouldServeAreasAndRefuseResidentsWithoutKeys() {
        String admin = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());
        WebTestClient c = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        c.post().uri("/api/v1/areas").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "8801", "name", "City", "level", "CITY")).exchange().expectStatus().isCreated();
        c.post().uri("/api/v1/areas").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "8801-g", "name", "Grid", "level", "GRID", "parentCode", "8801")).exchange()
                .expectStatus().isCreated();
        c.post().uri("/api/v1/residents").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("idNumber", "11010519491231002X", "name", "n", "gridCode", "8801-g")).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/encryption-unavailable");
    }
}
