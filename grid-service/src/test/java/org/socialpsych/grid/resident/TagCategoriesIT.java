package org.socialpsych.grid.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18 §6: tag categories were a fixed list. Now they are data: the national categories are the
 * defaults, and a town adds its own (never police/justice) for the grids under it; its workers tag
 * residents with it, list them by it, and a resident of another town cannot carry it.
 */
class TagCategoriesIT extends GridItSupport {

    @Test
    void shouldLetATownAddItsOwnTagCategoryForItsGrids() {
        String g = tree("tc", 1).get(0);
        String other = tree("tx", 1).get(0);
        assign("gw-tc", "WORKER", g);
        String town = token("aa-tc", "AREA_ADMIN", "tct");
        String worker = token("gw-tc", "GRID_WORKER", "tcv");

        JsonNode added = post(town, "/api/v1/tag-categories", Map.of("code", "FLOOD_RELOCATED", "name", "水库移民",
                "areaCode", "tct", "department", "CIVIL_AFFAIRS", "sensitivity", "SENSITIVE"), 201);
        assertThat(added.get("areaCode").asString()).isEqualTo("tct");
        post(town, "/api/v1/tag-categories", Map.of("code", "FLOOD_RELOCATED", "name", "again", "areaCode", "tcv"),
                409); // below an area that has it
        post(town, "/api/v1/tag-categories", Map.of("code", "LEFT_BEHIND_CHILD", "name", "x", "areaCode", "tct"),
                409); // a national code
        post(town, "/api/v1/tag-categories", Map.of("code", "LOCAL_WATCH", "name", "x", "areaCode", "tct",
                "sensitivity", "POLICE_JUSTICE"), 422);
        post(town, "/api/v1/tag-categories", Map.of("code", "ELSEWHERE", "name", "x", "areaCode", "txt"), 404);
        post(worker, "/api/v1/tag-categories", Map.of("code", "MINE", "name", "x", "areaCode", "tcv"), 403);

        JsonNode list = get(worker, "/api/v1/tag-categories?area=" + g, 200);
        assertThat(list.toString()).contains("FLOOD_RELOCATED").contains("BEREAVED_ONLY_CHILD_PARENT");
        assertThat(get(ADMIN, "/api/v1/tag-categories?area=" + other, 200).toString())
                .doesNotContain("FLOOD_RELOCATED");
        get(worker, "/api/v1/tag-categories?area=" + g + "&x=1", 400);

        String rid = resident(worker, g, idNumber(), "何迁", null);
        JsonNode tagged = post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "FLOOD_RELOCATED"),
                201);
        assertThat(tagged.get("tags").toString()).contains("FLOOD_RELOCATED").contains("CIVIL_AFFAIRS");
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "FLOOD_RELOCATED"), 409);
        JsonNode page = get(town, "/api/v1/residents?under=tct&tag=FLOOD_RELOCATED", 200);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(rid);

        // not a category for a resident of another town
        String elsewhere = resident(ADMIN, other, idNumber(), "何外", null);
        JsonNode refused = post(ADMIN, "/api/v1/residents/" + elsewhere + "/tags",
                Map.of("category", "FLOOD_RELOCATED"), 422);
        assertThat(refused.get("type").asString()).endsWith("/unknown-tag-category");
        post(ADMIN, "/api/v1/residents/" + elsewhere + "/tags", Map.of("category", "no such"), 400);
        get(town, "/api/v1/residents?tag=NEVER_ADDED", 400);
        assertThat(List.of(tagged.get("id").asString())).containsExactly(rid);
    }
}
