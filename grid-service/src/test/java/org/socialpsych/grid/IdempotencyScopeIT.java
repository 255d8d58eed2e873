package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * An {@code Idempotency-Key} belongs to the caller who sent it: the same key from another caller is
 * a new request (never a replay of someone else's record), and a replay is authorized again with the
 * caller's current token.
 */
class IdempotencyScopeIT extends GridItSupport {

    private JsonNode postKey(String auth, String uri, Object body, String key, int status) {
        byte[] out = client().post().uri(uri).header("Authorization", auth).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody().returnResult().getResponseBody();
        return out == null ? null : JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void shouldNeverReplayAnotherCallersRecordForTheSameKey() {
        List<String> grids = tree("ik", 1);
        String g = grids.get(0);
        assign("gw-ik-a", "WORKER", g);
        assign("gw-ik-b", "WORKER", g);
        String a = token("gw-ik-a", "GRID_WORKER", "ikv");
        String b = token("gw-ik-b", "GRID_WORKER", "ikv");

        // residents
        JsonNode first = postKey(a, "/api/v1/residents", residentBody(g, idNumber(), "甲一", null), "shared-key", 201);
        JsonNode again = postKey(a, "/api/v1/residents", residentBody(g, idNumber(), "甲一", null), "shared-key", 200);
        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        JsonNode other = postKey(b, "/api/v1/residents", residentBody(g, idNumber(), "乙二", null), "shared-key", 201);
        assertThat(other.get("id").asString()).isNotEqualTo(first.get("id").asString());
        assertThat(other.get("name").asString()).isEqualTo("乙二");
        assertThat(other.toString()).doesNotContain("甲一");
        assertThat(postKey(b, "/api/v1/residents", residentBody(g, idNumber(), "乙二", null), "shared-key", 200)
                .get("id").asString()).isEqualTo(other.get("id").asString());

        // visits
        String rid = first.get("id").asString();
        Map<String, Object> visit = Map.of("residentId", rid, "visitedAt", Instant.now().minusSeconds(600).toString(),
                "durationMinutes", 10);
        JsonNode va = postKey(a, "/api/v1/visits", visit, "shared-key", 201);
        assertThat(postKey(a, "/api/v1/visits", visit, "shared-key", 200).get("id").asString())
                .isEqualTo(va.get("id").asString());
        JsonNode vb = postKey(b, "/api/v1/visits", Map.of("residentId", other.get("id").asString(), "visitedAt",
                Instant.now().minusSeconds(300).toString()), "shared-key", 201);
        assertThat(vb.get("id").asString()).isNotEqualTo(va.get("id").asString());
        assertThat(vb.get("residentId").asString()).isEqualTo(other.get("id").asString());
        assertThat(vb.get("workerId").asString()).isEqualTo("gw-ik-b");

        // grid events
        JsonNode ea = postKey(a, "/api/v1/grid-events", Map.of("category", "OTHER", "gridCode", g, "title",
                "Broken street lamp"), "shared-key", 201);
        JsonNode eb = postKey(b, "/api/v1/grid-events", Map.of("category", "OTHER", "gridCode", g, "title",
                "Blocked drain"), "shared-key", 201);
        assertThat(eb.get("id").asString()).isNotEqualTo(ea.get("id").asString());
        assertThat(eb.get("title").asString()).isEqualTo("Blocked drain");

        // areas, staff assignments and inspection findings: two operators, one key
        String otherAdmin = token("admin-2", "SYSTEM_ADMIN");
        JsonNode ar1 = postKey(ADMIN, "/api/v1/areas", Map.of("code", "ik-g8", "name", "Grid 8", "level", "GRID",
                "parentCode", "ikv", "validFrom", "2020-01-01"), "shared-key", 201);
        JsonNode ar2 = postKey(otherAdmin, "/api/v1/areas", Map.of("code", "ik-g9", "name", "Grid 9", "level", "GRID",
                "parentCode", "ikv", "validFrom", "2020-01-01"), "shared-key", 201);
        assertThat(ar2.get("code").asString()).isEqualTo("ik-g9");
        assertThat(ar1.get("code").asString()).isEqualTo("ik-g8");
        JsonNode s1 = postKey(ADMIN, "/api/v1/grid-staff", Map.of("personId", "gv-ik-1", "role", "VOLUNTEER",
                "gridCode", g), "shared-key", 201);
        JsonNode s2 = postKey(otherAdmin, "/api/v1/grid-staff", Map.of("personId", "gv-ik-2", "role", "VOLUNTEER",
                "gridCode", g), "shared-key", 201);
        assertThat(s2.get("personId").asString()).isEqualTo("gv-ik-2");
        assertThat(s2.get("id").asString()).isNotEqualTo(s1.get("id").asString());
        String rectifyBy = today().plusDays(5).toString();
        JsonNode f1 = postKey(ADMIN, "/api/v1/inspections", Map.of("areaCode", "ikt", "category", "X", "finding",
                "Poster missing", "deductionPoints", 0.5, "rectifyBy", rectifyBy), "shared-key", 201);
        JsonNode f2 = postKey(otherAdmin, "/api/v1/inspections", Map.of("areaCode", "ikt", "category", "X", "finding",
                "Room locked", "deductionPoints", 1.0, "rectifyBy", rectifyBy), "shared-key", 201);
        assertThat(f2.get("id").asString()).isNotEqualTo(f1.get("id").asString());
    }

    @Test
    void shouldAuthorizeAReplayAgainWithTheCallersCurrentToken() {
        List<String> grids = tree("il", 1);
        String g = grids.get(0);
        assign("gw-il", "WORKER", g);
        String worker = token("gw-il", "GRID_WORKER", "ilv");
        JsonNode first = postKey(worker, "/api/v1/residents", residentBody(g, idNumber(), "丙三", null), "my-key", 201);
        String rid = first.get("id").asString();
        JsonNode visit = postKey(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minusSeconds(600).toString()), "my-key", 201);
        JsonNode event = postKey(worker, "/api/v1/grid-events", Map.of("category", "OTHER", "gridCode", g, "title",
                "Graffiti"), "my-key", 201);

        // the same subject, now with a token scoped elsewhere: the stored records are not handed out
        String moved = token("gw-il", "GRID_WORKER", "zz-elsewhere");
        JsonNode r = postKey(moved, "/api/v1/residents", residentBody(g, idNumber(), "丙三", null), "my-key", 403);
        assertThat(r.toString()).doesNotContain(rid).doesNotContain("丙三");
        JsonNode v = postKey(moved, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minusSeconds(600).toString()), "my-key", 403);
        assertThat(v.toString()).doesNotContain(visit.get("id").asString());
        JsonNode e = postKey(moved, "/api/v1/grid-events", Map.of("category", "OTHER", "gridCode", g, "title",
                "Graffiti"), "my-key", 403);
        assertThat(e.toString()).doesNotContain(event.get("id").asString());

        // an area admin who lost the scope over the area's parent does not get the stored area back
        String aa = token("aa-il", "AREA_ADMIN", "ilt");
        postKey(aa, "/api/v1/areas", Map.of("code", "il-g7", "name", "Grid 7", "level", "GRID", "parentCode", "ilv",
                "validFrom", "2020-01-01"), "area-key", 201);
        JsonNode replay = postKey(token("aa-il", "AREA_ADMIN", "zz-elsewhere"), "/api/v1/areas", Map.of("code", "il-g7",
                "name", "Grid 7", "level", "GRID", "parentCode", "ilv", "validFrom", "2020-01-01"), "area-key", 403);
        assertThat(replay.toString()).doesNotContain("Grid 7").doesNotContain("\"level\"");

        // with its current token the worker replays as before
        assertThat(postKey(worker, "/api/v1/residents", residentBody(g, idNumber(), "丙三", null), "my-key", 200)
                .get("id").asString()).isEqualTo(rid);
    }
}
