package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

class ResidentReattributionIT extends GridItSupport {

    @Test
    void shouldMoveResidentsOfAMergedGridToTheSurvivingGridFromTheMergeDay() throws Exception {
        List<String> grids = tree("ra1", 2);
        String g1 = grids.get(0);
        String g2 = grids.get(1);
        assign("gw-ra1-a", "WORKER", g1);
        assign("gw-ra1-b", "WORKER", g2);
        String rid = resident(ADMIN, g1, idNumber(), "褚一", null);
        String before = post(ADMIN, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minus(Duration.ofDays(2)).toString()), 201).get("id").asString();
        String workerOfG2 = token("gw-ra1-b", "GRID_WORKER", "ra1v");
        get(workerOfG2, "/api/v1/residents/" + rid, 404);

        String today = today().toString();
        post(ADMIN, "/api/v1/areas/" + g1 + "/merge", Map.of("intoCode", g2, "effectiveFrom", today), 200);

        JsonNode moved = get(ADMIN, "/api/v1/residents/" + rid, 200);
        assertThat(moved.get("gridCode").asString()).isEqualTo(g2);
        assertThat(moved.get("gridPath").toString()).contains(g2).doesNotContain(g1);
        // the worker of the surviving grid now serves the resident; a new visit counts there
        assertThat(get(workerOfG2, "/api/v1/residents/" + rid, 200).get("id").asString()).isEqualTo(rid);
        JsonNode after = post(workerOfG2, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minus(Duration.ofMinutes(5)).toString()), 201);
        assertThat(after.get("gridCode").asString()).isEqualTo(g2);
        // history before the merge stays with the old grid
        JsonNode old = items(get(ADMIN, "/api/v1/visits?grid=" + g1, 200));
        assertThat(old).hasSize(1);
        assertThat(old.get(0).get("id").asString()).isEqualTo(before);
        assertThat(items(get(ADMIN, "/api/v1/visits?grid=" + g2, 200))).hasSize(1);
        // the visit schedule follows the resident
        await(Duration.ofSeconds(20), () -> mongo.findById("vs-" + rid, org.bson.Document.class, "visit_schedules")
                .map(d -> g2.equals(d.getString("gridCode"))).blockOptional().orElse(false));

        List<ConsumerRecord<String, String>> recs = consume(Topics.GRID_RESIDENTS, rid, 2, Duration.ofSeconds(60));
        assertThat(recs.stream().map(r -> header(r, "ce_type")).toList())
                .containsExactly("org.socialpsych.grid.ResidentRegistered.v1",
                        "org.socialpsych.grid.ResidentReattributed.v1");
        JsonNode e = JSON.readTree(recs.get(1).value());
        assertThat(e.get("fromGridCode").asString()).isEqualTo(g1);
        assertThat(e.get("gridCode").asString()).isEqualTo(g2);
        assertThat(e.get("effectiveFrom").asString()).isEqualTo(today);
        assertThat(recs.get(1).value()).doesNotContain("褚一");
    }

    @Test
    void shouldKeepResidentsInTheGridUntilAFutureMergeDay() throws Exception {
        List<String> grids = tree("ra2", 2);
        String rid = resident(ADMIN, grids.get(0), idNumber(), "卫二", null);
        String tomorrow = today().plusDays(1).toString();
        post(ADMIN, "/api/v1/areas/" + grids.get(0) + "/merge", Map.of("intoCode", grids.get(1), "effectiveFrom",
                tomorrow), 200);
        // several ticks of the periodic jobs
        jobs.runAll().block();
        jobs.runAll().block();
        assertThat(get(ADMIN, "/api/v1/residents/" + rid, 200).get("gridCode").asString()).isEqualTo(grids.get(0));
    }
}
