package org.socialpsych.grid.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.socialpsych.events.Topics;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

class VisitApiIT extends GridItSupport {

    @Test
    void shouldKeepTheEventTimeOfALateEnteredVisit() {
        List<String> grids = tree("v1", 1);
        assign("gw-v1", "WORKER", grids.get(0));
        String worker = token("gw-v1", "GRID_WORKER", "v1v");
        String rid = resident(worker, grids.get(0), idNumber(), "钱七", null);
        Instant visitedAt = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);

        JsonNode v = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", visitedAt.toString(),
                "durationMinutes", 30, "latitude", 27.5, "longitude", 120.4, "photoHash", "sha256-late-1"), 201);
        assertThat(Instant.parse(v.get("visitedAt").asString())).isEqualTo(visitedAt);
        Instant entered = Instant.parse(v.get("enteredAt").asString());
        assertThat(entered).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(v.get("lateEntry").asBoolean()).isTrue();
        // back-dated to before the registration: flagged, nothing else is implausible
        assertThat(v.get("flags").toString()).contains("BEFORE_REGISTRATION").doesNotContain("IMPOSSIBLE_TRAVEL")
                .doesNotContain("IMPLAUSIBLY_SHORT").doesNotContain("REUSED_PHOTO_HASH").doesNotContain("LOCATION");

        JsonNode again = get(worker, "/api/v1/visits/" + v.get("id").asString(), 200);
        assertThat(Instant.parse(again.get("visitedAt").asString())).isEqualTo(visitedAt);
        List<ConsumerRecord<String, String>> recs = consume(Topics.GRID_VISITS, v.get("id").asString(), 1,
                Duration.ofSeconds(60));
        assertThat(recs).hasSize(1);
        JsonNode payload = JSON.readTree(recs.get(0).value());
        assertThat(Instant.parse(payload.get("visitedAt").asString())).isEqualTo(visitedAt);
        assertThat(Instant.parse(payload.get("enteredAt").asString())).isEqualTo(entered);
        assertThat(payload.get("lateEntry").asBoolean()).isTrue();

        post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt",
                Instant.now().plus(Duration.ofHours(2)).toString()), 422);
    }

    @Test
    void shouldPutTaggedResidentsOnTheWorkersDueListAndTakeThemOffOnceVisited() throws Exception {
        List<String> grids = tree("v2", 2);
        assign("gw-v2", "WORKER", grids.get(0));
        String worker = token("gw-v2", "GRID_WORKER", "v2v");
        // intervals are data per area: first visit due within a day for this village
        put(ADMIN, "/api/v1/visit-policies/v2v", Map.of("initialDays", 1, "leadDays", 3,
                "tagIntervalDays", Map.of("LEFT_BEHIND_CHILD", 20)), 200);
        String rid = resident(worker, grids.get(0), idNumber(), "孙八", null);
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        String elsewhere = resident(ADMIN, grids.get(1), idNumber(), "周九", null);
        post(ADMIN, "/api/v1/residents/" + elsewhere + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);

        await(Duration.ofSeconds(20), () -> items(get(worker, "/api/v1/visits/due", 200)).size() == 1);
        JsonNode item = items(get(worker, "/api/v1/visits/due", 200)).get(0);
        assertThat(item.get("residentId").asString()).isEqualTo(rid);
        assertThat(item.get("status").asString()).isEqualTo("DUE");
        assertThat(item.get("reasons").get(0).asString()).isEqualTo("LEFT_BEHIND_CHILD");

        List<ConsumerRecord<String, String>> due = consume(Topics.GRID_VISITS, "vs-" + rid, 1, Duration.ofSeconds(60));
        assertThat(due).isNotEmpty();
        assertThat(header(due.get(0), "ce_type")).isEqualTo("org.socialpsych.grid.VisitDue.v1");

        JsonNode v = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", Instant.now().toString()),
                201);
        assertThat(v.get("onTime").asBoolean()).isTrue();
        assertThat(v.get("dueAt").isNull()).isFalse();
        await(Duration.ofSeconds(20), () -> items(get(worker, "/api/v1/visits/due", 200)).isEmpty());
        assertThat(items(get(worker, "/api/v1/visits/due?horizonDays=30", 200))).hasSize(1);
    }

    @Test
    void shouldListCrisisFollowUpsFromPsychServiceWithoutClinicalDetail() throws Exception {
        List<String> grids = tree("v4", 1);
        assign("gw-v4", "WORKER", grids.get(0));
        String worker = token("gw-v4", "GRID_WORKER", "v4v");
        String path = "[\"v4\",\"v4c\",\"v4t\",\"v4v\",\"" + grids.get(0) + "\"]";
        String opened = "{\"aggregateId\":\"cc-v4\",\"aggregateVersion\":1,\"occurredAt\":\"" + Instant.now()
                + "\",\"subjectId\":\"s-v4\",\"tier\":\"HIGH\",\"source\":\"ASSESSMENT\",\"areaCode\":\""
                + grids.get(0) + "\",\"areaPath\":" + path + ",\"firstContactBy\":\""
                + Instant.now().plus(Duration.ofHours(2)) + "\",\"someFutureField\":{\"x\":1}}";
        send(Topics.PSYCH_CRISIS_CASES, "cc-v4", "org.socialpsych.psych.CrisisCaseOpened.v1", opened);
        send(Topics.PSYCH_CRISIS_CASES, "cc-v4", "org.socialpsych.psych.SomethingNew.v1", "{}");
        await(Duration.ofSeconds(30), () -> items(get(worker, "/api/v1/visits/due", 200)).size() == 1);
        JsonNode item = items(get(worker, "/api/v1/visits/due", 200)).get(0);
        assertThat(item.get("kind").asString()).isEqualTo("CRISIS_FOLLOW_UP");
        assertThat(item.get("subjectId").asString()).isEqualTo("s-v4");
        assertThat(item.toString()).doesNotContain("HIGH").doesNotContain("ASSESSMENT");

        send(Topics.PSYCH_CRISIS_CASES, "cc-v4", "org.socialpsych.psych.CrisisCaseClosed.v1",
                "{\"aggregateId\":\"cc-v4\",\"aggregateVersion\":2,\"occurredAt\":\"" + Instant.now() + "\"}");
        await(Duration.ofSeconds(30), () -> items(get(worker, "/api/v1/visits/due", 200)).isEmpty());
    }

    /**
     * The LOW loop in the grid: a LOW flag's follow-up request becomes a task on the person's grid
     * worker's due list, goes overdue after its 72 h, is escalated to the village, and the worker's
     * visit completes it.
     */
    @Test
    void shouldTurnALowRiskRequestIntoAGridTaskThatGoesOverdueEscalatesAndIsClosedByTheVisit() throws Exception {
        List<String> grids = tree("v5", 1);
        assign("gw-v5", "WORKER", grids.get(0));
        String worker = token("gw-v5", "GRID_WORKER", "v5v");
        String rid = resident(worker, grids.get(0), idNumber(), "钱五", null);
        String path = "[\"v5\",\"v5c\",\"v5t\",\"v5v\",\"" + grids.get(0) + "\"]";
        Instant requested = Instant.now().minus(Duration.ofHours(73));
        String low = "{\"aggregateId\":\"gf-v5\",\"aggregateVersion\":1,\"occurredAt\":\"" + requested
                + "\",\"subjectId\":\"" + rid + "\",\"origin\":\"RISK_FLAG\",\"sourceRef\":\"assessment:as-v5\","
                + "\"areaCode\":\"" + grids.get(0) + "\",\"areaPath\":" + path + ",\"dueBy\":\""
                + requested.plus(Duration.ofHours(72)) + "\"}";
        send(Topics.PSYCH_CRISIS_CASES, "gf-v5", "org.socialpsych.psych.LowRiskFollowUpRequested.v1", low);

        await(Duration.ofSeconds(30), () -> items(get(worker, "/api/v1/visits/due", 200)).toString()
                .contains("ESCALATED_TO:v5v"));
        JsonNode item = null;
        for (JsonNode i : items(get(worker, "/api/v1/visits/due", 200))) {
            if ("LOW_RISK_FOLLOW_UP".equals(i.get("kind").asString())) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("subjectId").asString()).isEqualTo(rid);
        assertThat(item.get("status").asString()).isEqualTo("OVERDUE");

        post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", Instant.now().toString()), 201);
        await(Duration.ofSeconds(20), () -> !items(get(worker, "/api/v1/visits/due", 200)).toString()
                .contains("LOW_RISK_FOLLOW_UP"));
    }

    static void send(String topic, String key, String type, String value) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", org.socialpsych.localstack.testing.TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(p)) {
            var rec = new org.apache.kafka.clients.producer.ProducerRecord<String, String>(topic, key, value);
            rec.headers().add("ce_id", java.util.UUID.randomUUID().toString().getBytes())
                    .add("ce_type", type.getBytes()).add("ce_source", "psych-service".getBytes())
                    .add("ce_specversion", "1.0".getBytes());
            producer.send(rec).get();
        }
    }

    @Test
    void shouldFlagImpossibleTravelShortVisitsAndReusedPhotos() {
        List<String> grids = tree("v3", 1);
        assign("gw-v3", "WORKER", grids.get(0));
        String worker = token("gw-v3", "GRID_WORKER", "v3v");
        String a = resident(worker, grids.get(0), idNumber(), "吴十", null);
        String b = resident(worker, grids.get(0), idNumber(), "郑十一", null);
        Instant t0 = Instant.now().minus(Duration.ofHours(3));
        JsonNode first = post(worker, "/api/v1/visits", Map.of("residentId", a, "visitedAt", t0.toString(),
                "durationMinutes", 25, "latitude", 27.50, "longitude", 120.50, "photoHash", "sha256-same"), 201);
        assertThat(first.get("flags").toString()).doesNotContain("IMPOSSIBLE_TRAVEL").doesNotContain("IMPLAUSIBLY_SHORT")
                .doesNotContain("REUSED_PHOTO_HASH");
        JsonNode second = post(worker, "/api/v1/visits", Map.of("residentId", b, "visitedAt",
                t0.plus(Duration.ofMinutes(10)).toString(), "durationMinutes", 1, "latitude", 30.0, "longitude",
                120.5, "photoHash", "sha256-same"), 201);
        assertThat(second.get("flags").toString()).contains("IMPOSSIBLE_TRAVEL").contains("IMPLAUSIBLY_SHORT")
                .contains("REUSED_PHOTO_HASH");
    }

    /**
     * Issue 18: a 02:10 Beijing-time visit, one back-dated before the registration, a missing and a
     * (0,0) location and the same resident visited again within a day are flagged (never refused).
     */
    @Test
    void shouldFlagNightVisitsBackDatedVisitsBadLocationsAndRepeats() {
        String g = tree("vf", 1).get(0);
        assign("gw-vf", "WORKER", g);
        String worker = token("gw-vf", "GRID_WORKER", "vfv");
        String rid = resident(worker, g, idNumber(), "冯夜", null);
        java.time.LocalDate today = today();
        // yesterday (always in the past, whatever the hour of the run)
        java.time.LocalDate yesterday = today.minusDays(1);
        Instant night = yesterday.atTime(2, 10).atZone(clock.getZone()).toInstant();
        Instant twoYearsAgo = today.minusYears(2).minusMonths(6).atTime(10, 0).atZone(clock.getZone()).toInstant();

        JsonNode atNight = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", night.toString(),
                "durationMinutes", 20, "latitude", 27.5, "longitude", 120.4), 201);
        assertThat(atNight.get("flags").toString()).contains("NIGHT_HOURS").doesNotContain("LOCATION");
        JsonNode old = post(worker, "/api/v1/visits", Map.of("residentId", rid, "visitedAt", twoYearsAgo.toString(),
                "durationMinutes", 20, "latitude", 0.0, "longitude", 0.0), 201);
        assertThat(old.get("flags").toString()).contains("BEFORE_REGISTRATION").contains("ZERO_LOCATION")
                .doesNotContain("NIGHT_HOURS");
        assertThat(old.path("onTime").asBoolean(false)).isFalse();
        String other = resident(worker, g, idNumber(), "冯日", null);
        JsonNode first = post(worker, "/api/v1/visits", Map.of("residentId", other, "visitedAt",
                yesterday.atTime(9, 0).atZone(clock.getZone()).toInstant().toString(), "durationMinutes", 20), 201);
        assertThat(first.get("flags").toString()).contains("MISSING_LOCATION").doesNotContain("REPEATED_VISIT")
                .doesNotContain("NIGHT_HOURS");
        JsonNode again = post(worker, "/api/v1/visits", Map.of("residentId", other, "visitedAt",
                yesterday.atTime(9, 30).atZone(clock.getZone()).toInstant().toString(), "durationMinutes", 20,
                "latitude", 27.5, "longitude", 120.4), 201);
        assertThat(again.get("flags").toString()).contains("REPEATED_VISIT").doesNotContain("LOCATION");
    }

    /**
     * Issue 18 §4: one resident visited 8 times in a short burst counted 8 times (each on time), and
     * a missing photo was not flagged where the tag's policy requires one. Now the first visit
     * fulfils the due item and the seven others are EXTRA_VISIT (counted false, no due date, not on
     * time, the schedule not moved); visits without a photo to a resident whose tag needs one are
     * MISSING_PHOTO.
     */
    @Test
    void shouldCountABurstOfVisitsOnceAndFlagMissingPhotosWhereTheTagRequiresOne() {
        String g = tree("vc", 1).get(0);
        assign("gw-vc", "WORKER", g);
        String worker = token("gw-vc", "GRID_WORKER", "vcv");
        put(ADMIN, "/api/v1/visit-policies/vcv", Map.of("initialDays", 1, "leadDays", 3,
                "tagIntervalDays", Map.of("LEFT_BEHIND_CHILD", 30), "photoRequiredTags", List.of("LEFT_BEHIND_CHILD")),
                200);
        assertThat(get(ADMIN, "/api/v1/visit-policies/vcv", 200).get("photoRequiredTags").toString())
                .contains("LEFT_BEHIND_CHILD");
        String rid = resident(worker, g, idNumber(), "陈八", null);
        post(worker, "/api/v1/residents/" + rid + "/tags", Map.of("category", "LEFT_BEHIND_CHILD"), 201);
        String untagged = resident(worker, g, idNumber(), "陈九", null);
        await(Duration.ofSeconds(20), () -> items(get(worker, "/api/v1/visits/due", 200)).toString().contains(rid));

        // after the registration (a visit from before it proves nothing), 10 s apart (the last one 70 s ahead,
        // within the allowed clock skew)
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        List<JsonNode> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("residentId", rid, "visitedAt",
                    start.plus(Duration.ofSeconds(10L * i)).toString(), "durationMinutes", 20, "latitude", 27.5,
                    "longitude", 120.4));
            if (i == 7) {
                body.put("photoHash", "sha256-vc-" + i);
            }
            burst.add(post(worker, "/api/v1/visits", body, 201));
        }
        assertThat(burst).filteredOn(v -> v.get("counted").asBoolean()).hasSize(1);
        assertThat(burst.get(0).get("counted").asBoolean()).isTrue();
        assertThat(burst.get(0).get("onTime").asBoolean()).isTrue();
        assertThat(burst.subList(1, 8)).allSatisfy(v -> {
            assertThat(v.get("flags").toString()).contains("EXTRA_VISIT");
            assertThat(v.get("onTime").isNull()).isTrue();
            assertThat(v.get("dueAt").isNull()).isTrue();
        });
        assertThat(burst.subList(0, 7)).allSatisfy(v -> assertThat(v.get("flags").toString())
                .contains("MISSING_PHOTO"));
        assertThat(burst.get(7).get("flags").toString()).doesNotContain("MISSING_PHOTO");
        // the next item is due one interval after the visit that counted
        JsonNode next = items(get(worker, "/api/v1/visits/due?horizonDays=40", 200));
        JsonNode item = null;
        for (JsonNode n : next) {
            if (rid.equals(n.get("residentId").asString())) {
                item = n;
            }
        }
        assertThat(item).isNotNull();
        assertThat(Instant.parse(item.get("dueAt").asString()))
                .isEqualTo(Instant.parse(burst.get(0).get("visitedAt").asString()).plus(Duration.ofDays(30)));
        // no tag that requires a photo: none missing
        JsonNode plain = post(worker, "/api/v1/visits", Map.of("residentId", untagged, "visitedAt",
                Instant.now().toString(), "durationMinutes", 20, "latitude", 27.5, "longitude", 120.4), 201);
        assertThat(plain.get("flags").toString()).doesNotContain("MISSING_PHOTO");
    }
}
