package org.socialpsych.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.PlaintextScan;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.resident.domain.IdNumber;
import org.socialpsych.localstack.testing.TestInfra;

/**
 * The platform-level proof that grid-service keeps identity data only sealed or as keyed hashes:
 * residents registered with every identifying field the API takes, referenced by tags, visits,
 * a risk change and a grid event, their events published; then every document of every database
 * on the Mongo server and every record of every Kafka topic is searched for the plaintext values.
 * The same scan is shown to find a value planted in a scratch collection, so a clean result means
 * something.
 */
class NoPlaintextIdentifiersIT extends GridItSupport {

    /** A valid identity number whose check character is X (the case-folding trap). */
    static String idNumberEndingInX() {
        for (int i = 0; i < 10_000; i++) {
            String candidate = idNumber();
            if (candidate.endsWith("X")) {
                return candidate;
            }
        }
        throw new IllegalStateException("no identity number with check character X");
    }

    @Test
    void shouldLeaveNoPlaintextIdentifierInAnyDatabaseOrTopicAndDetectAPlantedOne() throws Exception {
        String g = tree("np", 1).get(0);
        assign("gw-np", "WORKER", g);
        String worker = token("gw-np", "GRID_WORKER", "npv");
        String police = token("pl-np", "POLICE_LIAISON", "npc");

        String guardianId = idNumberEndingInX();
        String wardId = idNumberEndingInX();
        assertThat(IdNumber.parse(wardId)).isPresent();
        String guardianName = "司马春秋";
        String wardName = "欧阳明华";
        String guardianPhone = "15857760321";
        String wardPhone = "+86 158-5776-0457";
        String guardianAddress = "浙江省温州市泰顺县罗阳镇新城路88号3幢";
        String wardAddress = "Room 1204, 17 Xincheng Road, Luoyang Town";

        Map<String, Object> g1 = new HashMap<>(residentBody(g, guardianId, guardianName, guardianPhone));
        g1.put("address", guardianAddress);
        g1.put("householdId", "hh-np-1");
        String guardian = post(worker, "/api/v1/residents", g1, 201).get("id").asString();
        Map<String, Object> w1 = new HashMap<>(residentBody(g, wardId.toLowerCase(), wardName, wardPhone));
        w1.put("address", wardAddress);
        w1.put("householdId", "hh-np-1");
        w1.put("guardianId", guardian);
        w1.put("riskLevel", "MEDIUM");
        String ward = post(worker, "/api/v1/residents", w1, 201).get("id").asString();

        // everything that refers to them: tags (one police/justice), a risk change, a visit, a grid event
        post(worker, "/api/v1/residents/" + ward + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        post(police, "/api/v1/residents/" + ward + "/tags", Map.of("category", "COMMUNITY_CORRECTION"), 201);
        put(worker, "/api/v1/residents/" + ward + "/risk", Map.of("riskLevel", "HIGH"), 200);
        String visit = post(worker, "/api/v1/visits", Map.of("residentId", ward, "visitedAt",
                Instant.now().minusSeconds(900).toString(), "durationMinutes", 25, "latitude", 27.55, "longitude",
                119.72, "photoHash", "sha256-np-1", "note", "school attendance discussed"), 201).get("id").asString();
        String event = post(worker, "/api/v1/grid-events", Map.of("category", "CONFLICT_DISPUTE", "gridCode", g,
                "title", "Household dispute", "subjectId", ward), 201).get("id").asString();
        post(ADMIN, "/api/v1/grid-events/" + event + "/open", Map.of(), 200);
        // reads are audited (the audit log is part of the scan too)
        get(worker, "/api/v1/residents/" + ward, 200);
        get(worker, "/api/v1/residents?idNumber=" + wardId, 200);

        // the outbox is drained and the events are on Kafka
        await(Duration.ofSeconds(60), () -> List.of(guardian, ward).stream().allMatch(id -> outboxEmpty("residents", id))
                && outboxEmpty("visits", visit) && outboxEmpty("grid_events", event));
        assertThat(consume(Topics.GRID_RESIDENTS, ward, 3, Duration.ofSeconds(60))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(consume(Topics.GRID_VISITS, visit, 1, Duration.ofSeconds(60))).isNotEmpty();
        assertThat(consume(Topics.GRID_EVENTS, event, 1, Duration.ofSeconds(60))).isNotEmpty();

        List<String> secrets = List.of(guardianId, wardId, guardianId.substring(0, 17), wardId.substring(0, 17),
                guardianName, wardName, guardianPhone, wardPhone, "15857760457", guardianAddress, wardAddress);
        String mongoUri = TestInfra.get().mongoUri("admin");
        List<PlaintextScan.Finding> findings = PlaintextScan.scan(mongoUri, TestInfra.get().kafkaBootstrap(), secrets);
        assertThat(findings).as("plaintext identifiers in Mongo or Kafka").isEmpty();

        // the scan finds what it looks for: a value planted in a scratch collection is reported, then removed
        String scratch = "plaintext_scratch";
        mongo.insert(new Document("_id", "planted").append("contact", "call 15857760457 (" + wardName + ")")
                .append("ref", wardId.toLowerCase()), scratch).block();
        try {
            List<PlaintextScan.Finding> planted = PlaintextScan.scan(mongoUri, null, secrets);
            assertThat(planted).isNotEmpty().allMatch(f -> f.where().contains(scratch));
            assertThat(planted).extracting(PlaintextScan.Finding::secret)
                    .contains(wardName, "15857760457", wardId.toLowerCase());
        } finally {
            mongo.dropCollection(scratch).block();
        }
        assertThat(PlaintextScan.scan(mongoUri, null, secrets)).isEmpty();
    }

    private boolean outboxEmpty(String collection, String id) {
        Document d = mongo.findById(id, Document.class, collection).block();
        return d != null && d.getList("outbox", Object.class, List.of()).isEmpty();
    }
}
