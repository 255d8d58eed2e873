package org.socialpsych.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.localstack.KeyMaterial;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Outside the local profile the dev token path does not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayWithoutLocalProfileIT {

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        Path keys = Files.createTempDirectory("gw-prod-keys");
        KeyMaterial.ensure(keys);
        r.add("eureka.client.enabled", () -> "false");
        r.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + keys.resolve(KeyMaterial.PUBLIC_KEY));
    }

    @LocalServerPort
    int port;

    @Test
    void shouldNotServeDevTokens() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/api/v1/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "x", "roles", List.of("SYSTEM_ADMIN")))
                .exchange().expectStatus().isNotFound();
    }
}
