package org.socialpsych.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialpsych.localstack.KeyMaterial;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class GatewayIT {

    static final Path KEYS;
    static final DisposableServer BACKEND;
    static final int DEAD_PORT;

    static {
        try {
            KEYS = Files.createTempDirectory("gw-keys");
            KeyMaterial.ensure(KEYS);
            DEAD_PORT = TestInfra.freePort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        BACKEND = HttpServer.create().host("127.0.0.1").port(0)
                .route(r -> r.get("/api/v1/areas/slow", (req, res) -> res.header("Content-Type", "application/json")
                                .sendString(Mono.delay(Duration.ofMillis(300)).thenReturn("{}")))
                        .get("/api/v1/areas", (req, res) -> res.header("Content-Type", "application/json")
                        .sendString(Mono.just("{\"seenRequestId\":\"" + req.requestHeaders().get("X-Request-Id")
                                + "\",\"auth\":" + (req.requestHeaders().get("Authorization") != null) + "}"))))
                .bindNow();
    }

    @AfterAll
    static void stop() {
        BACKEND.disposeNow();
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("eureka.client.enabled", () -> "false");
        r.add("socialpsych.dev-tokens.keys-dir", KEYS::toString);
        r.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + KEYS.resolve(KeyMaterial.PUBLIC_KEY));
        r.add("spring.cloud.discovery.client.simple.instances.grid-service[0].uri",
                () -> "http://127.0.0.1:" + BACKEND.port());
        r.add("spring.cloud.discovery.client.simple.instances.psych-service[0].uri",
                () -> "http://127.0.0.1:" + DEAD_PORT);
    }

    @LocalServerPort
    int port;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    String devToken() {
        Map<?, ?> body = client().post().uri("/api/v1/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "admin", "roles", List.of("SYSTEM_ADMIN"), "areas", List.of("3303")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("token");
    }

    @Test
    void shouldRejectRequestsWithoutAValidToken() {
        client().get().uri("/api/v1/areas").exchange().expectStatus().isUnauthorized();
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer not.a.jwt").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void shouldRejectATokenSignedByAnotherKey() throws Exception {
        Path other = Files.createTempDirectory("gw-other");
        KeyMaterial.ensure(other);
        String forged = KeyMaterial.signRs256(KeyMaterial.readPrivateKey(other.resolve(KeyMaterial.PRIVATE_KEY)),
                "{\"sub\":\"x\",\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + ",\"roles\":[\"SYSTEM_ADMIN\"]}");
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + forged).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void shouldRouteAnAuthenticatedRequestWithItsTokenAndARequestId() {
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + devToken())
                .header("X-Request-Id", "req-123").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "req-123")
                .expectBody().jsonPath("$.seenRequestId").isEqualTo("req-123").jsonPath("$.auth").isEqualTo(true);
    }

    @Test
    void shouldAnswerProblemJsonWhenTheServiceIsDown() {
        client().get().uri("/api/v1/crisis-cases").header("Authorization", "Bearer " + devToken()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/service-unavailable")
                .jsonPath("$.service").isEqualTo("psych-service");
    }

    @Test
    void shouldPassABurstOfConcurrentRequestsWithoutTrippingTheCircuit() {
        String token = devToken();
        WebClient web = WebClient.create("http://localhost:" + port);
        List<Integer> statuses = Flux.range(0, 120)
                .flatMap(i -> web.get().uri("/api/v1/areas/slow").header("Authorization", "Bearer " + token)
                        .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())), 60)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(statuses).hasSize(120).allMatch(s -> s == 200);
    }

    @Test
    void shouldRefuseDevTokensForUnknownRoles() {
        client().post().uri("/api/v1/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "x", "roles", List.of("ROOT"))).exchange().expectStatus().isBadRequest();
    }

    @Test
    void shouldAnswerCorsPreflightForBrowserFrontEnds() {
        client().options().uri("/api/v1/areas").header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    @Test
    void shouldExposeHealthAndPrometheusWithoutAToken() {
        client().get().uri("/actuator/health").exchange().expectStatus().isOk();
        client().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(b -> assertThat(b).contains("jvm_memory_used_bytes"));
    }
}
