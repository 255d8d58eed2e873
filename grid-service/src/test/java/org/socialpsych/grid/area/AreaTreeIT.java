package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

class AreaTreeIT extends GridItSupport {

    static List<String> codes(JsonNode list) {
        return AreaEffectiveDatingIT.codes(list);
    }

    @Test
    void shouldAnswerSubtreeAndChildrenInCodeOrderWithinScope() {
        List<String> grids = tree("tr1", 3);
        post(ADMIN, "/api/v1/areas", Map.of("code", "tr1t2", "name", "Town 2", "level", "TOWN", "parentCode", "tr1c",
                "validFrom", "2020-01-01"), 201);
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=tr1c", 200))).containsExactly(grids.get(0), grids.get(1),
                grids.get(2), "tr1c", "tr1t", "tr1t2", "tr1v");
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=tr1v&limit=2", 200))).containsExactly(grids.get(0),
                grids.get(1));
        assertThat(codes(get(ADMIN, "/api/v1/areas?parent=tr1c", 200))).containsExactly("tr1t", "tr1t2");
        // a scope over the village sees its own subtree only
        String village = token("aa-tr1", "AREA_ADMIN", "tr1v");
        assertThat(codes(get(village, "/api/v1/areas?under=tr1c", 200))).containsExactly(grids.get(0),
                grids.get(1), grids.get(2), "tr1v");
        assertThat(codes(get(village, "/api/v1/areas?parent=tr1c", 200))).isEmpty();
    }

    @Test
    void shouldReloadTheTreeShapeWhenItsGenerationChanges() {
        tree("tr2", 1);
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=tr2v", 200))).containsExactly("tr2-g1", "tr2v");
        // an area written straight into the collection (as bench/GridSeedTool does) is not in the cached shape ...
        Document extra = new Document("_id", "a-tr2-g0").append("code", "tr2-g0").append("name", "Grid 0")
                .append("level", "GRID").append("parentCode", "tr2v")
                .append("path", List.of("tr2", "tr2c", "tr2t", "tr2v", "tr2-g0")).append("version", 1L)
                .append("outbox", List.of());
        mongo.insert(extra, "areas").block();
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=tr2v", 200))).containsExactly("tr2-g1", "tr2v");
        // ... until the generation moves on
        mongo.upsert(new Query(Criteria.where("_id").is("generation")), new Update().inc("value", 1), "area_tree")
                .block();
        assertThat(codes(get(ADMIN, "/api/v1/areas?under=tr2v", 200))).containsExactly("tr2-g0", "tr2-g1", "tr2v");
    }
}
