package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

/** Issue 18: children do not pre-date parents, neighbours stay in scope, ended areas leave current lists. */
class AreaRulesIT extends GridItSupport {

    private static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("items").forEach(a -> out.add(a.get("code").asString()));
        return out;
    }

    private void area(String code, String level, String parent, String from, int status) {
        post(ADMIN, "/api/v1/areas", Map.of("code", code, "name", code, "level", level, "parentCode", parent,
                "validFrom", from), status);
    }

    @Test
    void shouldRefuseChildrenAndMovesThatPredateTheirParent() {
        tree("ap", 1);
        JsonNode early = post(ADMIN, "/api/v1/areas", Map.of("code", "apv0", "name", "Early", "level", "VILLAGE",
                "parentCode", "apt", "validFrom", "2019-06-01"), 422);
        assertThat(early.get("type").asString()).endsWith("/predates-parent");
        area("apt2", "TOWN", "apc", "2024-01-01", 201);
        JsonNode move = post(ADMIN, "/api/v1/areas/apv/reparent", Map.of("parentCode", "apt2", "effectiveFrom",
                "2023-06-01"), 422);
        assertThat(move.get("type").asString()).endsWith("/predates-parent");
        assertThat(get(ADMIN, "/api/v1/areas/apv", 200).get("parentCode").asString()).isEqualTo("apt");
    }

    @Test
    void shouldKeepNeighbourLinksInTheCallersScope() {
        String g1 = tree("an", 1).get(0);
        area("ant2", "TOWN", "anc", "2020-01-01", 201);
        area("anv2", "VILLAGE", "ant2", "2020-01-01", 201);
        area("an2-g1", "GRID", "anv2", "2020-01-01", 201);
        String elsewhere = tree("ao", 1).get(0);
        String town = token("aa-ant", "AREA_ADMIN", "ant");
        String county = token("aa-anc", "AREA_ADMIN", "anc");

        put(town, "/api/v1/areas/" + g1 + "/neighbours", Map.of("codes", List.of("an2-g1")), 422);
        assertThat(get(ADMIN, "/api/v1/areas/an2-g1", 200).get("neighbours")).isEmpty();
        put(county, "/api/v1/areas/" + g1 + "/neighbours", Map.of("codes", List.of(elsewhere)), 422);
        JsonNode linked = put(county, "/api/v1/areas/" + g1 + "/neighbours", Map.of("codes", List.of("an2-g1")), 200);
        assertThat(linked.get("neighbours").toString()).contains("an2-g1");
    }

    @Test
    void shouldLeaveEndedAreasOutOfCurrentLists() {
        List<String> grids = tree("ae", 2);
        post(ADMIN, "/api/v1/areas/" + grids.get(1) + "/merge", Map.of("intoCode", grids.get(0), "effectiveFrom",
                today().toString()), 200);
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=aev", 200))).containsExactly("ae-g1", "aev");
        assertThat(codes(get(ADMIN, "/api/v1/areas?parent=aev", 200))).containsExactly("ae-g1");
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=aev&asOf=" + today().minusDays(1), 200)))
                .contains("ae-g1", "ae-g2");
    }
}
