package org.socialpsych.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridServiceApplication;
import org.socialpsych.localstack.testing.TestInfra;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One vertical slice through real parts: an area created in grid-service (running in this JVM
 * with its own port and database) is stored, its AreaCreated event goes through the outbox to the
 * real KRaft broker, reporting-service consumes it idempotently and its API shows it. Then the
 * same record delivered again, an older version, and a malformed record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WalkingSkeletonIT {

    static ConfigurableApplicationContext grid;
    static int gridPort;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "reporting-skeleton");
    }

    @BeforeAll
    static void startGridService() throws Exception {
        TestInfra infra = TestInfra.get();
        gridPort = TestInfra.freePort();
        Map<String, String> props = Map.of(
                "spring.config.name", "grid-skeleton",
                "spring.config.import", "classpath:chassis-defaults.yml",
                "spring.application.name", "grid-service",
                "server.port", String.valueOf(gridPort),
                "spring.kafka.bootstrap-servers", infra.kafkaBootstrap(),
                "spring.mongodb.uri", infra.mongoUri("grid-skeleton-" + System.nanoTime() % 100000),
                "socialpsych.security.jwt.public-key-location", infra.publicKeyLocation(),
                "socialpsych.outbox.collections", "areas",
                "socialpsych.outbox.poll-interval", "200ms",
                "eureka.client.enabled", "false");
        // command-line arguments outrank the imported chassis defaults
        grid = new SpringApplicationBuilder(GridServiceApplication.class)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stopGridService() {
        if (grid != null) {
            grid.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());

    @Test
    void shouldShowInReportingAnAreaCreatedInGridService() {
        WebTestClient gridClient = WebTestClient.bindToServer().baseUrl("http://localhost:" + gridPort).build();
        gridClient.post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "5501", "name", "温州市", "level", "CITY")).exchange()
                .expectStatus().isCreated();
        gridClient.post().uri("/api/v1/areas").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "550127", "name", "苍南县", "level", "COUNTY", "parentCode", "5501",
                        "population", 840000))
                .exchange().expectStatus().isCreated();

        WebTestClient reporting = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        awaitVisible(reporting, "/api/v1/report-areas/5501", "550127");
        reporting.get().uri("/api/v1/report-areas/550127").header("Authorization", ADMIN).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.area.name").isEqualTo("苍南县")
                .jsonPath("$.area.population").isEqualTo(840000)
                .jsonPath("$.area.path[0]").isEqualTo("5501");
        String outside = ServiceTestSupport.bearer("t", List.of("ANALYST"), List.of("9999"));
        reporting.get().uri("/api/v1/report-areas/550127").header("Authorization", outside).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void shouldIgnoreARedeliveredOrOlderEvent() throws Exception {
        String sample;
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("events/samples/org.socialpsych.grid.AreaCreated.v1/county.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        send("a-330327", "evt-1", sample);
        WebTestClient reporting = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        awaitVisible(reporting, "/api/v1/report-areas/330327", "苍南县");
        Document before = mongo.findById("330327", Document.class, AreaDirectory.COLLECTION).block();

        send("a-330327", "evt-1", sample); // the same delivery again
        send("a-330327", "evt-0", sample.replace("\"aggregateVersion\": 1", "\"aggregateVersion\": 0")
                .replace("苍南县", "Stale name")); // an older version arriving late
        send("a-marker", "evt-marker", sample.replace("330327", "330399").replace("a-330399", "a-330399"));
        awaitVisible(reporting, "/api/v1/report-areas/330399", "330399");

        Document after = mongo.findById("330327", Document.class, AreaDirectory.COLLECTION).block();
        assertThat(after).isEqualTo(before);
        assertThat(after.getString("name")).isEqualTo("苍南县");
    }

    @Test
    void shouldDeadLetterAMalformedRecordWithoutBlockingTheTopic() {
        send("a-bad", "evt-bad", "{not json");
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("group.id", "dlt-check-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        String dlt = Topics.deadLetter(Topics.GRID_AREAS, "reporting-service.areas");
        boolean found = false;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(dlt));
            long deadline = System.currentTimeMillis() + 60_000;
            while (!found && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    found |= "a-bad".equals(r.key());
                }
            }
        }
        assertThat(found).as("record on " + dlt).isTrue();
    }

    static void send(String key, String id, String payload) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, String> r = new ProducerRecord<>(Topics.GRID_AREAS, key, payload);
            r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_type", GridEvents.AREA_CREATED.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_source", "test".getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            producer.send(r).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitVisible(WebTestClient client, String uri, String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> client.get().uri(uri).header("Authorization", ADMIN).exchange().expectBody(String.class)
                        .returnResult().getResponseBody(), body -> body != null && body.contains(expected));
    }
}
