package org.socialpsych.grid.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18 §6: a town head could not list the staff roster, and grid workers could not see their own
 * grid's figures. Now: the roster of a town or village (assignments open today, cursor pages, the
 * scope in the query) and a grid's KPIs for its workers and supervisors.
 */
class WorkListsIT extends GridItSupport {

    private static List<String> people(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(a -> out.add(a.get("personId").asString()));
        return out;
    }

    @Test
    void shouldListTheTownsStaffRosterInPagesWithinScope() {
        List<String> grids = tree("wl", 2);
        String other = tree("wx", 1).get(0);
        assign("gw-wl1", "WORKER", grids.get(0));
        assign("gw-wl2", "LEADER", grids.get(1));
        assign("gw-wx", "WORKER", other);
        String ended = assign(client(), "gw-wl-old", "WORKER", grids.get(1));
        post(ADMIN, "/api/v1/grid-staff/" + ended + "/end", Map.of("validTo", today().toString()), 200);
        String town = token("aa-wl", "AREA_ADMIN", "wlt");

        JsonNode first = get(town, "/api/v1/grid-staff/roster?under=wlt&limit=1", 200);
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("next").isString()).isTrue();
        JsonNode second = get(town, "/api/v1/grid-staff/roster?under=wlt&limit=1&cursor=" + first.get("next")
                .asString(), 200);
        assertThat(second.path("next").isString()).isFalse();
        List<String> all = new ArrayList<>(people(first));
        all.addAll(people(second));
        assertThat(all).containsExactlyInAnyOrder("gw-wl1", "gw-wl2");
        assertThat(people(get(town, "/api/v1/grid-staff/roster?under=wlv&role=LEADER", 200)))
                .containsExactly("gw-wl2");

        get(town, "/api/v1/grid-staff/roster?under=wxt", 404);
        get(town, "/api/v1/grid-staff/roster?under=wlt&grid=x", 400);
        get(town, "/api/v1/grid-staff/roster?under=wlt&limit=0", 400);
        get(token("gw-wl1", "GRID_WORKER", "wlv"), "/api/v1/grid-staff/roster?under=wlv", 403);
    }

    @Test
    void shouldShowAGridWorkerTheirOwnGridsFigures() {
        List<String> grids = tree("wk", 2);
        assign("gw-wk1", "WORKER", grids.get(0));
        assign("gw-wk2", "WORKER", grids.get(1));
        String worker = token("gw-wk1", "GRID_WORKER", "wkv");
        String rid = resident(worker, grids.get(0), idNumber(), "许一", null);
        resident(worker, grids.get(0), idNumber(), "许二", null);
        // owed visits (a tag's interval): the visit fulfils the first due item
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", Instant.now().toString(),
                "durationMinutes", 20, "latitude", 27.5, "longitude", 120.4), 201);
        String event = post(worker, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode",
                grids.get(0), "title", "邻里纠纷"), 201).get("id").asString();
        post(ADMIN, "/api/v1/grid-events/" + event + "/open", Map.of(), 200);

        JsonNode k = get(worker, "/api/v1/grids/" + grids.get(0) + "/kpis", 200);
        assertThat(k.get("residents").asLong()).isEqualTo(2);
        assertThat(k.get("staff").asLong()).isEqualTo(1);
        assertThat(k.get("visitsLast30Days").asLong()).isEqualTo(1);
        assertThat(k.get("countedVisitsLast30Days").asLong()).isEqualTo(1);
        assertThat(k.get("openCases").asLong()).isEqualTo(1);
        assertThat(k.get("overdueCases").asLong()).isZero();
        assertThat(k.toString()).doesNotContain(rid).doesNotContain("许");

        get(worker, "/api/v1/grids/" + grids.get(1) + "/kpis", 404); // not a grid the worker serves
        get(token("aa-wk", "AREA_ADMIN", "wkt"), "/api/v1/grids/" + grids.get(1) + "/kpis", 200);
        get(token("aa-other", "AREA_ADMIN", "wlt"), "/api/v1/grids/" + grids.get(1) + "/kpis", 404);
        get(token("an", "ANALYST", "wkt"), "/api/v1/grids/" + grids.get(0) + "/kpis", 403);
        get(worker, "/api/v1/grids/" + grids.get(0) + "/kpis?x=1", 400);
        get(worker, "/api/v1/grids/wkv/kpis", 404); // a village is not a grid
    }
}
