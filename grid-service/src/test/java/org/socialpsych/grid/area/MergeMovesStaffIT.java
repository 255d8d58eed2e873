package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18: a grid merge moves the staff with the residents, so no live resident is left without a
 * worker (the worker's assignment used to stay open on the dead grid: they lost sight of their
 * high-risk resident, and nobody served the resident in the surviving grid).
 */
class MergeMovesStaffIT extends GridItSupport {

    @Test
    void shouldMoveTheMergedGridsStaffToTheSurvivingGrid() {
        List<String> grids = tree("ms", 2);
        String survivor = grids.get(0);
        String merged = grids.get(1);
        assign("gw-ms2", "WORKER", merged);
        assign("gl-ms2", "LEADER", merged);
        assign("gl-ms1", "LEADER", survivor);
        String worker = token("gw-ms2", "GRID_WORKER", "msv");
        String rid = resident(worker, merged, idNumber(), "孙高危", null);
        put(ADMIN, "/api/v1/residents/" + rid + "/risk", Map.of("riskLevel", "HIGH"), 200);

        post(ADMIN, "/api/v1/areas/" + merged + "/merge", Map.of("intoCode", survivor, "effectiveFrom",
                today().toString()), 200);

        assertThat(get(ADMIN, "/api/v1/residents/" + rid, 200).get("gridCode").asString()).isEqualTo(survivor);
        JsonNode staff = items(get(ADMIN, "/api/v1/grid-staff?person=gw-ms2", 200));
        assertThat(staff).anySatisfy(a -> {
            assertThat(a.get("gridCode").asString()).isEqualTo(survivor);
            assertThat(a.path("validTo").isString()).isFalse();
        });
        assertThat(staff).anySatisfy(a -> {
            assertThat(a.get("gridCode").asString()).isEqualTo(merged);
            assertThat(a.get("validTo").asString()).isEqualTo(today().toString());
        });
        // the merged grid's leader serves as a worker; the survivor keeps its leader
        JsonNode leaders = items(get(ADMIN, "/api/v1/grid-staff?grid=" + survivor, 200));
        assertThat(leaders).anySatisfy(a -> {
            assertThat(a.get("personId").asString()).isEqualTo("gl-ms2");
            assertThat(a.get("role").asString()).isEqualTo("WORKER");
        });
        assertThat(leaders).anySatisfy(a -> {
            assertThat(a.get("personId").asString()).isEqualTo("gl-ms1");
            assertThat(a.get("role").asString()).isEqualTo("LEADER");
        });
        // the worker still sees the resident: they serve the surviving grid from the merge day
        assertThat(get(worker, "/api/v1/residents/" + rid, 200).get("id").asString()).isEqualTo(rid);
        // nobody is left open on the dead grid
        assertThat(items(get(ADMIN, "/api/v1/grid-staff?grid=" + merged, 200)))
                .allSatisfy(a -> assertThat(a.path("validTo").isString()).isTrue());
    }
}
