package org.socialpsych.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.assessment.assessment.AssessmentApiIT.consume;
import static org.socialpsych.assessment.assessment.AssessmentApiIT.header;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.socialpsych.assessment.AssessmentServiceApplication;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.person.testing.TestPersons;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas of assessment-service on one database and one broker, as the production overlay runs
 * them: submissions spread over both are each published exactly once (every replica publishes what it
 * wrote; the full scan runs under a lease) and counted once in their campaign (one consumer group,
 * partition offsets stored with the counts).
 */
class TwoReplicasIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static ConfigurableApplicationContext replica(String database) {
        // command-line arguments: they win over the application's own configuration files
        List<String> args = new ArrayList<>();
        ServiceTestSupport.replicaProperties(database).forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--socialpsych.outbox.full-scan-interval=1s");
        return new SpringApplicationBuilder(AssessmentServiceApplication.class).run(args.toArray(String[]::new));
    }

    static WebTestClient client(ConfigurableApplicationContext ctx) {
        int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void shouldPublishAndCountEverySubmissionOnceAcrossTwoReplicas() throws Exception {
        String database = "assessment-replicas-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext a = replica(database); ConfigurableApplicationContext b = replica(database)) {
            AssessmentApiIT.loadAreas(a.getBean(ReactiveMongoTemplate.class));
            TestPersons.use(a.getBean(PersonIndex.class));
            String admin = ServiceTestSupport.bearer("aa-r", List.of("AREA_ADMIN", "COUNSELLOR"), List.of("6101"));
            Instant now = Instant.now();
            String campaign = JSON.readTree(client(a).post().uri("/api/v1/campaigns").header("Authorization", admin)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Two replicas", "areaCode",
                            "6101", "population", Map.of("type", "SCHOOL_CLASSES", "unit", "school-2", "groups",
                                    List.of("2-1")), "battery", List.of("PHQ9"),
                            "opensAt", now.minusSeconds(3600).toString(),
                            "closesAt", now.plusSeconds(86_400).toString(), "targetSize", 40))
                    .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody())
                    .get("id").asString();
            client(b).post().uri("/api/v1/campaigns/" + campaign + "/open").header("Authorization", admin).exchange()
                    .expectStatus().isOk();

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Map<String, Object> body = new HashMap<>(Map.of("instrument", "PHQ9", "answers",
                        List.of(1, 1, 1, 1, 1, 1, 1, 1, i % 2), "subjectId", TestPersons.P("replica-pupil-" + i),
                        "areaCode", "610101", "campaignId", campaign,
                        "consent", Map.of("healthData", true, "ageYears", 15)));
                byte[] created = client(i % 2 == 0 ? a : b).post().uri("/api/v1/assessments")
                        .header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                        .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
                ids.add(JSON.readTree(created).get("id").asString());
            }

            List<ConsumerRecord<String, String>> completed = consume(Topics.ASSESSMENT_ASSESSMENTS,
                    r -> AssessmentEvents.ASSESSMENT_COMPLETED.equals(header(r, "ce_type"))
                            && ids.stream().anyMatch(id -> r.value().contains(id)), 40, Duration.ofSeconds(20));
            assertThat(completed).as("each submission published once").hasSize(20);
            List<ConsumerRecord<String, String>> flagged = consume(Topics.ASSESSMENT_ASSESSMENTS,
                    r -> AssessmentEvents.RISK_FLAGGED.equals(header(r, "ce_type"))
                            && ids.stream().anyMatch(id -> r.value().contains(id)), 20, Duration.ofSeconds(5));
            assertThat(flagged).as("each critical submission flagged once").hasSize(10);

            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode c = JSON.readTree(client(a).get().uri("/api/v1/campaigns/" + campaign)
                        .header("Authorization", admin).exchange().expectBody().returnResult().getResponseBody());
                assertThat(c.get("progress").get("completed").asLong()).isEqualTo(20);
                assertThat(c.get("progress").get("critical").asLong()).isEqualTo(10);
            });
        }
    }
}
