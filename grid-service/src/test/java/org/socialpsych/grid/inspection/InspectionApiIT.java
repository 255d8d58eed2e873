package org.socialpsych.grid.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;

import tools.jackson.databind.JsonNode;

class InspectionApiIT extends GridItSupport {

    @Test
    void shouldRecordAFindingAndVerifyItsRectificationWithTheDeduction() {
        tree("i1", 1);
        String county = token("insp-i1", "AREA_ADMIN", "i1c");
        String town = token("aa-i1t", "AREA_ADMIN", "i1t");
        post(town, "/api/v1/inspections", Map.of("areaCode", "i1t", "category", "X", "finding", "f",
                "deductionPoints", 1.0, "rectifyBy", today().plusDays(10).toString()), 403);
        String id = post(county, "/api/v1/inspections", Map.of("areaCode", "i1t", "unit", "综治中心", "category",
                "SERVICE_POINT_NOT_OPEN", "finding", "Counselling room closed in opening hours", "deductionPoints", 2.5,
                "rectifyBy", today().plusDays(10).toString()), 201).get("id").asString();
        post(county, "/api/v1/inspections/" + id + "/verify", Map.of(), 409);
        post(town, "/api/v1/inspections/" + id + "/rectify", Map.of("evidenceHash", "sha256-photo", "note",
                "opened"), 200);
        post(town, "/api/v1/inspections/" + id + "/verify", Map.of(), 422);
        JsonNode verified = post(county, "/api/v1/inspections/" + id + "/verify", Map.of("accepted", true), 200);
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("onTime").asBoolean()).isTrue();

        List<ConsumerRecord<String, String>> recs = consume("grid.inspections.v1", id, 2, Duration.ofSeconds(60));
        assertThat(recs.stream().map(r -> header(r, "ce_type")).toList()).containsExactly(
                "org.socialpsych.grid.InspectionFindingRecorded.v1", "org.socialpsych.grid.RectificationVerified.v1");
        assertThat(JSON.readTree(recs.get(1).value()).get("deductionPoints").asDouble()).isEqualTo(2.5);
        assertThat(items(get(county, "/api/v1/inspections?under=i1c", 200))).hasSize(1);
    }

    /** Issue 18: 限期整改 with an overdue state, a send-back with its reason, and rectification again. */
    @Test
    void shouldShowOverdueFindingsAndSendBackARectificationWithItsReason() {
        tree("i2", 1);
        String county = token("insp-i2", "AREA_ADMIN", "i2c");
        String town = token("aa-i2t", "AREA_ADMIN", "i2t");
        String id = post(county, "/api/v1/inspections", Map.of("areaCode", "i2t", "category", "SERVICE_POINT_NOT_OPEN",
                "finding", "Hotline poster missing", "deductionPoints", 1.0, "rectifyBy", today().toString()), 201)
                .get("id").asString();
        assertThat(get(county, "/api/v1/inspections/" + id, 200).get("overdue").asBoolean()).isFalse();
        // the deadline passes (moved back a day in the store: the API refuses a past deadline)
        mongo.updateFirst(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().set("rectifyBy", today().minusDays(1)),
                "inspections").block();
        assertThat(get(county, "/api/v1/inspections/" + id, 200).get("overdue").asBoolean()).isTrue();

        post(town, "/api/v1/inspections/" + id + "/rectify", Map.of("evidenceHash", "sha256-poster"), 200);
        post(county, "/api/v1/inspections/" + id + "/verify", Map.of("accepted", false), 422);
        JsonNode back = post(county, "/api/v1/inspections/" + id + "/verify", Map.of("accepted", false, "reason",
                "the poster has no hotline number"), 200);
        assertThat(back.get("status").asString()).isEqualTo("OPEN");
        assertThat(back.get("rejections").get(0).get("reason").asString()).isEqualTo("the poster has no hotline number");
        assertThat(back.get("overdue").asBoolean()).isTrue();
        post(town, "/api/v1/inspections/" + id + "/rectify", Map.of("evidenceHash", "sha256-poster-2"), 200);
        JsonNode verified = post(county, "/api/v1/inspections/" + id + "/verify", Map.of("accepted", true), 200);
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("onTime").asBoolean()).isFalse();
        assertThat(verified.get("overdue").asBoolean()).isFalse();
    }
}
