package org.socialpsych.grid.gridevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

class GridEventSupervisionIT extends GridItSupport {

    @Test
    void shouldEscalateAnEventPastItsDeadlineToTheParentArea() throws Exception {
        List<String> grids = tree("e1", 1);
        assign("gw-e1", "WORKER", grids.get(0));
        String worker = token("gw-e1", "GRID_WORKER", "e1v");
        String supervisor = token("sup-e1", "AREA_ADMIN", "e1t");
        String id = post(worker, "/api/v1/grid-events", Map.of("category", "FAST_TEST", "gridCode", grids.get(0),
                "title", "Dispute over a wall"), 201).get("id").asString();
        post(supervisor, "/api/v1/grid-events/" + id + "/open", Map.of(), 200);
        JsonNode bad = post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "sup-e1"), 422);
        assertThat(bad.get("type").asString()).endsWith("/supervision-separation");
        post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-e1"), 200);

        await(Duration.ofSeconds(20), () -> get(supervisor, "/api/v1/grid-events/" + id, 200).get("inSupervision")
                .asBoolean());
        JsonNode e = get(supervisor, "/api/v1/grid-events/" + id, 200);
        assertThat(e.get("escalatedTo").asString()).isEqualTo("e1v");
        assertThat(e.get("escalationLevel").asInt()).isEqualTo(1);
        JsonNode supervised = get(token("sup-e1v", "AREA_ADMIN", "e1v"), "/api/v1/grid-events?supervisedBy=e1v", 200);
        assertThat(supervised.get("items")).hasSize(1);

        List<ConsumerRecord<String, String>> recs = consume(Topics.GRID_EVENTS, id, 3, Duration.ofSeconds(60));
        List<String> types = recs.stream().map(r -> header(r, "ce_type")).toList();
        assertThat(types).containsExactly("org.socialpsych.grid.GridEventOpened.v1",
                "org.socialpsych.grid.GridEventDispatched.v1", "org.socialpsych.grid.GridEventEscalated.v1");
        JsonNode escalated = JSON.readTree(recs.get(2).value());
        assertThat(escalated.get("escalatedToAreaCode").asString()).isEqualTo("e1v");
        assertThat(escalated.get("level").asInt()).isEqualTo(1);

        // the handler still finishes; the close records that it was late and escalated
        post(worker, "/api/v1/grid-events/" + id + "/handle", Map.of(), 200);
        post(worker, "/api/v1/grid-events/" + id + "/feedback", Map.of("note", "mediated"), 200);
        post(supervisor, "/api/v1/grid-events/" + id + "/verify", Map.of(), 200);
        JsonNode closed = post(supervisor, "/api/v1/grid-events/" + id + "/close", Map.of(), 200);
        assertThat(closed.get("onTime").asBoolean()).isFalse();
        assertThat(closed.get("inSupervision").asBoolean()).isFalse();
    }

    @Test
    void shouldRunTheLoopWithTheHandlerSeparateFromTheSupervisor() {
        List<String> grids = tree("e2", 1);
        assign("gw-e2", "WORKER", grids.get(0));
        String worker = token("gw-e2", "GRID_WORKER", "e2v");
        String other = token("gw-e2b", "GRID_WORKER", "e2v");
        String supervisor = token("sup-e2", "AREA_ADMIN", "e2t");
        String id = post(worker, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode",
                grids.get(0), "title", "Noise"), 201).get("id").asString();
        post(worker, "/api/v1/grid-events/" + id + "/open", Map.of(), 403);
        post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-e2"), 409);
        post(supervisor, "/api/v1/grid-events/" + id + "/open", Map.of(), 200);
        JsonNode d = post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-e2"), 200);
        assertThat(d.get("deadlineAt").isNull()).isFalse();
        post(other, "/api/v1/grid-events/" + id + "/handle", Map.of(), 404);
        post(worker, "/api/v1/grid-events/" + id + "/handle", Map.of(), 200);
        post(worker, "/api/v1/grid-events/" + id + "/feedback", Map.of(), 200);
        post(supervisor, "/api/v1/grid-events/" + id + "/close", Map.of(), 409);
        post(supervisor, "/api/v1/grid-events/" + id + "/verify", Map.of(), 200);
        JsonNode closed = post(supervisor, "/api/v1/grid-events/" + id + "/close", Map.of(), 200);
        assertThat(closed.get("onTime").asBoolean()).isTrue();
        post(supervisor, "/api/v1/grid-events/" + id + "/evaluate", Map.of("score", 9), 422);
        JsonNode done = post(supervisor, "/api/v1/grid-events/" + id + "/evaluate", Map.of("score", 4), 200);
        assertThat(done.get("status").asString()).isEqualTo("EVALUATED");
        assertThat(done.get("history")).hasSize(8);
        assertThat(done.get("inSupervision").asBoolean()).isFalse();
    }

    @Test
    void shouldNotifyNeighbouringGridsOfASafetyHazard() {
        List<String> grids = tree("e3", 2);
        put(ADMIN, "/api/v1/areas/" + grids.get(0) + "/neighbours", Map.of("codes", List.of(grids.get(1))), 200);
        assertThat(get(ADMIN, "/api/v1/areas/" + grids.get(1), 200).get("neighbours").get(0).asString())
                .isEqualTo(grids.get(0));
        assign("gw-e3a", "WORKER", grids.get(0));
        assign("gw-e3b", "WORKER", grids.get(1));
        String reporter = token("gw-e3a", "GRID_WORKER", "e3v");
        String neighbour = token("gw-e3b", "GRID_WORKER", "e3v");
        String id = post(reporter, "/api/v1/grid-events", Map.of("category", "SAFETY_HAZARD", "gridCode",
                grids.get(0), "title", "Gas smell"), 201).get("id").asString();
        assertThat(get(neighbour, "/api/v1/grid-events", 200).get("items")).isEmpty();
        JsonNode opened = post(token("sup-e3", "AREA_ADMIN", "e3t"), "/api/v1/grid-events/" + id + "/open", Map.of(),
                200);
        assertThat(opened.get("notifiedGrids").get(0).asString()).isEqualTo(grids.get(1));
        JsonNode seen = get(neighbour, "/api/v1/grid-events", 200).get("items");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("id").asString()).isEqualTo(id);
    }
}
