package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AreaApiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "grid-area-api");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    void create(String auth, Map<String, Object> body, int status) {
        client().post().uri("/api/v1/areas").header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isEqualTo(status);
    }

    long stored() {
        return mongo.count(new Query(), "areas").block();
    }

    @Test
    void shouldCreateAnAreaAndPublishAreaCreatedThroughTheOutbox() throws Exception {
        create(ADMIN, Map.of("code", "9901", "name", "测试市", "level", "CITY"), 201);
        client().post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "990101", "name", "测试县", "level", "COUNTY", "parentCode", "9901",
                        "population", 120000))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/v1/areas/990101")
                .expectBody().jsonPath("$.path[0]").isEqualTo("9901").jsonPath("$.path[1]").isEqualTo("990101");

        List<ConsumerRecord<String, String>> records = consume(Topics.GRID_AREAS, "a-990101", Duration.ofSeconds(60));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> rec = records.get(0);
        assertThat(header(rec, "ce_type")).isEqualTo("org.socialpsych.grid.AreaCreated.v1");
        assertThat(header(rec, "ce_source")).isEqualTo("grid-service");
        assertThat(header(rec, "ce_id")).isNotBlank();
        JsonNode payload = JsonMapper.builder().build().readTree(rec.value());
        assertThat(payload.get("code").asString()).isEqualTo("990101");
        assertThat(payload.get("aggregateVersion").asLong()).isEqualTo(1);
        assertThat(payload.get("parentCode").asString()).isEqualTo("9901");

        // the relay removed the published event from the document
        long deadline = System.currentTimeMillis() + 20_000;
        Document doc;
        do {
            doc = mongo.findById("a-990101", Document.class, "areas").block();
        } while (!doc.getList("outbox", Document.class).isEmpty() && System.currentTimeMillis() < deadline);
        assertThat(doc.getList("outbox", Document.class)).isEmpty();
    }

    @Test
    void shouldRejectBadInputWithProblemJsonAndStoreNothing() {
        long before = stored();
        client().post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\": \"x\", ").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/malformed-body");
        client().post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "77", "name", "n", "level", "PLANET")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("level");
        client().post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("population", -1)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/validation")
                .jsonPath("$.errors[?(@.field == 'code')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'level')]").exists()
                .jsonPath("$.errors[?(@.field == 'population')]").exists();
        client().post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "7701", "name", "x".repeat(400_000), "level", "CITY")).exchange()
                .expectStatus().isEqualTo(413);
        client().post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "7702", "name", "orphan", "level", "TOWN", "parentCode", "nope")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/unknown-parent");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldRefuseADuplicateCodeButReplayAnIdempotencyKey() {
        create(ADMIN, Map.of("code", "9801", "name", "A", "level", "CITY"), 201);
        create(ADMIN, Map.of("code", "9801", "name", "B", "level", "CITY"), 409);
        for (int expected : new int[] {201, 200}) {
            client().post().uri("/api/v1/areas").header("Authorization", ADMIN).header("Idempotency-Key", "k-9802")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("code", "9802", "name", "C", "level", "CITY")).exchange()
                    .expectStatus().isEqualTo(expected).expectBody().jsonPath("$.code").isEqualTo("9802");
        }
    }

    @Test
    void shouldHideAreasOutsideTheCallersScopeAndCheckRoles() {
        create(ADMIN, Map.of("code", "9701", "name", "City", "level", "CITY"), 201);
        create(ADMIN, Map.of("code", "970101", "name", "County A", "level", "COUNTY", "parentCode", "9701"), 201);
        create(ADMIN, Map.of("code", "970102", "name", "County B", "level", "COUNTY", "parentCode", "9701"), 201);
        String countyA = ServiceTestSupport.bearer("u-a", List.of("AREA_ADMIN"), List.of("970101"));
        client().get().uri("/api/v1/areas/970101").header("Authorization", countyA).exchange().expectStatus().isOk();
        client().get().uri("/api/v1/areas/970102").header("Authorization", countyA).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/areas?under=9701").header("Authorization", countyA).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo("970101");
        create(countyA, Map.of("code", "97010101", "name", "Town", "level", "TOWN", "parentCode", "970101"), 201);
        create(countyA, Map.of("code", "97010201", "name", "Town", "level", "TOWN", "parentCode", "970102"), 403);
        create(countyA, Map.of("code", "9702", "name", "Root", "level", "CITY"), 403);
        String worker = ServiceTestSupport.bearer("w", List.of("GRID_WORKER"), List.of("970101"));
        create(worker, Map.of("code", "97010102", "name", "Town", "level", "TOWN", "parentCode", "970101"), 403);
        create(ADMIN, Map.of("code", "9701019", "name", "Bad", "level", "CITY", "parentCode", "970101"), 422);
        client().get().uri("/api/v1/areas/970101").exchange().expectStatus().isUnauthorized();
    }

    static List<ConsumerRecord<String, String>> consume(String topic, String key, Duration timeout) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("group.id", "test-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (out.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        out.add(r);
                    }
                });
            }
            // keep polling briefly to catch an unwanted duplicate
            long settle = System.currentTimeMillis() + 1500;
            while (System.currentTimeMillis() < settle) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (key.equals(r.key())) {
                        out.add(r);
                    }
                });
            }
        }
        return out;
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
