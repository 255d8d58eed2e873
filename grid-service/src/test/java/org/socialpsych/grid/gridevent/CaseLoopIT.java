package org.socialpsych.grid.gridevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

/**
 * The case loop of 数字城管 beyond the straight line (issue 18): dispatch only to grid staff who serve
 * today in the dispatcher's scope; 改派 (re-dispatch to another handler) and 回退 (the handler sends the
 * case back to the dispatching centre), each with its reason on the timeline.
 */
class CaseLoopIT extends GridItSupport {

    private static List<String> steps(JsonNode event) {
        List<String> out = new ArrayList<>();
        event.get("history").forEach(h -> out.add(h.get("step").asString()));
        return out;
    }

    @Test
    void shouldDispatchOnlyToServingStaffAndRedispatchAndSendBackWithReasons() {
        List<String> grids = tree("cb", 2);
        tree("cz", 1);
        assign("gw-cb1", "WORKER", grids.get(0));
        assign("gw-cb2", "WORKER", grids.get(1));
        String leaving = assign(client(), "gw-cbx", "WORKER", grids.get(1));
        post(ADMIN, "/api/v1/grid-staff/" + leaving + "/end", Map.of("validTo", today().toString()), 200);
        assign("gw-cz", "WORKER", "cz-g1");
        String supervisor = token("sup-cb", "AREA_ADMIN", "cbt");
        String first = token("gw-cb1", "GRID_WORKER", "cbv");
        String second = token("gw-cb2", "GRID_WORKER", "cbv");
        String id = post(first, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode",
                grids.get(0), "title", "Blocked lane"), 201).get("id").asString();
        post(supervisor, "/api/v1/grid-events/" + id + "/open", Map.of(), 200);

        // nobody of that id, someone whose assignment ended, someone serving in another town: refused
        for (String handler : List.of("nobody-cb", "gw-cbx", "gw-cz")) {
            JsonNode refused = post(supervisor, "/api/v1/grid-events/" + id + "/dispatch",
                    Map.of("handlerId", handler), 422);
            assertThat(refused.get("type").asString()).endsWith("/unknown-handler");
        }
        post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-cb1"), 200);

        // 改派: needs a reason and another serving handler
        post(supervisor, "/api/v1/grid-events/" + id + "/redispatch", Map.of("handlerId", "gw-cb2"), 422);
        post(supervisor, "/api/v1/grid-events/" + id + "/redispatch", Map.of("handlerId", "gw-cb1", "note", "x"), 422);
        post(supervisor, "/api/v1/grid-events/" + id + "/redispatch", Map.of("handlerId", "nobody-cb", "note", "x"),
                422);
        post(first, "/api/v1/grid-events/" + id + "/redispatch", Map.of("handlerId", "gw-cb2", "note", "x"), 403);
        JsonNode redispatched = post(supervisor, "/api/v1/grid-events/" + id + "/redispatch",
                Map.of("handlerId", "gw-cb2", "note", "the lane is in grid 2"), 200);
        assertThat(redispatched.get("handlerId").asString()).isEqualTo("gw-cb2");
        assertThat(redispatched.get("status").asString()).isEqualTo("DISPATCHED");
        post(first, "/api/v1/grid-events/" + id + "/handle", Map.of(), 422);

        // 回退: only the handler, with a reason; back to OPENED without handler or deadline
        post(second, "/api/v1/grid-events/" + id + "/handle", Map.of(), 200);
        post(supervisor, "/api/v1/grid-events/" + id + "/send-back", Map.of("note", "x"), 422);
        post(second, "/api/v1/grid-events/" + id + "/send-back", Map.of(), 422);
        JsonNode back = post(second, "/api/v1/grid-events/" + id + "/send-back",
                Map.of("note", "a matter for the housing office"), 200);
        assertThat(back.get("status").asString()).isEqualTo("OPENED");
        assertThat(back.path("handlerId").isString()).isFalse();
        assertThat(back.path("deadlineAt").isString()).isFalse();
        // no longer their case: the worker of the other grid does not see it any more
        post(second, "/api/v1/grid-events/" + id + "/send-back", Map.of("note", "again"), 404);

        // dispatched again, then the loop runs to its end
        post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-cb1"), 200);
        post(first, "/api/v1/grid-events/" + id + "/handle", Map.of(), 200);
        post(first, "/api/v1/grid-events/" + id + "/feedback", Map.of("note", "cleared"), 200);
        post(supervisor, "/api/v1/grid-events/" + id + "/verify", Map.of(), 200);
        JsonNode closed = post(supervisor, "/api/v1/grid-events/" + id + "/close", Map.of(), 200);
        assertThat(steps(closed)).containsExactly("COLLECT", "OPEN", "DISPATCH", "REDISPATCH", "HANDLE",
                "SEND_BACK", "DISPATCH", "HANDLE", "FEEDBACK", "VERIFY", "CLOSE");
        assertThat(closed.get("history").toString()).contains("the lane is in grid 2")
                .contains("a matter for the housing office");
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(e -> out.add(e.get("id").asString()));
        return out;
    }

    /** A town's case list (it was [] without a grid): scope in the query, cursor pages, strict filters. */
    @Test
    void shouldListATownsCasesInCursorPages() {
        List<String> grids = tree("cw", 2);
        tree("cy", 1);
        assign("gw-cw", "WORKER", grids.get(0));
        String worker = token("gw-cw", "GRID_WORKER", "cwv");
        String town = token("aa-cwt", "AREA_ADMIN", "cwt");
        List<String> created = new ArrayList<>();
        for (String g : List.of(grids.get(0), grids.get(0), grids.get(1))) {
            created.add(post(town, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", g,
                    "title", "case"), 201).get("id").asString());
        }
        post(ADMIN, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", "cy-g1", "title",
                "elsewhere"), 201);
        post(town, "/api/v1/grid-events/" + created.get(0) + "/open", Map.of(), 200);

        assertThat(ids(get(town, "/api/v1/grid-events", 200))).containsExactlyInAnyOrderElementsOf(created);
        JsonNode first = get(town, "/api/v1/grid-events?under=cwt&limit=2", 200);
        assertThat(ids(first)).hasSize(2);
        String next = first.get("next").asString();
        JsonNode second = get(town, "/api/v1/grid-events?under=cwt&limit=2&cursor=" + next, 200);
        assertThat(ids(second)).hasSize(1);
        assertThat(second.path("next").isString()).isFalse();
        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).containsExactlyInAnyOrderElementsOf(created);
        assertThat(ids(get(town, "/api/v1/grid-events?under=cwt&status=OPENED", 200)))
                .containsExactly(created.get(0));
        assertThat(ids(get(worker, "/api/v1/grid-events", 200))).containsExactlyInAnyOrder(created.get(0),
                created.get(1));

        get(town, "/api/v1/grid-events?under=cyt", 404);
        assertThat(get(town, "/api/v1/grid-events?town=cwt", 400).get("type").asString())
                .endsWith("/unknown-parameter");
        get(town, "/api/v1/grid-events?limit=0", 400);
        get(town, "/api/v1/grid-events?limit=501", 400);
        get(town, "/api/v1/grid-events?cursor=@@@", 400);
    }
}
