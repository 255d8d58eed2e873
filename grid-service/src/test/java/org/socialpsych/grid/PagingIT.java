package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.inspection.domain.InspectionStatus;
import org.socialpsych.grid.inspection.infra.InspectionDocument;
import org.socialpsych.grid.visit.infra.FollowUpDocument;
import org.socialpsych.grid.visit.infra.ScheduleDocument;
import org.socialpsych.grid.visit.infra.VisitDocument;

import tools.jackson.databind.JsonNode;

/**
 * Issues 16 and 18, "cursor paging everywhere": every grid list that was a plain array with a hard
 * cap (visits, the due list, staff of a grid, area subtree and children, inspections, the duplicate
 * queue) is a cursor page ({@code items}, {@code next}; {@code limit}, {@code cursor}), the caller's
 * scope is inside the query (a narrow scope gets its records even when thousands of others sort
 * first), rows with equal sort keys are neither lost nor repeated between pages, and an unknown
 * query parameter is a 400 instead of being ignored.
 */
class PagingIT extends GridItSupport {

    /** Follows {@code next} from {@code uri} to the end; every item's key, in the order served. */
    private List<String> all(String auth, String uri, Function<JsonNode, String> key) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            JsonNode page = get(auth, uri + (cursor == null ? "" : "&cursor=" + cursor), 200);
            rows(page).forEach(n -> out.add(key.apply(n)));
            if (!page.path("next").isString()) {
                return out;
            }
            cursor = page.get("next").asString();
        }
        throw new AssertionError("more than 100 pages from " + uri);
    }

    /**
     * The rows of a page; a plain array (what these lists answered before) is read as a last page,
     * so that on the old code these tests fail on what was served, not on its shape.
     */
    private static JsonNode rows(JsonNode page) {
        return page.isArray() ? page : page.get("items");
    }

    private static String id(JsonNode n) {
        return n.get("id").asString();
    }

    private void town(String code, String county) {
        post(ADMIN, "/api/v1/areas", Map.of("code", code, "name", "Town " + code, "level", "TOWN", "parentCode", county,
                "validFrom", "2020-01-01"), 201);
    }

    @Test
    void shouldPageInspectionsForANarrowScopeBeyondTheOldCapAndShowASiblingNothing() {
        tree("pg1", 1);
        town("pg1t2", "pg1c");
        // 501 findings in the sibling town, all due before the town's own: the old list read the first
        // 500 under the county and then dropped those out of scope, so the town got []
        List<InspectionDocument> sibling = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            InspectionDocument d = new InspectionDocument();
            d.id = String.format("in-pg1-%04d", i);
            d.areaCode = "pg1t2";
            d.areaPath = List.of("pg1", "pg1c", "pg1t2");
            d.category = "SERVICE_POINT_NOT_OPEN";
            d.finding = "f";
            d.rectifyBy = today().plusDays(1);
            d.status = InspectionStatus.OPEN;
            d.recordedAt = Instant.now();
            d.version = 1;
            sibling.add(d);
        }
        mongo.insertAll(sibling).then().block();
        String county = token("insp-pg1", "AREA_ADMIN", "pg1c");
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            own.add(post(county, "/api/v1/inspections", Map.of("areaCode", "pg1t", "category", "SERVICE_POINT_NOT_OPEN",
                    "finding", "f" + i, "deductionPoints", 1.0, "rectifyBy", today().plusDays(5).toString()), 201)
                    .get("id").asString());
        }
        String townAdmin = token("aa-pg1t", "AREA_ADMIN", "pg1t");

        JsonNode first = get(townAdmin, "/api/v1/inspections?under=pg1c&limit=2", 200);
        assertThat(rows(first)).hasSize(2);
        assertThat(all(townAdmin, "/api/v1/inspections?under=pg1c&limit=2", PagingIT::id))
                .containsExactlyInAnyOrderElementsOf(own);
        // the county sees all 504 in deadline order over two pages of the maximum size
        List<String> everything = all(county, "/api/v1/inspections?under=pg1c&limit=500", PagingIT::id);
        assertThat(everything).hasSize(504).doesNotHaveDuplicates();
        assertThat(everything.subList(501, 504)).containsExactlyInAnyOrderElementsOf(own);

        String siblingAdmin = token("aa-pg1t2", "AREA_ADMIN", "pg1t2");
        assertThat(items(get(siblingAdmin, "/api/v1/inspections?under=pg1t", 200))).isEmpty();
        assertThat(items(get(siblingAdmin, "/api/v1/inspections?under=pg1c&limit=500", 200)).toString())
                .doesNotContain(own.get(0));
        get(townAdmin, "/api/v1/inspections?under=pg1c&areaCode=pg1t", 400);
        get(townAdmin, "/api/v1/inspections?under=pg1c&cursor=not-a-cursor", 400);
        get(townAdmin, "/api/v1/inspections?under=pg1c&limit=501", 400);
    }

    @Test
    void shouldPageVisitsWithEqualVisitTimesWithoutLossOrRepeatAndBeyondTheOldCap() {
        List<String> grids = tree("pg2", 2);
        assign("gw-pg2", "WORKER", grids.get(0));
        assign("gw-pg2b", "WORKER", grids.get(1));
        String worker = token("gw-pg2", "GRID_WORKER", "pg2v");
        String rid = resident(worker, grids.get(0), idNumber(), "钱一", null);
        // 510 visits at one and the same time (carried in from paper records): the old list stopped at 500
        Instant at = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
        List<VisitDocument> docs = new ArrayList<>();
        for (int i = 0; i < 510; i++) {
            VisitDocument v = new VisitDocument();
            v.id = String.format("v-pg2-%04d", i);
            v.residentId = rid;
            v.gridCode = grids.get(0);
            v.gridPath = List.of("pg2", "pg2c", "pg2t", "pg2v", grids.get(0));
            v.workerId = "gw-pg2";
            v.visitedAt = at;
            v.enteredAt = at;
            v.counted = false;
            v.scheduleApplied = true;
            docs.add(v);
        }
        mongo.insertAll(docs).then().block();

        List<String> big = all(worker, "/api/v1/visits?resident=" + rid + "&limit=500", PagingIT::id);
        assertThat(big).hasSize(510).doesNotHaveDuplicates();
        List<String> small = all(worker, "/api/v1/visits?grid=" + grids.get(0) + "&limit=7", PagingIT::id);
        assertThat(small).hasSize(510).doesNotHaveDuplicates();
        assertThat(small).isEqualTo(big); // one order: newest first, then id

        String other = token("gw-pg2b", "GRID_WORKER", "pg2v");
        assertThat(items(get(other, "/api/v1/visits?grid=" + grids.get(0), 200))).isEmpty();
        assertThat(items(get(other, "/api/v1/visits?resident=" + rid, 200))).isEmpty();
        get(worker, "/api/v1/visits?resident=" + rid + "&worker=gw-pg2", 400);
        get(worker, "/api/v1/visits?resident=" + rid + "&cursor=eA", 400);
    }

    @Test
    void shouldPageTheDueListAcrossFollowUpsAndSchedulesWithEqualDueTimes() {
        List<String> grids = tree("pg3", 1);
        String g = grids.get(0);
        assign("gw-pg3", "WORKER", g);
        String worker = token("gw-pg3", "GRID_WORKER", "pg3v");
        Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        List<String> expected = new ArrayList<>();
        // five crisis follow-ups and four scheduled visits, all due at the same instant
        List<FollowUpDocument> followUps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FollowUpDocument f = new FollowUpDocument();
            f.id = "fu-pg3-" + i;
            f.kind = "CRISIS_FOLLOW_UP";
            f.sourceAggregateId = "cc-pg3-" + i;
            f.subjectId = "s-pg3-" + i;
            f.areaCode = g;
            f.areaPath = List.of("pg3", "pg3c", "pg3t", "pg3v", g);
            f.dueAt = due;
            f.open = true;
            f.aggregateVersion = 1;
            followUps.add(f);
            expected.add(f.subjectId);
        }
        List<ScheduleDocument> schedules = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ScheduleDocument s = new ScheduleDocument();
            s.residentId = "r-pg3-" + i;
            s.id = "vs-" + s.residentId;
            s.gridCode = g;
            s.gridKey = ScheduleDocument.gridKey(g, s.residentId);
            s.gridPath = List.of("pg3", "pg3c", "pg3t", "pg3v", g);
            s.intervalDays = 30;
            s.reasons = List.of("LEFT_BEHIND_CHILD");
            s.dueAt = due;
            s.windowOpensAt = due.minus(Duration.ofDays(3));
            s.expiresAt = due.plus(Duration.ofDays(7));
            s.leadDays = 3;
            s.expireDays = 7;
            s.version = 1;
            schedules.add(s);
            expected.add(s.residentId);
        }
        mongo.insertAll(followUps).then().block();
        mongo.insertAll(schedules).then().block();

        Function<JsonNode, String> key = n -> n.path("residentId").isString() ? n.get("residentId").asString()
                : n.get("subjectId").asString();
        for (int limit : List.of(1, 2, 4, 500)) {
            List<String> served = all(worker, "/api/v1/visits/due?horizonDays=10&limit=" + limit, key);
            assertThat(served).as("limit " + limit).containsExactlyElementsOf(expected);
        }
        JsonNode first = get(worker, "/api/v1/visits/due?horizonDays=10&limit=5", 200);
        assertThat(first.get("items")).hasSize(5);
        assertThat(first.get("next").isString()).isTrue();

        String stranger = token("gw-pg3x", "GRID_WORKER", "pg3v");
        assertThat(items(get(stranger, "/api/v1/visits/due?horizonDays=10", 200))).isEmpty();
        get(token("aa-pg3x", "AREA_ADMIN", "pg2t"), "/api/v1/visits/due?grid=" + g + "&horizonDays=10", 404);
        get(worker, "/api/v1/visits/due?horizonDays=10&under=pg3v", 400);
        get(worker, "/api/v1/visits/due?horizonDays=10&cursor=" + org.socialpsych.chassis.web.CursorPage.cursor("1",
                "x:1"), 400);
    }

    @Test
    void shouldPageAGridsStaffWithEqualStartDaysWithinScope() {
        List<String> grids = tree("pg4", 2);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(assign(client(), "gw-pg4-" + i, "WORKER", grids.get(0)));
        }
        assign("gw-pg4-b", "WORKER", grids.get(1));
        for (String auth : List.of(ADMIN, token("aa-pg4", "AREA_ADMIN", "pg4t"),
                token("gw-pg4-0", "GRID_WORKER", "pg4v"))) {
            for (int limit : List.of(1, 2, 500)) {
                List<String> served = all(auth, "/api/v1/grid-staff?grid=" + grids.get(0) + "&limit=" + limit,
                        PagingIT::id);
                assertThat(served).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            }
        }
        // a worker of the other grid, an admin of another town: nothing of this grid
        assertThat(items(get(token("gw-pg4-b", "GRID_WORKER", "pg4v"), "/api/v1/grid-staff?grid=" + grids.get(0),
                200))).isEmpty();
        assertThat(items(get(token("aa-pg4x", "AREA_ADMIN", "pg3t"), "/api/v1/grid-staff?grid=" + grids.get(0),
                200))).isEmpty();
        get(ADMIN, "/api/v1/grid-staff?grid=" + grids.get(0) + "&role=WORKER", 400);
        get(ADMIN, "/api/v1/grid-staff?grid=" + grids.get(0) + "&limit=0", 400);
    }

    @Test
    void shouldPageCurrentAreasWhenEndedOnesSortFirstAndShowASiblingNothing() {
        List<String> grids = tree("pg5", 4);
        town("pg5t2", "pg5c");
        for (String ended : grids.subList(0, 2)) {
            post(ADMIN, "/api/v1/areas/" + ended + "/retire", Map.of("validTo", today().toString()), 200);
        }
        // the old list took the first codes and then dropped the ended ones: an empty "page"
        assertThat(codes(get(ADMIN, "/api/v1/areas?parent=pg5v&limit=2", 200)))
                .containsExactly(grids.get(2), grids.get(3));
        Function<JsonNode, String> code = n -> n.get("code").asString();
        assertThat(all(ADMIN, "/api/v1/areas?under=pg5v&limit=1", code)).containsExactly(grids.get(2), grids.get(3),
                "pg5v");
        String town = token("aa-pg5", "AREA_ADMIN", "pg5t");
        assertThat(all(town, "/api/v1/areas?under=pg5c&limit=2", code)).containsExactly(grids.get(2), grids.get(3),
                "pg5t", "pg5v");
        assertThat(all(town, "/api/v1/areas?under=pg5v&asOf=2021-01-01&limit=2", code)).containsExactly(grids.get(0),
                grids.get(1), grids.get(2), grids.get(3), "pg5v");
        String sibling = token("aa-pg5t2", "AREA_ADMIN", "pg5t2");
        assertThat(items(get(sibling, "/api/v1/areas?under=pg5v", 200))).isEmpty();
        assertThat(items(get(sibling, "/api/v1/areas?under=pg5v&asOf=2021-01-01", 200))).isEmpty();
        assertThat(all(sibling, "/api/v1/areas?under=pg5c&limit=1", code)).containsExactly("pg5t2");
        get(ADMIN, "/api/v1/areas?under=pg5v&level=GRID", 400);
        get(ADMIN, "/api/v1/areas?under=pg5v&limit=1000", 400);
    }

    @Test
    void shouldPageTheDuplicateQueueAndRefuseUnknownParameters() {
        JsonNode page = get(ADMIN, "/api/v1/residents/duplicate-queue?limit=1", 200);
        assertThat(rows(page).size()).isLessThanOrEqualTo(1);
        get(ADMIN, "/api/v1/residents/duplicate-queue?area=pg1", 400);
        get(ADMIN, "/api/v1/residents/duplicate-queue?cursor=@@@", 400);
    }

    /** Area codes of a page. */
    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        rows(page).forEach(n -> out.add(n.get("code").asString()));
        return out;
    }
}
