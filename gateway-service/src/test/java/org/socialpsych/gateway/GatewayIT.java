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
import org.springframework.boot.test.web.server.LocalManagementPort;
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
        r.add("management.server.port", () -> "0");
        r.add("socialpsych.gateway.max-request-size", () -> "64KB");
        // a tight bucket on one route so the limit can be observed; other routes keep the defaults
        r.add("socialpsych.gateway.rate-limit.routes.psych-service.capacity", () -> "3");
        r.add("socialpsych.gateway.rate-limit.routes.psych-service.refill-per-second", () -> "0.01");
    }

    @LocalManagementPort
    int managementPort;

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
    void shouldAnswer401And403WithALocalisedProblemAndKeepTheBearerChallenge() {
        client().get().uri("/api/v1/areas").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Content-Language", "zh-CN")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/unauthenticated")
                .jsonPath("$.code").isEqualTo("unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("未认证")
                .jsonPath("$.detail").isEqualTo("需要有效的访问令牌。");
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer not.a.jwt")
                .header("Accept-Language", "en-GB,en;q=0.9").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Content-Language", "en")
                .expectBody()
                .jsonPath("$.code").isEqualTo("unauthenticated")
                .jsonPath("$.title").isEqualTo("Unauthenticated")
                .jsonPath("$.detail").isEqualTo("A valid bearer token for this platform is required.");
        // a valid token on a path the gateway does not open: 403, the same way
        String token = devToken();
        client().get().uri("/internal/anything").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/forbidden")
                .jsonPath("$.code").isEqualTo("forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.title").isEqualTo("无权限");
        client().get().uri("/internal/anything").header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en").exchange()
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.code").isEqualTo("forbidden")
                .jsonPath("$.title").isEqualTo("Forbidden")
                .jsonPath("$.detail").isEqualTo("This path is not open to callers.");
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
                .jsonPath("$.code").isEqualTo("service-unavailable")
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
    void shouldServeActuatorOnlyOnTheManagementPort() {
        client().get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        client().get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(b -> assertThat(b).contains("jvm_memory_used_bytes"));
    }

    @Test
    void shouldRefuseOversizedBodiesDeclaredOrChunked() {
        String token = devToken();
        byte[] big = new byte[70 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        client().post().uri("/api/v1/areas").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(big).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(b -> assertThat(b).contains("request-too-large"));
        // no Content-Length: counted while streaming
        Flux<org.springframework.core.io.buffer.DataBuffer> chunks = Flux.range(0, 20).map(i ->
                org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance.wrap(new byte[8 * 1024]));
        Integer status = WebClient.create("http://localhost:" + port).post().uri("/api/v1/areas")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body(org.springframework.web.reactive.function.BodyInserters.fromDataBuffers(chunks))
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
                .block(Duration.ofSeconds(30));
        assertThat(status).isEqualTo(413);
    }

    @Test
    void shouldAnswerOverlongUrisWithProblemJsonAndPassLinesNettyUsedToRefuse() {
        String filter = "a".repeat(9000);
        client().get().uri("/api/v1/areas?under=" + filter).exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(b -> assertThat(b).contains("uri-too-long").doesNotContain(filter));
        // 5,000 characters: over Netty's 4KB default line, under the gateway's 8KB limit → normal handling (401 here)
        client().get().uri("/api/v1/areas?under=" + "b".repeat(5000)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldRateLimitPerClientAndRoute() {
        String first = (String) client().post().uri("/api/v1/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "busy-client", "roles", List.of("SYSTEM_ADMIN"), "areas", List.of("3303")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("token");
        for (int i = 0; i < 3; i++) {
            client().get().uri("/api/v1/crisis-cases").header("Authorization", "Bearer " + first).exchange()
                    .expectStatus().isEqualTo(503);
        }
        client().get().uri("/api/v1/crisis-cases").header("Authorization", "Bearer " + first).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // another client on the same route, and the same client on another route, are not affected
        Map<?, ?> other = client().post().uri("/api/v1/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "someone-else", "roles", List.of("SYSTEM_ADMIN")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        client().get().uri("/api/v1/crisis-cases").header("Authorization", "Bearer " + other.get("token"))
                .exchange().expectStatus().isEqualTo(503);
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + first).exchange()
                .expectStatus().isOk();
    }

    @Test
    void shouldSetSecurityHeadersAndAnswerProblemsWithoutInternals() {
        client().get().uri("/api/v1/areas").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeadersFilter.API_CSP);
        String token = devToken();
        client().get().uri("/api/v1/no-such-api").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(b -> assertThat(b)
                        .doesNotContain("Exception", "trace", "at org.", "127.0.0.1"));
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeadersFilter.API_CSP)
                .expectHeader().valueEquals("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    @Test
    void shouldRefuseATokenMintedForAnotherAudience() throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        String claims = "{\"sub\":\"admin\",\"iss\":\"socialpsych-local\",\"aud\":\"another-app\",\"iat\":" + now
                + ",\"exp\":" + (now + 600) + ",\"roles\":[\"SYSTEM_ADMIN\"],\"areas\":[]}";
        String foreign = KeyMaterial.signRs256(KeyMaterial.readPrivateKey(KEYS.resolve(KeyMaterial.PRIVATE_KEY)), claims);
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + foreign).exchange()
                .expectStatus().isUnauthorized();
        String good = claims.replace("another-app", "socialpsych");
        String own = KeyMaterial.signRs256(KeyMaterial.readPrivateKey(KEYS.resolve(KeyMaterial.PRIVATE_KEY)), good);
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + own).exchange()
                .expectStatus().isOk();
    }

    @Test
    void shouldRefuseATokenWithoutExpiryOrFromAnotherIssuer() throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        var key = KeyMaterial.readPrivateKey(KEYS.resolve(KeyMaterial.PRIVATE_KEY));
        String noExp = "{\"sub\":\"admin\",\"iss\":\"socialpsych-local\",\"aud\":\"socialpsych\",\"iat\":" + now
                + ",\"roles\":[\"SYSTEM_ADMIN\"],\"areas\":[]}";
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + KeyMaterial.signRs256(key, noExp))
                .exchange().expectStatus().isUnauthorized();
        String otherIssuer = "{\"sub\":\"admin\",\"iss\":\"https://elsewhere.example\",\"aud\":\"socialpsych\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 600) + ",\"roles\":[\"SYSTEM_ADMIN\"],\"areas\":[]}";
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + KeyMaterial.signRs256(key, otherIssuer))
                .exchange().expectStatus().isUnauthorized();
        String noIssuer = otherIssuer.replace("\"iss\":\"https://elsewhere.example\",", "");
        client().get().uri("/api/v1/areas").header("Authorization", "Bearer " + KeyMaterial.signRs256(key, noIssuer))
                .exchange().expectStatus().isUnauthorized();
    }
}
