package org.socialpsych.grid.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridItSupport;
import org.socialpsych.grid.crypto.FieldCipher;
import org.socialpsych.grid.resident.infra.ResidentDocument;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

class ResidentApiIT extends GridItSupport {

    @Test
    void shouldStoreNoPlaintextIdentityDataAndFindResidentsByTheHashOfTheIdNumber() {
        List<String> grids = tree("r1", 1);
        assign("gw-r1", "WORKER", grids.get(0));
        String worker = token("gw-r1", "GRID_WORKER", "r1v");
        String id = idNumber();
        String rid = resident(worker, grids.get(0), id, "张三丰", "13800138000");

        Document raw = mongo.findById(rid, Document.class, "residents").block();
        String json = raw.toJson();
        assertThat(json).doesNotContain(id).doesNotContain(id.substring(0, 17)).doesNotContain("张三丰")
                .doesNotContain("13800138000").contains("sealed").contains("idHash");
        assertThat(raw.get("sealed", Document.class).getString("keyId")).isEqualTo("k2");

        // lookup by the number as typed (separators, lower case): normalised, hashed, then found
        String typed = id.substring(0, 6) + "-" + id.substring(6).toLowerCase();
        JsonNode found = get(worker, "/api/v1/residents?idNumber=" + typed, 200).get("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asString()).isEqualTo("张三丰");
        assertThat(found.get(0).get("phone").asString()).isEqualTo("13800138000");
        assertThat(found.get(0).get("idNumberMasked").asString()).startsWith("330327").endsWith(id.substring(14))
                .contains("*");

        // the same person again: a duplicate, whatever the spelling
        JsonNode dup = post(worker, "/api/v1/residents", Map.of("idNumber", typed, "name", "张三", "gridCode",
                grids.get(0)), 409);
        assertThat(dup.get("type").asString()).endsWith("/duplicate-resident");
        assertThat(dup.get("existingId").asString()).isEqualTo(rid);
        post(worker, "/api/v1/residents", Map.of("idNumber", "330327199001011234", "name", "x", "gridCode",
                grids.get(0)), 422);

        // the event carries the pseudonymous id and the grid only
        List<ConsumerRecord<String, String>> recs = consume(Topics.GRID_RESIDENTS, rid, 1, Duration.ofSeconds(60));
        assertThat(recs).hasSize(1);
        assertThat(header(recs.get(0), "ce_type")).isEqualTo("org.socialpsych.grid.ResidentRegistered.v1");
        assertThat(recs.get(0).value()).doesNotContain("张三丰").doesNotContain(id).doesNotContain("13800138000")
                .contains(grids.get(0));
        Document audited = mongo.findOne(new Query(Criteria.where("recordId").is(rid)), Document.class, "audit_reads")
                .block();
        assertThat(audited.getString("actor")).isEqualTo("gw-r1");
        assertThat(audited.getString("service")).isEqualTo("grid-service");
    }

    @Test
    void shouldShowAGridWorkerOnlyTheResidentsOfTheirOwnGrids() {
        List<String> grids = tree("r2", 2);
        assign("gw-r2", "WORKER", grids.get(0));
        String worker = token("gw-r2", "GRID_WORKER", "r2v");
        String mine = resident(ADMIN, grids.get(0), idNumber(), "王一", null);
        String other = resident(ADMIN, grids.get(1), idNumber(), "王二", null);

        get(worker, "/api/v1/residents/" + mine, 200);
        get(worker, "/api/v1/residents/" + other, 404);
        assertThat(get(worker, "/api/v1/residents?grid=" + grids.get(1), 200).get("items")).isEmpty();
        assertThat(get(worker, "/api/v1/residents?grid=" + grids.get(0), 200).get("items")).hasSize(1);
        post(worker, "/api/v1/residents", Map.of("idNumber", idNumber(), "name", "x", "gridCode", grids.get(1)), 403);
        // a worker without an assignment sees nothing, an analyst is refused
        get(token("gw-none", "GRID_WORKER", "r2v"), "/api/v1/residents/" + mine, 404);
        get(token("an", "ANALYST", "r2"), "/api/v1/residents/" + mine, 403);
        // an area admin sees the whole village
        get(token("aa-r2", "AREA_ADMIN", "r2v"), "/api/v1/residents/" + other, 200);

        // the worker leaves: everything passes to the successor
        JsonNode moved = post(ADMIN, "/api/v1/grid-staff/reassign",
                Map.of("fromPersonId", "gw-r2", "toPersonId", "gw-r2b"), 200);
        assertThat(moved.get("ended")).hasSize(1);
        assertThat(moved.get("created").get(0).get("gridCode").asString()).isEqualTo(grids.get(0));
        get(worker, "/api/v1/residents/" + mine, 404);
        get(token("gw-r2b", "GRID_WORKER", "r2v"), "/api/v1/residents/" + mine, 200);

        // one leader per grid
        assign("gl-r2", "LEADER", grids.get(1));
        post(ADMIN, "/api/v1/grid-staff", Map.of("personId", "gl-r2x", "role", "LEADER", "gridCode", grids.get(1)), 409);
    }

    @Test
    void shouldShowPoliceAndJusticeTagsOnlyToPoliceLiaison() {
        List<String> grids = tree("r3", 1);
        assign("gw-r3", "WORKER", grids.get(0));
        String worker = token("gw-r3", "GRID_WORKER", "r3v");
        String police = token("pl-r3", "POLICE_LIAISON", "r3c");
        String rid = resident(worker, grids.get(0), idNumber(), "李四", null);

        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "COMMUNITY_CORRECTION"), 403);
        post(token("aa-r3", "AREA_ADMIN", "r3"), "/api/v1/residents/" + rid + "/tags",
                Map.of("category", "COMMUNITY_CORRECTION"), 403);
        JsonNode tagged = post(police, "/api/v1/residents/" + rid + "/tags",
                Map.of("category", "COMMUNITY_CORRECTION"), 201);
        // the police liaison's view of a resident is MINIMAL: their departments' tags only
        assertThat(tagged.get("view").asString()).isEqualTo("MINIMAL");
        assertThat(tagged.get("tags")).hasSize(1);
        JsonNode tag = tagged.get("tags").get(0);
        assertThat(tag.get("department").asString()).isEqualTo("JUSTICE");
        assertThat(tag.get("sensitivity").asString()).isEqualTo("POLICE_JUSTICE");

