package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * What each role sees of residents (PERSON), visits and grid events (CASE) and the risk colour
 * (RESULT), as the chassis field-view policy decides, and who reads staff lists.
 */
class FieldViewsIT extends GridItSupport {

    @Test
    void shouldGiveEachRoleItsViewOfResidentsVisitsAndGridEvents() {
        String g = tree("fv", 1).get(0);
        assign("gw-fv", "WORKER", g);
        String worker = token("gw-fv", "GRID_WORKER", "fvv");
        String police = token("pl-fv", "POLICE_LIAISON", "fvc");
        String analyst = token("an-fv", "ANALYST", "fvc");
        String auditor = token("au-fv", "AUDITOR", "fvc");

        String guardian = resident(worker, g, idNumber(), "周守护", "13600000001");
        Map<String, Object> body = new HashMap<>(residentBody(g, idNumber(), "周小被", "13600000002"));
        body.put("address", "罗阳镇新城路88号");
        body.put("householdId", "hh-fv-1");
        body.put("guardianId", guardian);
        body.put("riskLevel", "HIGH");
        String rid = post(worker, "/api/v1/residents", body, 201).get("id").asString();
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        post(police, "/api/v1/residents/" + rid + "/tags", Map.of("category", "COMMUNITY_CORRECTION"), 201);

        // the grid worker: governance view, decrypted contact data, risk colour, household, general tags
        JsonNode w = get(worker, "/api/v1/residents/" + rid, 200);
        assertThat(w.get("view").asString()).isEqualTo("GOVERNANCE");
        assertThat(w.get("name").asString()).isEqualTo("周小被");
        assertThat(w.get("phone").asString()).isEqualTo("13600000002");
        assertThat(w.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(w.get("householdId").asString()).isEqualTo("hh-fv-1");
        assertThat(w.get("guardianId").asString()).isEqualTo(guardian);
        assertThat(w.get("tags").toString()).contains("LEFT_BEHIND_CHILD").doesNotContain("COMMUNITY_CORRECTION");

        // the police liaison: minimal view, whom and where to reach, no risk colour, no household, own tags only
        JsonNode p = get(police, "/api/v1/residents/" + rid, 200);
        assertThat(p.get("view").asString()).isEqualTo("MINIMAL");
        assertThat(p.get("name").asString()).isEqualTo("周小被");
        assertThat(p.get("phone").asString()).isEqualTo("13600000002");
        assertThat(p.get("guardianId").asString()).isEqualTo(guardian);
        assertThat(p.get("riskLevel").isNull()).isTrue();
        assertThat(p.get("householdId").isNull()).isTrue();
        assertThat(p.get("tags").toString()).contains("COMMUNITY_CORRECTION").doesNotContain("LEFT_BEHIND_CHILD");
        assertThat(get(police, "/api/v1/residents?grid=" + g, 200).toString()).doesNotContain("HIGH")
                .doesNotContain("hh-fv-1");
        // ... and sets no risk colour (derived from results, which police do not see)
        put(police, "/api/v1/residents/" + rid + "/risk", Map.of("riskLevel", "LOW"), 403);
        assertThat(get(worker, "/api/v1/residents/" + rid, 200).get("riskLevel").asString()).isEqualTo("HIGH");

        // the platform operator: governance view (no clinical content by default), all tags
        JsonNode a = get(ADMIN, "/api/v1/residents/" + rid, 200);
        assertThat(a.get("view").asString()).isEqualTo("GOVERNANCE");
        assertThat(a.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(a.get("tags")).hasSize(2);

        // analysts and auditors: no person-level records at all
        for (String none : List.of(analyst, auditor)) {
            get(none, "/api/v1/residents/" + rid, 403);
            get(none, "/api/v1/residents?grid=" + g, 403);
        }

        // visits: the worker reads them (never the note); police, analysts and auditors do not
        String visit = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minusSeconds(3600).toString(), "durationMinutes", 20, "note", "talked about school"),
                201).get("id").asString();
        JsonNode v = get(worker, "/api/v1/visits/" + visit, 200);
        assertThat(v.get("residentId").asString()).isEqualTo(rid);
        assertThat(v.toString()).doesNotContain("talked about school");
        assertThat(items(get(worker, "/api/v1/visits?resident=" + rid, 200))).hasSize(1);
        items(get(worker, "/api/v1/visits/due?horizonDays=30", 200));
        for (String denied : List.of(police, analyst, auditor)) {
            get(denied, "/api/v1/visits/" + visit, 403);
            get(denied, "/api/v1/visits?resident=" + rid, 403);
            get(denied, "/api/v1/visits/due?grid=" + g, 403);
        }

        // grid events: governance view in full, police the minimal one (no story), analysts/auditors nothing
        String event = post(worker, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", g,
                "title", "Quarrel over the courtyard wall", "subjectId", rid), 201).get("id").asString();
        post(ADMIN, "/api/v1/grid-events/" + event + "/open", Map.of("note", "both families called"), 200);
        JsonNode we = get(worker, "/api/v1/grid-events/" + event, 200);
        assertThat(we.get("view").asString()).isEqualTo("GOVERNANCE");
        assertThat(we.get("title").asString()).isEqualTo("Quarrel over the courtyard wall");
        assertThat(we.get("history")).hasSize(2);
        JsonNode pe = get(police, "/api/v1/grid-events/" + event, 200);
        assertThat(pe.get("view").asString()).isEqualTo("MINIMAL");
        assertThat(pe.get("status").asString()).isEqualTo("OPENED");
        assertThat(pe.get("subjectId").asString()).isEqualTo(rid);
        assertThat(pe.get("history")).isEmpty();
        assertThat(pe.toString()).doesNotContain("courtyard").doesNotContain("both families");
        assertThat(get(police, "/api/v1/grid-events?grid=" + g, 200).toString()).doesNotContain("courtyard");
        for (String none : List.of(analyst, auditor)) {
            get(none, "/api/v1/grid-events/" + event, 403);
            get(none, "/api/v1/grid-events?grid=" + g, 403);
        }
    }

    @Test
    void shouldShowStaffListsOnlyToThoseWhoManageOrSuperviseGrids() {
        List<String> grids = tree("fs", 2);
        String g1 = grids.get(0);
        String g2 = grids.get(1);
        assign("gw-fs", "WORKER", g1);
        assign("gl-fs", "LEADER", g1);
        assign("gw-fs2", "WORKER", g2);
        String worker = token("gw-fs", "GRID_WORKER", "fsv");

        // a worker: the staff of the grids they serve and their own assignments, nothing else
        assertThat(items(get(worker, "/api/v1/grid-staff?grid=" + g1, 200))).hasSize(2);
        assertThat(items(get(worker, "/api/v1/grid-staff?grid=" + g2, 200))).isEmpty();
        assertThat(items(get(worker, "/api/v1/grid-staff?person=gw-fs", 200))).hasSize(1);
        assertThat(items(get(worker, "/api/v1/grid-staff?person=gw-fs2", 200))).isEmpty();
        assertThat(items(get(token("gw-fs-none", "GRID_WORKER", "fsv"), "/api/v1/grid-staff?grid=" + g1, 200))).isEmpty();

        // area admins in their scope, auditors in theirs (access reviews), platform operators everywhere
        assertThat(items(get(token("aa-fs", "AREA_ADMIN", "fsc"), "/api/v1/grid-staff?grid=" + g2, 200))).hasSize(1);
        assertThat(items(get(token("aa-fsx", "AREA_ADMIN", "zz-elsewhere"), "/api/v1/grid-staff?grid=" + g2, 200)))
                .isEmpty();
        assertThat(items(get(token("au-fs", "AUDITOR", "fsc"), "/api/v1/grid-staff?grid=" + g1, 200))).hasSize(2);
        assertThat(items(get(token("au-fsx", "AUDITOR", "zz-elsewhere"), "/api/v1/grid-staff?grid=" + g1, 200)))
                .isEmpty();
        assertThat(items(get(ADMIN, "/api/v1/grid-staff?grid=" + g1, 200))).hasSize(2);

        // everyone else is refused, in scope or not
        for (String role : List.of("POLICE_LIAISON", "HOTLINE_OPERATOR", "CLINICIAN", "COUNSELLOR", "ANALYST",
                "RESIDENT")) {
            get(token("x-fs", role, "fsc"), "/api/v1/grid-staff?grid=" + g1, 403);
            get(token("gw-fs", role, "fsc"), "/api/v1/grid-staff?person=gw-fs", 403);
        }
    }
}
