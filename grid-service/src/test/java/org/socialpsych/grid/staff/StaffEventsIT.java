package org.socialpsych.grid.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridItSupport;
import org.socialpsych.localstack.testing.TestInfra;

import tools.jackson.databind.JsonNode;

class StaffEventsIT extends GridItSupport {

    /** Every record on the staff topic whose payload mentions {@code marker}, until {@code count} arrived. */
    static List<ConsumerRecord<String, String>> staffRecords(String marker, int count) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("group.id", "test-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(Topics.GRID_STAFF_ASSIGNMENTS));
            long deadline = System.currentTimeMillis() + 60_000;
            while (out.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (r.value().contains(marker)) {
                        out.add(r);
                    }
                });
            }
        }
        return out;
    }

    @Test
    void shouldPublishAssignmentStartedEndedAndBulkReassignmentWithPseudonymousIdsOnly() {
        List<String> grids = tree("st1", 2);
        String a1 = post(ADMIN, "/api/v1/grid-staff", Map.of("personId", "u-st1-old", "role", "WORKER", "gridCode",
                grids.get(0)), 201).get("id").asString();
        post(ADMIN, "/api/v1/grid-staff", Map.of("personId", "u-st1-old", "role", "LEADER", "gridCode", grids.get(1)),
                201);
        String v = post(ADMIN, "/api/v1/grid-staff", Map.of("personId", "u-st1-vol", "role", "VOLUNTEER", "gridCode",
                grids.get(0)), 201).get("id").asString();
        post(ADMIN, "/api/v1/grid-staff/" + v + "/end", Map.of("validTo", today().toString()), 200);
        JsonNode moved = post(ADMIN, "/api/v1/grid-staff/reassign", Map.of("fromPersonId", "u-st1-old", "toPersonId",
                "u-st1-new"), 200);
        assertThat(moved.get("created")).hasSize(2);

        // the new person now serves both grids (access follows the open assignments)
        assertThat(items(get(token("u-st1-new", "GRID_WORKER", "st1v"), "/api/v1/visits/due", 200))).isEmpty();
        assertThat(items(get(ADMIN, "/api/v1/grid-staff?person=u-st1-new", 200))).hasSize(2);

        List<ConsumerRecord<String, String>> recs = staffRecords("u-st1-", 9);
        List<String> types = recs.stream().map(r -> header(r, "ce_type")).toList();
        assertThat(types).filteredOn(t -> t.endsWith("StaffAssignmentStarted.v1")).hasSize(5);
        assertThat(types).filteredOn(t -> t.endsWith("StaffAssignmentEnded.v1")).hasSize(3);
        assertThat(types).filteredOn(t -> t.endsWith("StaffReassigned.v1")).hasSize(1);

        List<JsonNode> forA1 = recs.stream().filter(r -> r.key().equals(a1)).map(r -> JSON.readTree(r.value())).toList();
        assertThat(forA1).hasSize(2);
        assertThat(forA1.get(0).get("aggregateVersion").asLong()).isEqualTo(1);
        assertThat(forA1.get(1).get("reason").asString()).isEqualTo("REASSIGNED");
        assertThat(forA1.get(1).get("aggregateVersion").asLong()).isEqualTo(2);
        String reassignment = forA1.get(1).get("reassignmentId").asString();

        JsonNode ended = recs.stream().filter(r -> r.key().equals(v)).map(r -> JSON.readTree(r.value()))
                .filter(n -> n.has("reason")).findFirst().orElseThrow();
        assertThat(ended.get("reason").asString()).isEqualTo("ENDED");
        assertThat(ended.get("role").asString()).isEqualTo("VOLUNTEER");

        ConsumerRecord<String, String> summary = recs.stream().filter(r -> r.key().equals(reassignment)).findFirst()
                .orElseThrow();
        JsonNode s = JSON.readTree(summary.value());
        assertThat(s.get("fromPersonId").asString()).isEqualTo("u-st1-old");
        assertThat(s.get("toPersonId").asString()).isEqualTo("u-st1-new");
        assertThat(s.get("gridCodes")).hasSize(2);
        assertThat(s.get("startedAssignmentIds").get(0).asString()).contains("-to-u-st1-new");
        // nothing but ids, roles, areas and dates: the platform's staff records hold no names
        for (ConsumerRecord<String, String> r : recs) {
            assertThat(r.value()).doesNotContain("\"name\"").doesNotContain("phone");
        }
    }
}
