package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.grid.GridItSupport.ADMIN;
import static org.socialpsych.grid.GridItSupport.get;
import static org.socialpsych.grid.GridItSupport.idNumber;
import static org.socialpsych.grid.GridItSupport.items;
import static org.socialpsych.grid.GridItSupport.post;
import static org.socialpsych.grid.GridItSupport.resident;
import static org.socialpsych.grid.GridItSupport.tree;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.socialpsych.chassis.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.chassis.jobs.PeriodicJobRunner;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One calendar and one run per tick, under a controllable platform clock ({@link TestClock}, in
 * Asia/Shanghai whatever the machine's zone: the suite passes with {@code TZ=UTC} and
 * {@code TZ=Asia/Shanghai}). The periodic runner of this context is off; the tests run jobs by
 * hand through runners of their own.
 */
class PlatformClockIT extends ClockedGridItSupport {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        clockedProperties(r, "grid-clock");
    }

    /** A day two days ahead of the real one (platform zone), at {@code time} Beijing time. */
    private LocalDate moveTo(LocalTime time) {
        LocalDate day = clock.today().plusDays(2);
        clock.setTo(LocalDateTime.of(day, time));
        return day;
    }

    private JsonNode visit(WebTestClient c, String auth, String rid, LocalDateTime beijing, int status) {
        return post(c, auth, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", clock.at(beijing).toString(),
                "durationMinutes", 20), status);
    }

    /**
     * 07:30 in Beijing is 23:30 UTC of the day before: "today" is still the Beijing day for the
     * assignment, the tag (and so the visit schedule, which took the UTC day before) and the
     * departure day (a visit at 07:25 on the departure day is on that day, not after the departure).
     */
    @Test
    void shouldTakeTodayFromThePlatformZoneAt0730Beijing() {
        WebTestClient c = GridItSupport.client(port);
        LocalDate d = moveTo(LocalTime.of(7, 30));
        String g = tree(c, "ck", 1).get(0);
        JsonNode assignment = post(c, ADMIN, "/api/v1/grid-staff", Map.of("personId", "gw-ck", "role", "WORKER",
                "gridCode", g), 201);
        assertThat(assignment.get("validFrom").asString()).isEqualTo(d.toString());
        String worker = token("gw-ck", "GRID_WORKER", "ckv");

        // the worker serves the grid today: registers, tags (from today) and sees the tag's visit due
        String rid = resident(c, worker, g, idNumber(), "周早", null);
        JsonNode tagged = post(c, worker, "/api/v1/residents/" + rid + "/tags",
                Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        assertThat(tagged.get("tags").get(0).get("validFrom").asString()).isEqualTo(d.toString());
        JsonNode due = items(get(c, worker, "/api/v1/visits/due?horizonDays=10", 200));
        assertThat(due.findValues("residentId").stream().map(JsonNode::asString)).contains(rid);
        assertThat(due.toString()).contains("LEFT_BEHIND_CHILD");

        // departed today: a visit at 07:25 today is on the departure day (recorded)
        String today = resident(c, worker, g, idNumber(), "周今", null);
        JsonNode departed = post(c, worker, "/api/v1/residents/" + today + "/departure",
                Map.of("reason", "MOVED_OUT", "at", d.toString()), 200);
        assertThat(departed.get("departure").get("on").asString()).isEqualTo(d.toString());
        visit(c, worker, today, LocalDateTime.of(d, LocalTime.of(7, 25)), 201);

        // departed yesterday: 23:30 yesterday is on that day, 07:25 today is after it
        String yesterday = resident(c, worker, g, idNumber(), "周昨", null);
        post(c, worker, "/api/v1/residents/" + yesterday + "/departure",
                Map.of("reason", "MOVED_OUT", "at", d.minusDays(1).toString()), 200);
        visit(c, worker, yesterday, LocalDateTime.of(d.minusDays(1), LocalTime.of(23, 30)), 201);
        assertThat(visit(c, worker, yesterday, LocalDateTime.of(d, LocalTime.of(7, 25)), 409).get("type")
                .asString()).endsWith("/resident-departed");

        // a deadline of today is not in the past
        post(c, ADMIN, "/api/v1/inspections", Map.of("areaCode", "ckt", "category", "SERVICE_POINT_NOT_OPEN",
                "finding", "Room closed", "deductionPoints", 1.0, "rectifyBy", d.toString()), 201);
    }

    /** 23:30 in Beijing is 15:30 UTC of the same day: the same dates, ended assignments end today. */
    @Test
    void shouldTakeTodayFromThePlatformZoneAt2330Beijing() {
        WebTestClient c = GridItSupport.client(port);
        LocalDate d = moveTo(LocalTime.of(23, 30));
        String g = tree(c, "cn", 1).get(0);
        String assignment = post(c, ADMIN, "/api/v1/grid-staff", Map.of("personId", "gw-cn", "role", "WORKER",
                "gridCode", g), 201).get("id").asString();
        String worker = token("gw-cn", "GRID_WORKER", "cnv");
        String rid = resident(c, worker, g, idNumber(), "周晚", null);
        post(c, worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        assertThat(items(get(c, worker, "/api/v1/visits/due?horizonDays=10", 200)).toString()).contains(rid)
                .contains("LEFT_BEHIND_CHILD");
        post(c, worker, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "DECEASED", "at", d.toString()),
                200);
        visit(c, worker, rid, LocalDateTime.of(d, LocalTime.of(23, 20)), 201);

        JsonNode ended = post(c, ADMIN, "/api/v1/grid-staff/" + assignment + "/end", Map.of(), 200);
        assertThat(ended.get("validTo").asString()).isEqualTo(d.toString());
    }

    private static double runs(SimpleMeterRegistry meters, String job, String outcome) {
        var counter = meters.find("jobs.runs").tag("job", job).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * Two replicas (two runners, two lease holders on one database) run each job once per tick: one
     * supervision run, one escalation; when the holder stops renewing, the other takes over after the
     * lease (two intervals plus five seconds) ran out.
     */
    @Test
    void shouldRunEachJobOncePerTickAcrossTwoReplicas() {
        WebTestClient c = GridItSupport.client(port);
        String g = tree(c, "cl", 1).get(0);
        GridItSupport.assign(c, "gw-cl", "WORKER", g);
        String id = post(c, ADMIN, "/api/v1/grid-events", Map.of("category", "FAST_TEST", "gridCode", g, "title",
                "Blocked stairwell"), 201).get("id").asString();
        post(c, ADMIN, "/api/v1/grid-events/" + id + "/open", Map.of(), 200);
        post(c, ADMIN, "/api/v1/grid-events/" + id + "/dispatch", Map.of("handlerId", "gw-cl"), 200);
        clock.advance(Duration.ofSeconds(5)); // past the one-second deadline

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PeriodicJobRunner a = runner("replica-a", meters);
        PeriodicJobRunner b = runner("replica-b", meters);
        String job = "grid-event-supervision";

        Mono.zip(a.runAll(), b.runAll()).block();
        assertThat(runs(meters, job, "ran")).isEqualTo(1);
        assertThat(runs(meters, job, "skipped")).isEqualTo(1);
        JsonNode e = get(c, ADMIN, "/api/v1/grid-events/" + id, 200);
        assertThat(e.get("escalationLevel").asInt()).isEqualTo(1);

        // the next tick: again once (the holder renews), nothing new is due
        Mono.zip(a.runAll(), b.runAll()).block();
        assertThat(runs(meters, job, "ran")).isEqualTo(2);
        assertThat(runs(meters, job, "skipped")).isEqualTo(2);
        assertThat(get(c, ADMIN, "/api/v1/grid-events/" + id, 200).get("escalationLevel").asInt()).isEqualTo(1);

        // the holder stops; after the lease ran out (2 h 5 s) the other replica runs it, once
        clock.advance(Duration.ofHours(3));
        String holder = mongo.findById(job, org.bson.Document.class, JobLease.COLLECTION).block().getString("holder");
        PeriodicJobRunner survivor = "replica-a".equals(holder) ? b : a;
        PeriodicJobRunner stopped = survivor == a ? b : a;
        survivor.runAll().block();
        assertThat(runs(meters, job, "ran")).isEqualTo(3);
        assertThat(get(c, ADMIN, "/api/v1/grid-events/" + id, 200).get("escalationLevel").asInt()).isEqualTo(2);
        stopped.runAll().block();
        assertThat(runs(meters, job, "ran")).isEqualTo(3);
        assertThat(runs(meters, job, "skipped")).isEqualTo(3);
    }
}