        JsonNode seenByWorker = get(worker, "/api/v1/residents/" + rid, 200);
        assertThat(seenByWorker.get("tags")).hasSize(1);
        assertThat(seenByWorker.get("tags").get(0).get("category").asString()).isEqualTo("LEFT_BEHIND_CHILD");
        assertThat(seenByWorker.toString()).doesNotContain("COMMUNITY_CORRECTION");
        JsonNode seenByPolice = get(police, "/api/v1/residents/" + rid, 200);
        assertThat(seenByPolice.get("tags")).hasSize(1);
        assertThat(seenByPolice.toString()).contains("COMMUNITY_CORRECTION").doesNotContain("LEFT_BEHIND_CHILD");
        assertThat(get(ADMIN, "/api/v1/residents/" + rid, 200).get("tags")).hasSize(2);
        post(worker, "/api/v1/residents/" + rid + "/tags/" + tag.get("tagId").asString() + "/end", Map.of(), 404);
    }

    @Test
    void shouldKeepRecordsWrittenUnderAnOlderKeyReadableAndRewrapThemOnRotation() {
        List<String> grids = tree("r4", 1);
        String rid = resident(ADMIN, grids.get(0), idNumber(), "赵六", "13912345678");

        // make the stored record look as written before the rotation to k2: sealed under k1
        ResidentDocument doc = mongo.findById(rid, ResidentDocument.class).block();
        FieldCipher both = new FieldCipher(Map.of("k1", Base64.getDecoder().decode(KEY_1), "k2",
                Base64.getDecoder().decode(KEY_2)), "k2", Base64.getDecoder().decode(HMAC));
        Map<String, String> plain = both.open(rid, doc.sealed.toCipher());
        FieldCipher old = new FieldCipher(Map.of("k1", Base64.getDecoder().decode(KEY_1)), "k1",
                Base64.getDecoder().decode(HMAC));
        mongo.updateFirst(new Query(Criteria.where("_id").is(rid)),
                new Update().set("sealed", ResidentDocument.Sealed.of(old.seal(rid, plain))), ResidentDocument.class)
                .block();
        assertThat(mongo.findById(rid, Document.class, "residents").block().get("sealed", Document.class)
                .getString("keyId")).isEqualTo("k1");

        assertThat(get(ADMIN, "/api/v1/residents/" + rid, 200).get("name").asString()).isEqualTo("赵六");
        post(token("aa", "AREA_ADMIN", "r4"), "/api/v1/residents/key-rotation", Map.of(), 403);
        JsonNode rotated = post(ADMIN, "/api/v1/residents/key-rotation", Map.of(), 200);
        assertThat(rotated.get("rewrapped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(mongo.findById(rid, Document.class, "residents").block().get("sealed", Document.class)
                .getString("keyId")).isEqualTo("k2");
        JsonNode after = get(ADMIN, "/api/v1/residents/" + rid, 200);
        assertThat(after.get("name").asString()).isEqualTo("赵六");
        assertThat(after.get("phone").asString()).isEqualTo("13912345678");
    }

    /** 失独 (BEREAVED_ONLY_CHILD_PARENT) is a category; a second tag of a category already on the person is refused. */
    @Test
    void shouldAcceptBereavedParentsAndRefuseDuplicateTags() {
        String g = tree("tg", 1).get(0);
        String admin = token("aa-tg", "AREA_ADMIN", "tg");
        String rid = resident(admin, g, idNumber(), "钱失独", null);
        JsonNode tagged = post(admin, "/api/v1/residents/" + rid + "/tags",
                java.util.Map.of("category", "BEREAVED_ONLY_CHILD_PARENT"), 201);
        String tagId = tagged.get("tags").get(0).get("tagId").asString();
        assertThat(post(admin, "/api/v1/residents/" + rid + "/tags",
                java.util.Map.of("category", "BEREAVED_ONLY_CHILD_PARENT"), 409).get("type").asString())
                .endsWith("/duplicate-tag");
        post(admin, "/api/v1/residents/" + rid + "/tags/" + tagId + "/end",
                java.util.Map.of("validTo", today().toString()), 200);
        post(admin, "/api/v1/residents/" + rid + "/tags", java.util.Map.of("category", "BEREAVED_ONLY_CHILD_PARENT",
                "validFrom", today().toString()), 201);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new java.util.ArrayList<>();
        page.get("items").forEach(r -> out.add(r.get("id").asString()));
        return out;
    }

    /**
     * Issue 18: a town's residents by tag, by name (keyed hash) or by grid, in cursor pages with the
     * scope in the query; unknown parameters 400; each resident served is read-audited.
     */
    @Test
    void shouldListATownsResidentsByTagNameAndGridInCursorPages() {
        List<String> grids = tree("rl", 2);
        tree("rz", 1);
        String town = token("aa-rlt", "AREA_ADMIN", "rlt");
        String a = resident(town, grids.get(0), idNumber(), "王芳", null);
        String b = resident(town, grids.get(1), idNumber(), "李强", null);
        String c = resident(town, grids.get(1), idNumber(), "王芳", null);
        String elsewhere = resident(ADMIN, "rz-g1", idNumber(), "王芳", null);
        post(town, "/api/v1/residents/" + a + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        post(town, "/api/v1/residents/" + b + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);

        assertThat(ids(get(town, "/api/v1/residents?under=rlt&tag=LEFT_BEHIND_CHILD", 200)))
                .containsExactlyInAnyOrder(a, b);
        assertThat(ids(get(town, "/api/v1/residents?name=王 芳", 200))).containsExactlyInAnyOrder(a, c)
                .doesNotContain(elsewhere);
        assertThat(ids(get(town, "/api/v1/residents?grid=" + grids.get(1), 200))).containsExactlyInAnyOrder(b, c);
        JsonNode first = get(town, "/api/v1/residents?under=rlt&limit=2", 200);
        assertThat(ids(first)).hasSize(2);
        JsonNode second = get(town, "/api/v1/residents?under=rlt&limit=2&cursor=" + first.get("next").asString(),
                200);
        List<String> all = new java.util.ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).containsExactlyInAnyOrder(a, b, c);
        assertThat(second.path("next").isString()).isFalse();
        // another town's area: nothing of it is served
        assertThat(ids(get(town, "/api/v1/residents?under=rzt", 200))).isEmpty();
        get(town, "/api/v1/residents?town=rlt", 400);
        get(town, "/api/v1/residents?tag=NOT_A_TAG", 400);
        get(town, "/api/v1/residents?tag=COMMUNITY_CORRECTION", 403);
        get(town, "/api/v1/residents", 422);
        assertThat(ids(get(ADMIN, "/api/v1/residents?name=王芳&under=rl", 200))).containsExactlyInAnyOrder(a, c);
    }
}
