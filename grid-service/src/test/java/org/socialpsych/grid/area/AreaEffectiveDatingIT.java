package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

class AreaEffectiveDatingIT extends GridItSupport {

    static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("items").forEach(n -> out.add(n.get("code").asString()));
        return out;
    }

    @Test
    void shouldKeepHistoricalAttributionWhenGridsMerge() {
        List<String> grids = tree("m1", 2);
        String g1 = grids.get(0);
        String g2 = grids.get(1);
        String rid = resident(ADMIN, g1, idNumber(), "冯一", null);
        String visit = post(ADMIN, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minus(Duration.ofDays(1)).toString()), 201).get("id").asString();
        String today = today().toString();

        post(ADMIN, "/api/v1/areas/m1v/merge", Map.of("intoCode", g1), 422); // a village into a grid
        post(ADMIN, "/api/v1/areas/m1t/merge", Map.of("intoCode", "m1c"), 422);
        JsonNode merged = post(ADMIN, "/api/v1/areas/" + g1 + "/merge", Map.of("intoCode", g2, "effectiveFrom", today),
                200);
        assertThat(merged.get("validTo").asString()).isEqualTo(today);
        assertThat(merged.get("successorCodes").get(0).asString()).isEqualTo(g2);
        assertThat(get(ADMIN, "/api/v1/areas/" + g2, 200).get("predecessorCodes").get(0).asString()).isEqualTo(g1);

        // the tree as it was, and as it is
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=m1v&asOf=2021-06-01", 200))).contains("m1v", g1, g2);
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=m1v&asOf=" + today, 200))).contains("m1v", g2)
                .doesNotContain(g1);
        assertThat(get(ADMIN, "/api/v1/areas/" + g1 + "?asOf=2021-06-01", 200).get("name").asString())
                .isEqualTo("Grid 1");
        get(ADMIN, "/api/v1/areas/" + g1 + "?asOf=" + today, 404);
        // nothing new can be placed in the ended grid
        post(ADMIN, "/api/v1/residents", Map.of("idNumber", idNumber(), "name", "x", "gridCode", g1), 422);

        // past figures stay attributed to the grid as it was
        JsonNode visits = items(get(ADMIN, "/api/v1/visits?grid=" + g1, 200));
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("id").asString()).isEqualTo(visit);
        assertThat(visits.get(0).get("gridCode").asString()).isEqualTo(g1);
        assertThat(items(get(ADMIN, "/api/v1/visits?grid=" + g2, 200))).isEmpty();

        List<ConsumerRecord<String, String>> recs = consume(Topics.GRID_AREAS, "a-" + g1, 2, Duration.ofSeconds(60));
        assertThat(recs.stream().map(r -> header(r, "ce_type")).toList())
                .containsExactly("org.socialpsych.grid.AreaCreated.v1", "org.socialpsych.grid.AreaMerged.v1");
        JsonNode payload = JSON.readTree(recs.get(1).value());
        assertThat(payload.get("intoCode").asString()).isEqualTo(g2);
        assertThat(payload.get("validTo").asString()).isEqualTo(today);
    }

    @Test
    void shouldKeepTheHistoryOfRenamesAndMovesIncludingTheSubtree() {
        List<String> grids = tree("m2", 1);
        post(ADMIN, "/api/v1/areas", Map.of("code", "m2t2", "name", "Town Two", "level", "TOWN", "parentCode", "m2c",
                "validFrom", "2020-01-01"), 201);
        JsonNode renamed = post(ADMIN, "/api/v1/areas/m2t/rename", Map.of("name", "New Town", "effectiveFrom",
                "2024-01-01"), 200);
        assertThat(renamed.get("name").asString()).isEqualTo("New Town");
        assertThat(get(ADMIN, "/api/v1/areas/m2t?asOf=2023-12-31", 200).get("name").asString()).isEqualTo("Town");
        assertThat(get(ADMIN, "/api/v1/areas/m2t?asOf=2024-01-01", 200).get("name").asString()).isEqualTo("New Town");

        post(ADMIN, "/api/v1/areas/m2v/reparent", Map.of("parentCode", grids.get(0)), 422);
        post(ADMIN, "/api/v1/areas/m2v/reparent", Map.of("parentCode", "m2t2", "effectiveFrom", "2025-01-01"), 200);
        JsonNode grid = get(ADMIN, "/api/v1/areas/" + grids.get(0), 200);
        assertThat(grid.get("path").toString()).contains("m2t2").doesNotContain("\"m2t\"");
        JsonNode before = get(ADMIN, "/api/v1/areas/" + grids.get(0) + "?asOf=2024-06-01", 200);
        assertThat(before.get("path").toString()).contains("\"m2t\"");
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=m2t&asOf=2024-06-01", 200))).contains("m2v", grids.get(0));
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=m2t&asOf=2025-06-01", 200))).doesNotContain("m2v");
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=m2t2", 200))).contains("m2v", grids.get(0));
        // a scope over the new town now covers the grid
        get(token("aa", "AREA_ADMIN", "m2t2"), "/api/v1/areas/" + grids.get(0), 200);
    }
}
