package org.socialpsych.grid.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.events.Topics;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.grid.GridItSupport;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * grid-service as the owner of the platform's person index (issue 13): platform-issued ids, every
 * resident event naming the person and its owning grid and path, explicit audited transfers,
 * anonymous screening subjects, duplicates without a registry oracle, audited person-level lists.
 */
class PersonIndexIT extends GridItSupport {

    @Autowired
    ReadAuditLog audit;

    private static final String ID = "[ra]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private JsonNode payload(ConsumerRecord<String, String> r) {
        return JSON.readTree(r.value());
    }

    private ConsumerRecord<String, String> event(String key, String type, int count) {
        List<ConsumerRecord<String, String>> records = consume(Topics.GRID_RESIDENTS, key, count,
                Duration.ofSeconds(20));
        return records.stream().filter(r -> type.equals(header(r, "ce_type"))).findFirst()
                .orElseThrow(() -> new AssertionError(type + " not published for " + key));
    }

    private long audited(String subject) {
        return audit.bySubject(subject, 1000).count().block();
    }

    private void assertAudited(String subject, Supplier<JsonNode> read) {
        long before = audited(subject);
        read.get();
        assertThat(audited(subject)).as("read-audit entries about " + subject).isGreaterThan(before);
    }

    @Test
    void shouldPublishOwnershipWithEveryResidentEventAndTransferOnlyWithinTheCallersCapture() {
        List<String> grids = tree("pt", 2);
        String g1 = grids.get(0);
        String g2 = grids.get(1);
        String town = token("aa-ptt", "AREA_ADMIN", "ptt");
        String g1Admin = token("aa-pt1", "AREA_ADMIN", g1);
        String stranger = token("aa-px", "AREA_ADMIN", "px");
        String rid = resident(town, g1, idNumber(), "郑转移", null);
        assertThat(rid).matches(ID).startsWith("r-");
        post(town, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);

        JsonNode registered = payload(event(rid, GridEvents.RESIDENT_REGISTERED, 2));
        assertThat(registered.get("personId").asString()).isEqualTo(rid);
        assertThat(registered.get("gridCode").asString()).isEqualTo(g1);
        assertThat(registered.get("areaPath").toString()).isEqualTo("[\"pt\",\"ptc\",\"ptt\",\"ptv\",\"" + g1 + "\"]");
        assertThat(payload(event(rid, GridEvents.POPULATION_TAGGED, 2)).get("personId").asString()).isEqualTo(rid);

        // refused: other roles, a scope over one of the grids only, another town, bad input (nothing changes)
        Map<String, Object> body = Map.of("toGrid", g2, "reason", "moved to the next block");
        post(token("gw-pt", "GRID_WORKER", "ptv"), "/api/v1/residents/" + rid + "/transfer", body, 403);
        post(g1Admin, "/api/v1/residents/" + rid + "/transfer", body, 403);
        post(stranger, "/api/v1/residents/" + rid + "/transfer", body, 404);
        post(town, "/api/v1/residents/" + rid + "/transfer", Map.of("toGrid", "pt-g9", "reason", "x"), 422);
        post(town, "/api/v1/residents/" + rid + "/transfer", Map.of("toGrid", g1, "reason", "x"), 422);
        post(town, "/api/v1/residents/" + rid + "/transfer", Map.of("toGrid", g2), 400);
        assertThat(get(ADMIN, "/api/v1/residents/" + rid, 200).get("gridCode").asString()).isEqualTo(g1);

        // the town's admin covers both grids: the transfer is stored, audited and published
        long before = audited(rid);
        JsonNode moved = post(town, "/api/v1/residents/" + rid + "/transfer", body, 200);
        assertThat(moved.get("gridCode").asString()).isEqualTo(g2);
        assertThat(audit.bySubject(rid, 100).collectList().block()).anySatisfy(e -> {
            assertThat(e.purpose()).isEqualTo("transfer");
            assertThat(e.actor()).isEqualTo("aa-ptt");
        });
        assertThat(audited(rid)).isGreaterThan(before);
        Document stored = mongo.findById(rid, Document.class, "residents").block();
        assertThat(stored.getList("transfers", Document.class)).singleElement()
                .satisfies(t -> assertThat(t.getString("reason")).isEqualTo("moved to the next block"));
        JsonNode transferred = payload(event(rid, GridEvents.RESIDENT_TRANSFERRED, 3));
        assertThat(transferred.get("personId").asString()).isEqualTo(rid);
        assertThat(transferred.get("fromGridCode").asString()).isEqualTo(g1);
        assertThat(transferred.get("gridCode").asString()).isEqualTo(g2);
        assertThat(transferred.get("areaPath").toString()).endsWith("\"" + g2 + "\"]");
        assertThat(transferred.get("effectiveFrom").asString()).isEqualTo(today().toString());
        assertThat(transferred.toString()).doesNotContain("next block");
        // the admin of the old grid alone no longer sees the person
        get(g1Admin, "/api/v1/residents/" + rid, 404);

        // the departure names the owner too
        post(town, "/api/v1/residents/" + rid + "/departure", Map.of("reason", "MOVED_OUT", "at",
                today().toString()), 200);
        JsonNode departed = payload(event(rid, GridEvents.RESIDENT_DEPARTED, 4));
        assertThat(departed.get("personId").asString()).isEqualTo(rid);
        assertThat(departed.get("gridCode").asString()).isEqualTo(g2);
        assertThat(departed.get("departedOn").asString()).isEqualTo(today().toString());
        post(town, "/api/v1/residents/" + rid + "/transfer", Map.of("toGrid", g1, "reason", "back"), 409);
    }

    @Test
    void shouldIssueAnonymousScreeningSubjectsToScreenersInTheirCaptureScope() {
        tree("pn", 1);
        String counsellor = token("co-pn", "COUNSELLOR", "pnt");
        JsonNode issued = post(counsellor, "/api/v1/persons/anonymous", Map.of("areaCode", "pnv"), 201);
        String id = issued.get("personId").asString();
        assertThat(id).matches(ID).startsWith("a-");
        assertThat(issued.get("areaPath").toString()).isEqualTo("[\"pn\",\"pnc\",\"pnt\",\"pnv\"]");
        post(token("gw-pn", "GRID_WORKER", "pnv"), "/api/v1/persons/anonymous", Map.of("areaCode", "pnv"), 201);
        post(token("aa-pn", "AREA_ADMIN", "pnc"), "/api/v1/persons/anonymous", Map.of("areaCode", "pnt"), 201);

        post(counsellor, "/api/v1/persons/anonymous", Map.of("areaCode", "pnc"), 403); // above the scope
        post(token("an-pn", "ANALYST", "pn"), "/api/v1/persons/anonymous", Map.of("areaCode", "pnv"), 403);
        post(token("po-pn", "POLICE_LIAISON", "pn"), "/api/v1/persons/anonymous", Map.of("areaCode", "pnv"), 403);
        post(counsellor, "/api/v1/persons/anonymous", Map.of("areaCode", "pn-nowhere"), 422);
        post(counsellor, "/api/v1/persons/anonymous", Map.of(), 400);

        Document stored = mongo.findById(id, Document.class, "anonymous_subjects").block();
        assertThat(stored.getString("areaCode")).isEqualTo("pnv");
        ConsumerRecord<String, String> r = event(id, GridEvents.ANONYMOUS_SUBJECT_ISSUED, 1);
        JsonNode p = payload(r);
        List<String> fields = new ArrayList<>();
        p.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("aggregateId", "aggregateVersion", "occurredAt", "personId",
                "areaCode", "areaPath");
        assertThat(p.get("personId").asString()).isEqualTo(id);
        assertThat(p.get("areaCode").asString()).isEqualTo("pnv");
    }

    @Test
    void shouldAnswerARegistrationKnownInAnotherAreaLikeAFreshOneAndQueueIt() {
        List<String> grids = tree("pd", 1);
        // a second town in the same county
        post(ADMIN, "/api/v1/areas", Map.of("code", "pdt2", "name", "Town 2", "level", "TOWN", "parentCode", "pdc",
                "validFrom", "2020-01-01"), 201);
        post(ADMIN, "/api/v1/areas", Map.of("code", "pdv2", "name", "Village 2", "level", "VILLAGE", "parentCode",
                "pdt2", "validFrom", "2020-01-01"), 201);
        post(ADMIN, "/api/v1/areas", Map.of("code", "pd2-g1", "name", "Grid", "level", "GRID", "parentCode", "pdv2",
                "validFrom", "2020-01-01"), 201);
        String town1 = token("aa-pdt", "AREA_ADMIN", "pdt");
        String town2 = token("aa-pdt2", "AREA_ADMIN", "pdt2");
        String county = token("aa-pdc", "AREA_ADMIN", "pdc");
        String known = idNumber();
        String original = resident(town1, grids.get(0), known, "冯原", null);

        JsonNode fresh = post(town2, "/api/v1/residents", residentBody("pd2-g1", idNumber(), "冯新", null), 201);
        JsonNode again = post(town2, "/api/v1/residents", residentBody("pd2-g1", known, "冯原", null), 201);
        List<String> freshFields = new ArrayList<>();
        fresh.propertyNames().forEach(freshFields::add);
        List<String> againFields = new ArrayList<>();
        again.propertyNames().forEach(againFields::add);
        assertThat(againFields).isEqualTo(freshFields);
        assertThat(again.toString()).doesNotContain(original).doesNotContain("pdt\"").doesNotContain("existing");
        String queued = again.get("id").asString();

        // the caller who sees the existing registration gets the conflict naming it
        JsonNode conflict = post(town1, "/api/v1/residents", residentBody(grids.get(0), known, "冯原", null), 409);
        assertThat(conflict.get("existingId").asString()).isEqualTo(original);

        // the county (lowest area over both) sees the queue; the towns do not
        JsonNode queue = items(get(county, "/api/v1/residents/duplicate-queue", 200));
        assertThat(queue.findValues("id").stream().map(JsonNode::asString)).contains(queued);
        assertThat(queue.toString()).contains(original).contains("\"areaCode\":\"pdc\"");
        assertThat(items(get(town2, "/api/v1/residents/duplicate-queue", 200)).findValues("id")).isEmpty();
        assertThat(items(get(ADMIN, "/api/v1/residents/duplicate-queue", 200)).toString()).contains(queued);
        get(token("gw-pd", "GRID_WORKER", "pdc"), "/api/v1/residents/duplicate-queue", 403);
    }

    @Test
    void shouldAuditEveryPersonLevelListRead() {
        List<String> grids = tree("pl", 1);
        String g = grids.get(0);
        assign("gw-pl", "WORKER", g);
        String worker = token("gw-pl", "GRID_WORKER", "plv");
        String rid = resident(worker, g, idNumber(), "褚列", null);
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                clock.instant().minusSeconds(600).toString(), "durationMinutes", 20), 201);
        String eventId = post(worker, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", g,
                "title", "Dispute", "subjectId", rid), 201).get("id").asString();

        assertAudited(rid, () -> items(get(worker, "/api/v1/visits?resident=" + rid, 200)));
        assertAudited(rid, () -> items(get(worker, "/api/v1/visits?grid=" + g, 200)));
        assertAudited(rid, () -> items(get(worker, "/api/v1/visits/due?horizonDays=400", 200)));
        assertAudited(rid, () -> get(worker, "/api/v1/grid-events/" + eventId, 200));
        assertAudited(rid, () -> get(worker, "/api/v1/grid-events?grid=" + g, 200));
        assertThat(audit.bySubject(rid, 100).collectList().block()).extracting(ReadAuditLog.Entry::recordType)
                .contains("visit", "visit-due", "grid-event");
    }
}
