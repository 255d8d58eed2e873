package org.socialpsych.grid.gridevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

class GridEventDeadlinesIT extends GridItSupport {

    private String dispatch(String worker, String supervisor, String category, String grid, String handler) {
        String id = post(worker, "/api/v1/grid-events", Map.of("category", category, "gridCode", grid, "title", "x"),
                201).get("id").asString();
        post(supervisor, "/api/v1/grid-events/" + id + "/open", Map.of(), 200);
        return post(supervisor, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", handler), 200)
                .get("id").asString();
    }

    private static Duration window(JsonNode e) {
        return Duration.between(Instant.parse(e.get("dispatchedAt").asString()),
                Instant.parse(e.get("deadlineAt").asString()));
    }

    private Instant workingDays(Instant from, int days) {
        try {
            return new org.socialpsych.grid.calendar.application.NationalCalendar().calendar()
                    .deadline(from, Duration.ofDays(days), true, clock.getZone());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldResolveDeadlinesFromTheNearestAreaAtDispatch() {
        List<String> grids = tree("dl1", 2);
        assign("gw-dl1", "WORKER", grids.get(0));
        assign("gw-dl1", "WORKER", grids.get(1));
        String worker = token("gw-dl1", "GRID_WORKER", "dl1v");
        String supervisor = token("sup-dl1", "AREA_ADMIN", "dl1t");

        put(supervisor, "/api/v1/grid-event-deadlines/dl1t", Map.of("categories",
                Map.of("CONFLICT_DISPUTE", Map.of("deadline", "PT2H"))), 200);
        JsonNode own = put(supervisor, "/api/v1/grid-event-deadlines/" + grids.get(0), Map.of("categories",
                Map.of("CONFLICT_DISPUTE", Map.of("deadline", "PT30M"))), 200);
        assertThat(own.get("effective").get("CONFLICT_DISPUTE").get("deadlineFrom").asString()).isEqualTo(grids.get(0));

        JsonNode inherited = get(worker, "/api/v1/grid-event-deadlines/" + grids.get(1), 200);
        assertThat(inherited.get("own")).isEmpty();
        assertThat(inherited.get("effective").get("CONFLICT_DISPUTE").get("deadlineFrom").asString()).isEqualTo("dl1t");
        assertThat(inherited.get("effective").get("PETITION").path("deadlineFrom").isString()).isFalse();

        String e1 = dispatch(worker, supervisor, "CONFLICT_DISPUTE", grids.get(0), "gw-dl1");
        String e2 = dispatch(worker, supervisor, "CONFLICT_DISPUTE", grids.get(1), "gw-dl1");
        String e3 = dispatch(worker, supervisor, "PETITION", grids.get(1), "gw-dl1");
        assertThat(window(get(supervisor, "/api/v1/grid-events/" + e1, 200))).isEqualTo(Duration.ofMinutes(30));
        JsonNode second = get(supervisor, "/api/v1/grid-events/" + e2, 200);
        assertThat(window(second)).isEqualTo(Duration.ofHours(2));
        assertThat(second.get("deadlineFrom").asString()).isEqualTo("dl1t");
        // a petition's 7 days are working days (weekends and the national holidays skipped)
        JsonNode third = get(supervisor, "/api/v1/grid-events/" + e3, 200);
        assertThat(Instant.parse(third.get("deadlineAt").asString())).isEqualTo(workingDays(
                Instant.parse(third.get("dispatchedAt").asString()), 7));

        // removing the grid's own setting makes it inherit the town's again
        put(supervisor, "/api/v1/grid-event-deadlines/" + grids.get(0), Map.of("categories", Map.of()), 200);
        String e4 = dispatch(worker, supervisor, "CONFLICT_DISPUTE", grids.get(0), "gw-dl1");
        assertThat(window(get(supervisor, "/api/v1/grid-events/" + e4, 200))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void shouldLetOnlyAdminsWithCaptureScopeSetValidDeadlines() {
        List<String> grids = tree("dl2", 1);
        Map<String, Object> ok = Map.of("categories", Map.of("PETITION", Map.of("deadline", "P3D")));
        put(token("gw-dl2", "GRID_WORKER", "dl2v"), "/api/v1/grid-event-deadlines/dl2v", ok, 403);
        put(token("other", "AREA_ADMIN", "elsewhere"), "/api/v1/grid-event-deadlines/dl2v", ok, 404);
        String admin = token("sup-dl2", "AREA_ADMIN", "dl2c");
        JsonNode bad = put(admin, "/api/v1/grid-event-deadlines/dl2v", Map.of("categories",
                Map.of("NO_SUCH", Map.of("deadline", "PT1H"))), 422);
        assertThat(bad.toString()).contains("categories.NO_SUCH");
        put(admin, "/api/v1/grid-event-deadlines/dl2v", Map.of("categories",
                Map.of("PETITION", Map.of("deadline", "-PT1H"))), 422);
        put(admin, "/api/v1/grid-event-deadlines/dl2v", Map.of("categories", Map.of("PETITION", Map.of())), 422);
        assertThat(get(admin, "/api/v1/grid-event-deadlines/dl2v", 200).get("own")).isEmpty();
        put(admin, "/api/v1/grid-event-deadlines/dl2v", ok, 200);
        assertThat(get(admin, "/api/v1/grid-event-deadlines/" + grids.get(0), 200).get("effective").get("PETITION")
                .get("deadlineFrom").asString()).isEqualTo("dl2v");
    }

    @Test
    void shouldEscalateAtTheIntervalTheAreaSets() throws Exception {
        List<String> grids = tree("dl3", 1);
        assign("gw-dl3", "WORKER", grids.get(0));
        String worker = token("gw-dl3", "GRID_WORKER", "dl3v");
        String supervisor = token("sup-dl3", "AREA_ADMIN", "dl3c");
        // FAST_TEST: 1 s deadline, escalates every hour by configuration; the village says every second
        put(supervisor, "/api/v1/grid-event-deadlines/dl3v", Map.of("categories",
                Map.of("FAST_TEST", Map.of("escalateEvery", "PT1S"))), 200);
        String id = dispatch(worker, supervisor, "FAST_TEST", grids.get(0), "gw-dl3");
        await(Duration.ofSeconds(30), () -> get(supervisor, "/api/v1/grid-events/" + id, 200).get("escalationLevel")
                .asInt() >= 2);
        assertThat(get(supervisor, "/api/v1/grid-events/" + id, 200).get("escalatedTo").asString())
                .isIn("dl3t", "dl3c", "dl3");
    }
}
