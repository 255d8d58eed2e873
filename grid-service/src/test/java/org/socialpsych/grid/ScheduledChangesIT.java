package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.grid.GridItSupport.ADMIN;
import static org.socialpsych.grid.GridItSupport.get;
import static org.socialpsych.grid.GridItSupport.idNumber;
import static org.socialpsych.grid.GridItSupport.items;
import static org.socialpsych.grid.GridItSupport.post;
import static org.socialpsych.grid.GridItSupport.put;
import static org.socialpsych.grid.GridItSupport.resident;
import static org.socialpsych.grid.GridItSupport.tree;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Effective-dated area changes under a controllable platform clock ({@link TestClock}): a rename or
 * re-parent dated after today is pending until its day; when the clock crosses that day the leased
 * job {@code area-scheduled-changes} applies it, and the tree, the scopes, residents and staff move
 * together. The periodic runner of this context is off; the test runs the jobs by hand.
 */
class ScheduledChangesIT extends ClockedGridItSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.socialpsych.person.PersonIndex personIndex;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        clockedProperties(r, "grid-scheduled");
    }

    private static String path(JsonNode area) {
        return area.get("path").toString();
    }

    /**
     * Issue 18 §1: a re-parent of a village effective on a later day (the 2027-01-01 case) did not
     * wait for its day. Now: pending until the day (old town's admin still in charge, the new one
     * sees nothing), applied when the clock crosses midnight (Beijing) of that day — village, grid,
     * resident, staff assignment and the visit-policy right all move at that moment.
     */
    @Test
    void shouldApplyAScheduledReparentOnItsDayAndMoveResidentsAndStaffWithTheTree() {
        WebTestClient c = GridItSupport.client(port);
        String g = tree(c, "sr", 1).get(0);
        post(c, ADMIN, "/api/v1/areas", Map.of("code", "srt2", "name", "Town 2", "level", "TOWN", "parentCode", "src",
                "validFrom", "2020-01-01"), 201);
        GridItSupport.assign(c, "gw-sr", "WORKER", g);
        String rid = resident(c, ADMIN, g, idNumber(), "郑迁", null);
        // an anonymous screening subject issued for the village (a school screening there)
        String anonymous = post(c, ADMIN, "/api/v1/persons/anonymous", Map.of("areaCode", "srv"), 201)
                .get("personId").asString();
        String oldTown = token("aa-srt", "AREA_ADMIN", "srt");
        String newTown = token("aa-srt2", "AREA_ADMIN", "srt2");
        LocalDate day = clock.today().plusDays(25);

        JsonNode scheduled = post(c, ADMIN, "/api/v1/areas/srv/reparent", Map.of("parentCode", "srt2",
                "effectiveFrom", day.toString()), 200);
        assertThat(scheduled.get("parentCode").asString()).isEqualTo("srt");
        assertThat(scheduled.get("pending").get("kind").asString()).isEqualTo("REPARENT");
        assertThat(scheduled.get("pending").get("parentCode").asString()).isEqualTo("srt2");
        assertThat(scheduled.get("pending").get("effectiveFrom").asString()).isEqualTo(day.toString());
        // a second change while one is pending
        post(c, ADMIN, "/api/v1/areas/srv/rename", Map.of("name", "x"), 409);

        // the day before, 23:50 Beijing: nothing has moved
        clock.setTo(LocalDateTime.of(day.minusDays(1), LocalTime.of(23, 50)));
        tick();
        assertThat(path(get(c, ADMIN, "/api/v1/areas/" + g, 200))).contains("\"srt\"").doesNotContain("srt2");
        get(c, oldTown, "/api/v1/residents/" + rid, 200);
        get(c, newTown, "/api/v1/residents/" + rid, 404);
        get(c, newTown, "/api/v1/areas/srv", 404);
        put(c, oldTown, "/api/v1/visit-policies/srv", Map.of("initialDays", 5), 200);
        assertThat(get(c, ADMIN, "/api/v1/areas?under=srt2", 200).toString()).doesNotContain("srv");

        // 00:10 on the day: the job applies the move; tree, scopes, resident and staff move together
        clock.setTo(LocalDateTime.of(day, LocalTime.of(0, 10)));
        tick();
        JsonNode village = get(c, ADMIN, "/api/v1/areas/srv", 200);
        assertThat(village.get("parentCode").asString()).isEqualTo("srt2");
        assertThat(village.get("validFrom").asString()).isEqualTo(day.toString());
        assertThat(village.has("pending")).isFalse();
        assertThat(path(get(c, ADMIN, "/api/v1/areas/" + g, 200))).contains("srt2").doesNotContain("\"srt\"");
        assertThat(path(get(c, ADMIN, "/api/v1/areas/" + g + "?asOf=" + day.minusDays(1), 200))).contains("\"srt\"");
        assertThat(get(c, ADMIN, "/api/v1/areas?under=srt2", 200).toString()).contains("srv").contains(g);

        JsonNode moved = get(c, newTown, "/api/v1/residents/" + rid, 200);
        assertThat(moved.get("gridPath").toString()).contains("srt2");
        // the other services' person indexes learn the new owning path from the resident's own event
        assertThat(GridItSupport.consume(org.socialpsych.events.Topics.GRID_RESIDENTS, rid, 2,
                Duration.ofSeconds(60))).anySatisfy(r -> assertThat(r.value()).contains("AREA_REPARENTED")
                        .contains("\"srt2\""));
        get(c, oldTown, "/api/v1/residents/" + rid, 404);
        assertThat(get(c, newTown, "/api/v1/residents?under=srt2", 200).toString()).contains(rid);
        // and so do the anonymous subjects owned there: AnonymousSubjectReattributed (same area, new
        // path), which the person index (this service's own included) takes as the subject's new owner
        assertThat(GridItSupport.consume(org.socialpsych.events.Topics.GRID_RESIDENTS, anonymous, 2,
                Duration.ofSeconds(60))).anySatisfy(r -> {
                    assertThat(GridItSupport.header(r, "ce_type"))
                            .isEqualTo(org.socialpsych.events.grid.GridEvents.ANONYMOUS_SUBJECT_REATTRIBUTED);
                    JsonNode e = GridItSupport.JSON.readTree(r.value());
                    assertThat(e.get("reason").asString()).isEqualTo("AREA_REPARENTED");
                    assertThat(e.get("areaCode").asString()).isEqualTo("srv");
                    assertThat(e.get("fromAreaPath").toString()).contains("\"srt\"");
                    assertThat(e.get("areaPath").toString()).contains("\"srt2\"").doesNotContain("\"srt\"");
                    assertThat(e.get("effectiveFrom").asString()).isEqualTo(day.toString());
                });
        GridItSupport.await(Duration.ofSeconds(30), () -> {
            org.socialpsych.person.PersonOwner owner = personIndex.find(anonymous).block();
            return owner != null && owner.areaPath().contains("srt2") && !owner.areaPath().contains("srt");
        });
        assertThat(mongo.findById(anonymous, org.bson.Document.class, "anonymous_subjects").block()
                .getList("areaPath", String.class)).containsExactly("sr", "src", "srt2", "srv");
        JsonNode staff = items(get(c, newTown, "/api/v1/grid-staff?grid=" + g, 200));
        assertThat(staff.toString()).contains("gw-sr").contains("srt2");
        put(c, newTown, "/api/v1/visit-policies/srv", Map.of("initialDays", 7), 200);
        put(c, oldTown, "/api/v1/visit-policies/srv", Map.of("initialDays", 5), 404);

        // a repeated tick changes nothing more
        long version = village.get("version").asLong();
        tick();
        assertThat(get(c, ADMIN, "/api/v1/areas/srv", 200).get("version").asLong()).isEqualTo(version);
    }

    /** A future rename shows the old name until its day; a pending change can be withdrawn. */
    @Test
    void shouldRenameOnItsDayAndLetAPendingChangeBeWithdrawn() {
        WebTestClient c = GridItSupport.client(port);
        tree(c, "sn", 1);
        LocalDate day = clock.today().plusDays(10);
        JsonNode pending = post(c, ADMIN, "/api/v1/areas/snt/rename", Map.of("name", "新镇", "effectiveFrom",
                day.toString()), 200);
        assertThat(pending.get("name").asString()).isEqualTo("Town");
        assertThat(pending.get("pending").get("name").asString()).isEqualTo("新镇");
        tick();
        assertThat(get(c, ADMIN, "/api/v1/areas/snt", 200).get("name").asString()).isEqualTo("Town");

        clock.setTo(LocalDateTime.of(day, LocalTime.of(0, 1)));
        tick();
        JsonNode renamed = get(c, ADMIN, "/api/v1/areas/snt", 200);
        assertThat(renamed.get("name").asString()).isEqualTo("新镇");
        assertThat(get(c, ADMIN, "/api/v1/areas/snt?asOf=" + day.minusDays(1), 200).get("name").asString())
                .isEqualTo("Town");

        // withdrawn before its day: never applied
        post(c, ADMIN, "/api/v1/areas/snv/rename", Map.of("name", "Later", "effectiveFrom",
                day.plusDays(5).toString()), 200);
        JsonNode withdrawn = GridItSupport.json(c.delete().uri("/api/v1/areas/snv/pending")
                .header("Authorization", ADMIN).exchange(), 200);
        assertThat(withdrawn.has("pending")).isFalse();
        clock.setTo(LocalDateTime.of(day.plusDays(6), LocalTime.NOON));
        tick();
        assertThat(get(c, ADMIN, "/api/v1/areas/snv", 200).get("name").asString()).isEqualTo("Village");
    }

    /** The deadline of a case dispatched now, as Beijing wall-clock time to the minute. */
    private LocalDateTime deadline(WebTestClient c, String grid, String category, String handler) {
        return LocalDateTime.ofInstant(java.time.Instant.parse(dispatched(c, grid, category, handler)),
                clock.getZone()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    private String dispatched(WebTestClient c, String grid, String category, String handler) {
        String id = post(c, ADMIN, "/api/v1/grid-events", Map.of("category", category, "gridCode", grid, "title",
                "邻里纠纷"), 201).get("id").asString();
        post(c, ADMIN, "/api/v1/grid-events/" + id + "/open", Map.of(), 200);
        return post(c, ADMIN, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", handler), 200)
                .get("deadlineAt").asString();
    }

    /**
     * Issue 18 §3: deadlines counted clock hours. A dispute (3 working days) dispatched on Wednesday
     * 30 September 2026 at 10:00 Beijing time is due on Saturday 10 October (1–7 October are the
     * National Day holiday, 8 and 9 October count, the 10th is a working Saturday of the 调休), not on
     * 3 October; a town that adds a local day off on 9 October pushes its grids' deadline to Monday 12
     * October while a grid of another town keeps the national one; a psychological concern runs on
     * the clock through the holiday.
     */
    @Test
    void shouldCountWorkingDaysOfTheHolidayCalendarForCaseDeadlines() {
        WebTestClient c = GridItSupport.client(port);
        clock.setTo(LocalDateTime.of(2026, 9, 30, 10, 0));
        String g = tree(c, "wd", 1).get(0);
        String other = tree(c, "wo", 1).get(0);
        GridItSupport.assign(c, "gw-wd", "WORKER", g);
        GridItSupport.assign(c, "gw-wo", "WORKER", other);

        assertThat(deadline(c, g, "CONFLICT_DISPUTE", "gw-wd")).isEqualTo(LocalDateTime.of(2026, 10, 10, 10, 0));
        // clock time where the category is urgent
        assertThat(deadline(c, g, "PSYCH_CONCERN", "gw-wd")).isEqualTo(LocalDateTime.of(2026, 10, 1, 10, 0));

        // the calendar as data: national days, and a town's own day off
        JsonNode national = get(c, ADMIN, "/api/v1/work-calendars/wdt?year=2026", 200);
        assertThat(national.get("nationalKnown").asBoolean()).isTrue();
        assertThat(national.get("holidays").toString()).contains("2026-10-01").contains("2026-02-17");
        assertThat(national.get("workingDays").toString()).contains("2026-10-10");
        get(c, ADMIN, "/api/v1/work-calendars/wdt?year=2026&region=x", 400);
        put(c, token("aa-wo", "AREA_ADMIN", "wot"), "/api/v1/work-calendars/wdt",
                Map.of("holidays", List.of("2026-10-09")), 404);
        put(c, ADMIN, "/api/v1/work-calendars/wdt", Map.of("holidays", List.of("2026-10-09"),
                "workingDays", List.of("2026-10-09")), 422);
        JsonNode local = put(c, token("aa-wd", "AREA_ADMIN", "wdt"), "/api/v1/work-calendars/wdt",
                Map.of("holidays", List.of("2026-10-09")), 200);
        assertThat(local.get("ownHolidays").toString()).contains("2026-10-09");
        assertThat(get(c, ADMIN, "/api/v1/work-calendars/" + g + "?year=2026", 200).get("holidays").toString())
                .contains("2026-10-09");

        assertThat(deadline(c, g, "CONFLICT_DISPUTE", "gw-wd")).isEqualTo(LocalDateTime.of(2026, 10, 12, 10, 0));
        assertThat(deadline(c, other, "CONFLICT_DISPUTE", "gw-wo")).isEqualTo(LocalDateTime.of(2026, 10, 10, 10, 0));
    }

    /**
     * Issue 18 §4: a visit before the due window counted as on time but did not move the schedule.
     * Now per the area's policy: ADVANCE (default) — a visit in the second half of the period, before
     * the window, fulfils the item and the next one is due an interval after it; IGNORE — it fulfils
     * nothing (EXTRA_VISIT) and the item stays due where it was.
     */
    @Test
    void shouldLetEarlyVisitsAdvanceTheScheduleOrNotPerPolicy() {
        WebTestClient c = GridItSupport.client(port);
        LocalDate d0 = clock.today().plusDays(3);
        clock.setTo(LocalDateTime.of(d0, LocalTime.of(10, 0)));
        String g = tree(c, "ev", 1).get(0);
        post(c, ADMIN, "/api/v1/areas", Map.of("code", "evv2", "name", "Village 2", "level", "VILLAGE",
                "parentCode", "evt", "validFrom", "2020-01-01"), 201);
        post(c, ADMIN, "/api/v1/areas", Map.of("code", "ev-g2", "name", "Grid 2", "level", "GRID",
                "parentCode", "evv2", "validFrom", "2020-01-01"), 201);
        Map<String, Object> policy = Map.of("initialDays", 1, "leadDays", 3, "tagIntervalDays",
                Map.of("LEFT_BEHIND_CHILD", 30));
        put(c, ADMIN, "/api/v1/visit-policies/evv", policy, 200);
        Map<String, Object> ignoring = new java.util.HashMap<>(policy);
        ignoring.put("earlyVisits", "IGNORE");
        put(c, ADMIN, "/api/v1/visit-policies/evv2", ignoring, 200);
        String advancing = resident(c, ADMIN, g, idNumber(), "吴早", null);
        String kept = resident(c, ADMIN, "ev-g2", idNumber(), "吴守", null);
        for (String rid : List.of(advancing, kept)) {
            post(c, ADMIN, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
            JsonNode first = post(c, ADMIN, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                    clock.instant().toString(), "durationMinutes", 20, "latitude", 27.5, "longitude", 120.4), 201);
            assertThat(first.get("counted").asBoolean()).isTrue();
        }

        // day 20 of 30: before the window (it opens on day 27)
        clock.setTo(LocalDateTime.of(d0.plusDays(20), LocalTime.of(10, 0)));
        JsonNode early = post(c, ADMIN, "/api/v1/visits", Map.of("residentId", advancing, "visitedAt",
                clock.instant().toString(), "durationMinutes", 20, "latitude", 27.5, "longitude", 120.4), 201);
        assertThat(early.get("counted").asBoolean()).isTrue();
        assertThat(early.get("onTime").asBoolean()).isTrue();
        JsonNode ignored = post(c, ADMIN, "/api/v1/visits", Map.of("residentId", kept, "visitedAt",
                clock.instant().toString(), "durationMinutes", 20, "latitude", 27.5, "longitude", 120.4), 201);
        assertThat(ignored.get("counted").asBoolean()).isFalse();
        assertThat(ignored.get("flags").toString()).contains("EXTRA_VISIT");

        assertThat(dueDay(c, g, advancing)).isEqualTo(d0.plusDays(50));
        assertThat(dueDay(c, "ev-g2", kept)).isEqualTo(d0.plusDays(30));
    }

    private LocalDate dueDay(WebTestClient c, String grid, String rid) {
        for (JsonNode n : items(get(c, ADMIN, "/api/v1/visits/due?grid=" + grid + "&horizonDays=60", 200))) {
            if (rid.equals(n.get("residentId").asString())) {
                return LocalDate.ofInstant(java.time.Instant.parse(n.get("dueAt").asString()), clock.getZone());
            }
        }
        return null;
    }
}
