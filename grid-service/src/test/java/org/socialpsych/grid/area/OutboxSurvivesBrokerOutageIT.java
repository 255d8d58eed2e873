package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.localstack.KafkaKraftBroker;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The broker is down when the area is written: the write is accepted and kept in the document's
 * outbox; once a broker answers on that address the event is published, exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxSurvivesBrokerOutageIT {

    static final int KAFKA_PORT;
    static final int CONTROLLER_PORT;
    static KafkaKraftBroker broker;

    static {
        try {
            KAFKA_PORT = TestInfra.freePort();
            CONTROLLER_PORT = TestInfra.freePort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "grid-outage");
        r.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
        r.add("spring.kafka.producer.properties.max.block.ms", () -> "2000");
        r.add("socialpsych.outbox.max-backoff", () -> "2s");
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    /** The relay's failed publish attempts ({@code outbox.publish.failures}). */
    private double failures() {
        var c = meters.find("outbox.publish.failures").counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void shouldPublishAnEventWrittenWhileTheBrokerWasDownOnceItIsBack() throws Exception {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/api/v1/areas")
                .header("Authorization", ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "9601", "name", "Offline City", "level", "CITY"))
                .exchange().expectStatus().isCreated();

        // the relay has tried to publish and failed (Kafka is down): the event is still pending
        double failuresBefore = failures();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> failures() > failuresBefore);
        Document doc = mongo.findById("a-9601", Document.class, "areas").block();
        assertThat(doc.getList("outbox", Document.class)).as("still pending while Kafka is down").hasSize(1);

        broker = new KafkaKraftBroker(Files.createTempDirectory("outage-kafka"), KAFKA_PORT, CONTROLLER_PORT);
        broker.start();

        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:" + KAFKA_PORT);
        p.put("group.id", "outage-check");
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(Topics.GRID_AREAS));
            long deadline = System.currentTimeMillis() + 90_000;
            long settleUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if ("a-9601".equals(r.key())) {
                        seen++;
                        settleUntil = System.currentTimeMillis() + 3000;
                    }
                }
            }
        }
        assertThat(seen).isEqualTo(1);
        Document after = mongo.findById("a-9601", Document.class, "areas").block();
        assertThat(after.getList("outbox", Document.class)).isEmpty();
    }
}
