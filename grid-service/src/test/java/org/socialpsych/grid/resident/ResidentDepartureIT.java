package org.socialpsych.grid.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;
import org.socialpsych.grid.resident.infra.ResidentRetention;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * A resident's departure (moved out, died, deregistered): once, in the caller's capture scope, the
 * visit schedule ends; three years later retention class {@code resident} leaves a tombstone
 * without identity that reads and identity-number lookups no longer find.
 */
class ResidentDepartureIT extends GridItSupport {

    /** Auditors see the entries of persons owned in their scope. */
    private static final String AUDITOR = token("au-rd", "AUDITOR", "rd", "rp");

    private JsonNode runRetention() {
        byte[] out = client().post().uri("/api/v1/retention/grid-service/runs").header("Authorization", ADMIN)
                .exchange().expectStatus().isEqualTo(200).expectBody().returnResult().getResponseBody();
        return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    private void backdate(String id, Instant to) {
        assertThat(mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                new Update().set("departedAt", Date.from(to)), "residents").block().getModifiedCount()).isEqualTo(1);
    }

    private static void assertProblem(JsonNode problem) {
        assertThat(problem.get("status")).isNotNull();
    }

    @Test
    void shouldRecordTheDepartureOnceEndTheScheduleAndValidate() throws Exception {
        List<String> grids = tree("rd", 2);
        String g = grids.get(0);
        assign("gw-rd", "WORKER", g);
        String worker = token("gw-rd", "GRID_WORKER", "rdv");
        String other = token("gw-rd2", "GRID_WORKER", "rdx");
        String areaAdmin = token("aa-rd", "AREA_ADMIN", "rd");
        put(ADMIN, "/api/v1/visit-policies/rdv", Map.of("initialDays", 7, "leadDays", 3,
                "tagIntervalDays", Map.of("LEFT_BEHIND_CHILD", 30)), 200);
        String rid = resident(worker, g, idNumber(), "许离开", "13600136000");
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        String due = "/api/v1/visits/due?grid=" + g + "&horizonDays=30";
        assertThat(get(worker, due, 200).toString()).contains(rid);
        Document before = mongo.findById(rid, Document.class, "residents").block();

        // bad input: nothing stored
        assertProblem(post(worker, "/api/v1/residents/" + rid + "/departure",
                Map.of("reason", "MOVED_OUT", "at", Instant.now().plus(Duration.ofDays(2)).toString()), 400));
        assertProblem(post(worker, "/api/v1/residents/" + rid + "/departure",
                Map.of("reason", "MOVED_OUT", "at", today().plusDays(2).toString()), 400));
        assertProblem(post(worker, "/api/v1/residents/" + rid + "/departure",
                Map.of("reason", "EMIGRATED_TO_MARS", "at", "2025-01-01"), 400));
        assertProblem(post(worker, "/api/v1/residents/" + rid + "/departure",
                Map.of("reason", "MOVED_OUT", "at", "yesterday"), 400));
        assertProblem(post(worker, "/api/v1/residents/" + rid + "/departure", Map.of("at", "2025-01-01"), 400));
        assertProblem(post(worker, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "MOVED_OUT"), 400));
        // out of scope: the resident does not exist for them; roles without write access are refused
        post(other, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "MOVED_OUT", "at", "2025-01-01"),
                404);
        post(AUDITOR, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "MOVED_OUT", "at", "2025-01-01"),
                403);
        post(worker, "/api/v1/residents/r-nobody/departure", Map.of("reason", "MOVED_OUT", "at", "2025-01-01"), 404);
        Document unchanged = mongo.findById(rid, Document.class, "residents").block();
        assertThat(unchanged.get("version")).isEqualTo(before.get("version"));
        assertThat(unchanged).doesNotContainKeys("departure", "departedAt");

        // recorded once; the same body again is the same state, another one a conflict
        String at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode departed = post(worker, "/api/v1/residents/" + rid + "/departure",
                Map.of("reason", "MOVED_OUT", "at", at), 200);
        assertThat(departed.get("departure").get("reason").asString()).isEqualTo("MOVED_OUT");
        assertThat(Instant.parse(departed.get("departure").get("at").asString())).isEqualTo(Instant.parse(at));
        long version = departed.get("version").asLong();
        assertThat(version).isEqualTo(((Number) before.get("version")).longValue() + 1);
        JsonNode again = post(worker, "/api/v1/residents/" + rid + "/departure",
                Map.of("reason", "MOVED_OUT", "at", at), 200);
        assertThat(again.get("version").asLong()).isEqualTo(version);
        assertThat(again.get("departure")).isEqualTo(departed.get("departure"));
        post(worker, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "DECEASED", "at", at), 409);
        post(areaAdmin, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "MOVED_OUT", "at",
                Instant.parse(at).minusSeconds(86400).toString()), 409);
        Document stored = mongo.findById(rid, Document.class, "residents").block();
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(version);
        assertThat(stored.get("departure", Document.class).getString("reason")).isEqualTo("MOVED_OUT");
        assertThat(stored.getDate("departedAt").toInstant()).isEqualTo(Instant.parse(at));

        // reads show the departure; the schedule ends, so the resident is not due any more
        assertThat(get(areaAdmin, "/api/v1/residents/" + rid, 200).get("departure").get("reason").asString())
                .isEqualTo("MOVED_OUT");
        assertThat(get(worker, due, 200).toString()).doesNotContain(rid);
        Document schedule = mongo.findById("vs-" + rid, Document.class, "visit_schedules").block();
        assertThat(schedule.get("dueAt")).isNull();
        assertThat(schedule.get("nextCheckAt")).isNull();
        // no visit after the departure; one from before it, carried in late, is still recorded
        assertProblem(post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().minus(Duration.ofDays(1)).toString()), 409));
        post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.parse(at).minus(Duration.ofDays(1)).toString()), 201);

        // an area admin in scope records a death by date
        String rid2 = resident(worker, g, idNumber(), "许过世", null);
        JsonNode died = post(areaAdmin, "/api/v1/residents/" + rid2 + "/departure",
                Map.of("reason", "DECEASED", "at", today().minusDays(1).toString()), 200);
        assertThat(died.get("departure").get("reason").asString()).isEqualTo("DECEASED");
        post(areaAdmin, "/api/v1/residents/" + rid2 + "/departure",
                Map.of("reason", "DECEASED", "at", today().minusDays(1).toString()), 200);
    }

    @Test
    void shouldPurgeResidentsThreeYearsAfterTheyLeftToATombstone() throws Exception {
        String g = tree("rp", 1).get(0);
        assign("gw-rp", "WORKER", g);
        String worker = token("gw-rp", "GRID_WORKER", "rpv");
        String idOld = idNumber();
        String old = resident(worker, g, idOld, "章旧居", "13800138000");
        post(worker, "/api/v1/residents/" + old + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        String recent = resident(worker, g, idNumber(), "章新居", null);
        String staying = resident(worker, g, idNumber(), "章留居", null);
        // a second old one: two tombstones without idHash must not collide on the unique index
        String old2 = resident(worker, g, idNumber(), "章二旧", null);
        for (String id : List.of(old, recent, old2)) {
            post(worker, "/api/v1/residents/" + id + "/departure", Map.of("reason", "DEREGISTERED", "at",
                    today().minusDays(1).toString()), 200);
        }
        Instant now = Instant.now();
        backdate(old, now.minus(Duration.ofDays(3 * 365 + 5)));
        backdate(old2, now.minus(Duration.ofDays(3 * 365 + 3)));
        backdate(recent, now.minus(Duration.ofDays(3 * 365 - 5)));
        // a resident who never left is kept, however old the record
        assertThat(mongo.updateFirst(new Query(Criteria.where("_id").is(staying)),
                new Update().set("createdAt", Date.from(now.minus(Duration.ofDays(20 * 365)))), "residents").block()
                .getModifiedCount()).isEqualTo(1);
        // the registration events are published (the outbox is drained) before the purge, as it is years later
        await(Duration.ofSeconds(30), () -> List.of(old, old2, recent).stream().allMatch(id -> mongo
                .findById(id, Document.class, "residents").block().getList("outbox", Object.class, List.of())
                .isEmpty()));

        assertThat(get(AUDITOR, "/api/v1/retention/grid-service", 200).get("classes").toString())
                .contains(ResidentRetention.NAME).contains("departedAt");
        JsonNode run = runRetention();
        assertThat(run.get("purged").get(ResidentRetention.NAME).asLong()).isEqualTo(2);

        Document tomb = mongo.findById(old, Document.class, "residents").block();
        assertThat(tomb).doesNotContainKeys("idHash", "sealed", "tags", "householdId", "guardianId", "riskLevel",
                "idempotencyKey", "departure", "gridHistory", "createdBy", "scheduleDirty");
        assertThat(tomb.keySet()).containsExactlyInAnyOrder("_id", "gridCode", "gridPath", "departedAt",
                "departureReason", "version", "purgedAt", "retentionClass", "outbox");
        assertThat(tomb.getString("retentionClass")).isEqualTo(ResidentRetention.NAME);
        assertThat(tomb.getString("departureReason")).isEqualTo("DEREGISTERED");
        assertThat(tomb.getString("gridCode")).isEqualTo(g);
        assertThat(tomb.getList("gridPath", String.class)).contains("rpv", g);
        assertThat(tomb.getList("outbox", Object.class)).isEmpty();
        assertThat(tomb.toJson()).doesNotContain("章").doesNotContain(idOld).doesNotContain("gw-rp");
        assertThat(mongo.findById(old2, Document.class, "residents").block().get("purgedAt")).isNotNull();

        // gone for reads, lookups and lists
        get(worker, "/api/v1/residents/" + old, 404);
        get(ADMIN, "/api/v1/residents/" + old, 404);
        assertThat(get(worker, "/api/v1/residents?idNumber=" + idOld, 200).get("items")).isEmpty();
        assertThat(get(worker, "/api/v1/residents?grid=" + g, 200).toString()).doesNotContain(old)
                .doesNotContain(old2).contains(recent).contains(staying);
        post(worker, "/api/v1/residents/" + old + "/departure", Map.of("reason", "DEREGISTERED", "at",
                today().minusDays(1).toString()), 404);
        // key rotation skips tombstones
        post(ADMIN, "/api/v1/residents/key-rotation", Map.of(), 200);
        // the identity number is free again
        resident(worker, g, idOld, "章回来", null);

        // the others keep everything
        assertThat(mongo.findById(recent, Document.class, "residents").block()).containsKeys("idHash", "sealed",
                "departure").doesNotContainKey("purgedAt");
        assertThat(mongo.findById(staying, Document.class, "residents").block()).containsKeys("idHash", "sealed")
                .doesNotContainKey("purgedAt");
        get(worker, "/api/v1/residents/" + recent, 200);

        // the purge was audited first, by the retention job, and the chain is intact
        List<JsonNode> entries = new ArrayList<>();
        get(AUDITOR, "/api/v1/audit/grid-service/entries?dataSubject=" + old + "&limit=500", 200).get("items")
                .forEach(entries::add);
        assertThat(entries).filteredOn(e -> e.get("actor").asString().equals("system:retention")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("recordId").asString()).isEqualTo(old);
                    assertThat(e.get("recordType").asString()).isEqualTo("resident");
                    assertThat(e.get("purpose").asString()).startsWith("RETENTION_PURGE:resident:");
                });
        JsonNode verified = get(AUDITOR, "/api/v1/audit/grid-service/verify", 200);
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();

        // a second run purges nothing more
        assertThat(runRetention().get("purged").get(ResidentRetention.NAME).asLong()).isZero();
        assertThat(mongo.findById(old, Document.class, "residents").block().get("version"))
                .isEqualTo(tomb.get("version"));

        // the unique index on the identity-number hash is sparse
        List<Document> indexes = Flux.from(mongo.getCollection("residents").block().listIndexes(Document.class))
                .collectList().block();
        assertThat(indexes).filteredOn(i -> "idHash".equals(i.getString("name"))).singleElement()
                .satisfies(i -> {
                    assertThat(i.get("unique")).isEqualTo(true);
                    assertThat(i.get("sparse")).isEqualTo(true);
                });
    }
}
