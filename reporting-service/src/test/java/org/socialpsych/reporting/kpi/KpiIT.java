package org.socialpsych.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events of the other services move the right KPIs; a replay changes nothing; an approved report
 * does not change when later events arrive; the XLSX export opens with POI with the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KpiIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "reporting-kpi");
    }

    @LocalServerPort
    int port;

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CITY = "8801";
    static final String COUNTY = "880101";
    static final String V1 = "880101001";
    static final String V2 = "880101002";
    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());

    final List<ProducerRecord<String, String>> sent = new ArrayList<>();

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void shouldComputeKpisFreezeApprovedReportsAndExport() throws Exception {
        area("a-" + CITY, CITY, "CITY", null, List.of(CITY), 5_000_000);
        area("a-" + COUNTY, COUNTY, "COUNTY", CITY, List.of(CITY, COUNTY), 100_000);
        area("a-" + V1, V1, "VILLAGE", COUNTY, List.of(CITY, COUNTY, V1), 3000);
        area("a-" + V2, V2, "VILLAGE", COUNTY, List.of(CITY, COUNTY, V2), 2000);
        for (int i = 0; i < 10; i++) {
            assessment("as-" + i, V1, i < 4, i == 0);
        }
        for (int i = 10; i < 12; i++) {
            assessment("as-" + i, V2, true, false);
        }
        send(Topics.PSYCH_SERVICE_POINTS, "sp-1", "org.socialpsych.psych.ServicePointRegistered.v1",
                m("aggregateId", "sp-1", "aggregateVersion", 1, "occurredAt", "2026-11-02T01:00:00Z",
                        "type", "VILLAGE_ROOM", "tier", 3, "status", "BUILT", "areaCode", V1,
                        "areaPath", List.of(CITY, COUNTY, V1)));
        for (int i = 0; i < 6; i++) {
            String id = "cc-" + i;
            List<String> path = List.of(CITY, COUNTY, V1);
            send(Topics.PSYCH_CRISIS_CASES, id, "org.socialpsych.psych.CrisisCaseOpened.v1", m("aggregateId", id,
                    "aggregateVersion", 1, "occurredAt", "2026-11-03T01:00:00Z", "tier", "HIGH", "areaCode", V1,
                    "areaPath", path));
            send(Topics.PSYCH_CRISIS_CASES, id, "org.socialpsych.psych.CrisisCaseAcknowledged.v1", m(
                    "aggregateId", id, "aggregateVersion", 2, "occurredAt", "2026-11-03T01:10:00Z", "onTime", i < 5,
                    "areaCode", V1, "areaPath", path));
            send(Topics.PSYCH_CRISIS_CASES, id, "org.socialpsych.psych.CrisisCaseFirstContactMade.v1", m(
                    "aggregateId", id, "aggregateVersion", 3, "occurredAt", "2026-11-03T02:00:00Z", "onTime", true,
                    "minutesToFirstContact", 20 + i * 10, "areaCode", V1, "areaPath", path));
        }

        awaitKpi(COUNTY, "SCREENINGS", 12);
        awaitKpi(COUNTY, "VILLAGE_ROOM_COVERAGE", 50);
        awaitKpi(COUNTY, "CRISIS_MEDIAN_MINUTES_TO_FIRST_CONTACT", 60);
        JsonNode county = awaitKpi(COUNTY, "CRISIS_ACK_ON_TIME", 83.33);
        assertThat(kpi(county.get("area"), "SCREENING_POSITIVE_RATE").get("value").asDouble()).isEqualTo(50.0);
        assertThat(kpi(county.get("area"), "SCREENING_CRITICAL_RATE").get("value").asDouble()).isEqualTo(8.33);
        assertThat(kpi(county.get("area"), "VILLAGE_ROOM_COVERAGE").get("value").asDouble()).isEqualTo(50.0);
        assertThat(kpi(county.get("area"), "VILLAGE_ROOM_COVERAGE").get("status").asString()).isEqualTo("MISSED");
        JsonNode ack = kpi(county.get("area"), "CRISIS_ACK_ON_TIME");
        assertThat(ack.get("value").asDouble()).isEqualTo(83.33);
        assertThat(ack.get("target").asDouble()).isEqualTo(100.0);
        assertThat(kpi(county.get("area"), "CRISIS_MEDIAN_MINUTES_TO_FIRST_CONTACT").get("value").asDouble())
                .isEqualTo(60.0);
        JsonNode v2 = county.get("children").get(1);
        assertThat(v2.get("areaCode").asString()).isEqualTo(V2);
        assertThat(kpi(v2, "SCREENING_POSITIVE_RATE").get("status").asString())
                .as("2 people: too few to show").isEqualTo("SUPPRESSED");
        assertThat(kpi(v2, "SCREENING_POSITIVE_RATE").get("value").isNull()).isTrue();
        String before = JSON.writeValueAsString(county);

        // a hostile reader differences every table of the API and of the exports: nothing hidden comes back
        // (before complementary suppression: county − V1 gave V2's 2 screenings, and V2's coverage row showed them)
        DifferencingAttack api = new DifferencingAttack(DisclosureControlTest.DEFS);
        for (String a : List.of(CITY, COUNTY, V1, V2)) {
            api.readTable(kpis(a));
        }
        assertThat(api.attack()).isEmpty();
        assertThat(kpi(county.get("children").get(0), "SCREENINGS").get("status").asString())
                .as("V1 hides its screenings too: the complement of V2").isEqualTo("SUPPRESSED");
        DifferencingAttack exports = new DifferencingAttack(DisclosureControlTest.DEFS);
        for (String a : List.of(CITY, COUNTY)) {
            exports.readCsvTable(client().get().uri("/api/v1/exports/kpis?area=" + a + "&period=2026-11&format=csv")
                    .header("Authorization", ADMIN).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
        }
        assertThat(exports.attack()).isEmpty();

        // a full replay of every event: same figures
        List<ProducerRecord<String, String>> again = new ArrayList<>(sent);
        again.forEach(this::resend);
        assessment("as-marker", V2, false, false);
        awaitKpi(COUNTY, "SCREENINGS", 13);
        assessmentVersion2("as-marker");
        assessment("as-marker-2", V2, false, false);
        awaitKpi(COUNTY, "SCREENINGS", 14);
        JsonNode afterReplay = kpis(COUNTY);
        assertThat(kpi(afterReplay.get("area"), "SCREENING_POSITIVE_RATE").get("value").asDouble()).isEqualTo(42.86);
        assertThat(kpi(afterReplay.get("area"), "CRISIS_ACK_ON_TIME").get("value").asDouble()).isEqualTo(83.33);
        assertThat(before).contains("\"SCREENINGS\"");

        // period report: prepared by the county, approved by the city, frozen afterwards
        String countyAdmin = ServiceTestSupport.bearer("county-admin", List.of("AREA_ADMIN"), List.of(COUNTY));
        String cityAdmin = ServiceTestSupport.bearer("city-admin", List.of("AREA_ADMIN"), List.of(CITY));
        JsonNode report = JSON.readTree(client().post().uri("/api/v1/period-reports")
                .header("Authorization", countyAdmin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("areaCode", COUNTY, "period", "2026-11")).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
        String id = report.get("id").asString();
        assertThat(report.get("threeLists").get("taskProgress").size()).isGreaterThan(10);
        client().post().uri("/api/v1/period-reports/" + id + "/problems").header("Authorization", countyAdmin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "两个村尚未建成心理咨询室"))
                .exchange().expectStatus().isOk();
        client().post().uri("/api/v1/period-reports/" + id + "/submit").header("Authorization", countyAdmin)
                .exchange().expectStatus().isOk();
        client().post().uri("/api/v1/period-reports/" + id + "/approve").header("Authorization", countyAdmin)
                .exchange().expectStatus().isForbidden();
        client().post().uri("/api/v1/period-reports/" + id + "/approve").header("Authorization", cityAdmin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        String approved = client().get().uri("/api/v1/period-reports/" + id).header("Authorization", cityAdmin)
                .exchange().expectBody(String.class).returnResult().getResponseBody();

        for (int i = 20; i < 25; i++) {
            assessment("as-" + i, V1, true, true);
        }
        awaitKpi(COUNTY, "SCREENINGS", 19);
        String later = client().get().uri("/api/v1/period-reports/" + id).header("Authorization", cityAdmin)
                .exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(later).isEqualTo(approved);
        client().post().uri("/api/v1/period-reports/" + id + "/problems").header("Authorization", countyAdmin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "late")).exchange()
                .expectStatus().isEqualTo(409);

        // XLSX export with Chinese headers and the figures
        byte[] xlsx = client().get().uri("/api/v1/exports/kpis?area=" + COUNTY + "&period=2026-11&format=xlsx")
                .header("Authorization", ADMIN).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("地区代码");
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && COUNTY.equals(row.getCell(0).getStringCellValue())
                        && "SCREENINGS".equals(row.getCell(3).getStringCellValue())) {
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(19.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        String csv = client().get().uri("/api/v1/exports/kpis?area=" + COUNTY + "&period=2026-11&format=csv")
                .header("Authorization", ADMIN).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("地区代码").contains(COUNTY + ",");

        // no person-level access for a grid worker, and bad input is a 4xx
        client().get().uri("/api/v1/kpis?area=" + COUNTY + "&period=2026-11")
                .header("Authorization", ServiceTestSupport.bearer("w", List.of("GRID_WORKER"), List.of(COUNTY)))
                .exchange().expectStatus().isForbidden();
        client().get().uri("/api/v1/kpis?area=" + COUNTY + "&period=November").header("Authorization", ADMIN)
                .exchange().expectStatus().isEqualTo(400);
        client().get().uri("/api/v1/kpis?area=" + COUNTY + "&period=2026-11&sort=value").header("Authorization", ADMIN)
                .exchange().expectStatus().isEqualTo(400);

        // segment targets apply (before: stored, never applied)
        @SuppressWarnings("unchecked")
        Map<String, Object> def = JSON.readValue(client().get().uri("/api/v1/indicators/SCREENING_POSITIVE_RATE")
                .header("Authorization", ADMIN).exchange().expectBody(String.class).returnResult().getResponseBody(),
                Map.class);
        def.put("targets", List.of(m("areaCode", null, "year", null, "segment", null, "value", 40),
                m("areaCode", null, "year", null, "segment", "students", "value", 20)));
        client().put().uri("/api/v1/indicators/SCREENING_POSITIVE_RATE").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(def).exchange().expectStatus().isOk();
        JsonNode students = JSON.readTree(client().get().uri("/api/v1/kpis?area=" + COUNTY
                        + "&period=2026-11&indicators=SCREENING_POSITIVE_RATE&segment=students")
                .header("Authorization", ADMIN).exchange().expectBody(String.class).returnResult().getResponseBody());
        assertThat(kpi(students.get("area"), "SCREENING_POSITIVE_RATE").get("target").asDouble()).isEqualTo(20.0);
        JsonNode everyone = kpis(COUNTY);
        assertThat(kpi(everyone.get("area"), "SCREENING_POSITIVE_RATE").get("target").asDouble()).isEqualTo(40.0);
    }

    static final String CITY2 = "8802";
    static final String COUNTY2 = "880201";
    static final String VA = "880201001";
    static final List<String> VA_PATH = List.of(CITY2, COUNTY2, VA);

    /**
     * Facts in event time: one due item per cycle (January, February, March), at most one done per due
     * item, counted in the due month in Beijing time; acknowledgements that arrive before their case
     * still count; a late visit reopens its month; registry figures are dated; malformed periods 400.
     * (Before: due counted once per schedule, 8 visits to one due item counted 8 times, acknowledgements
     * before the opening lost the case, registry figures showed in every year, 2026-13 answered 500.)
     */
    @Test
    void shouldCountEveryEventInItsBusinessMonthEvenLateOrOutOfOrder() {
        area("a-" + CITY2, CITY2, "CITY", null, List.of(CITY2), 1_000_000);
        area("a-" + COUNTY2, COUNTY2, "COUNTY", CITY2, List.of(CITY2, COUNTY2), 100_000);
        area("a-" + VA, VA, "VILLAGE", COUNTY2, VA_PATH, 3000);
        for (int r = 1; r <= 5; r++) {
            due("r" + r, "2026-01-10T02:00:00Z");
            // resident 5's February item is due at 00:30 on 1 February in Beijing (still January in UTC)
            due("r" + r, r == 5 ? "2026-01-31T16:30:00Z" : "2026-02-10T02:00:00Z");
            due("r" + r, "2026-03-10T02:00:00Z");
            if (r < 5) {
                visit("r" + r, "2026-01-10T02:00:00Z", 1);
            }
            visit("r" + r, r == 5 ? "2026-01-31T16:30:00Z" : "2026-02-10T02:00:00Z", 1);
            visit("r" + r, "2026-03-10T02:00:00Z", 1);
        }
        for (int v = 2; v <= 8; v++) {
            visit("r1", "2026-03-10T02:00:00Z", v); // eight visits, one due item
        }
        for (int i = 0; i < 5; i++) {
            String id = "cc2-" + i;
            send(Topics.PSYCH_CRISIS_CASES, id, "org.socialpsych.psych.CrisisCaseAcknowledged.v1", m("aggregateId", id,
                    "aggregateVersion", 2, "occurredAt", "2026-02-10T01:10:00Z", "onTime", true, "areaCode", VA,
                    "areaPath", VA_PATH));
            send(Topics.PSYCH_CRISIS_CASES, id, "org.socialpsych.psych.CrisisCaseOpened.v1", m("aggregateId", id,
                    "aggregateVersion", 1, "occurredAt", "2026-02-10T01:00:00Z", "tier", "HIGH", "areaCode", VA,
                    "areaPath", VA_PATH));
        }
        send(Topics.PSYCH_SERVICE_POINTS, "sp-2", "org.socialpsych.psych.ServicePointRegistered.v1",
                m("aggregateId", "sp-2", "aggregateVersion", 1, "occurredAt", "2026-03-05T01:00:00Z",
                        "type", "VILLAGE_ROOM", "tier", 3, "status", "BUILT", "areaCode", VA, "areaPath", VA_PATH));

        assertThat(awaitKpi(COUNTY2, "VISITS_DONE_VS_DUE", 80, "2026-01").get("area").toString())
                .contains("\"denominator\":5");
        JsonNode feb = awaitKpi(COUNTY2, "VISITS_DONE_VS_DUE", 100, "2026-02");
        assertThat(kpi(feb.get("area"), "VISITS_DONE_VS_DUE").get("denominator").asLong()).isEqualTo(5);
        JsonNode march = awaitKpi(COUNTY2, "VISITS_DONE_VS_DUE", 100, "2026-03");
        assertThat(kpi(march.get("area"), "VISITS_DONE_VS_DUE").get("numerator").asLong())
                .as("eight visits against one due item count once").isEqualTo(5);
        JsonNode q1 = awaitKpi(COUNTY2, "CRISIS_ACK_ON_TIME", 100, "2026-Q1");
        assertThat(kpi(q1.get("area"), "CRISIS_ACK_ON_TIME").get("denominator").asLong()).isEqualTo(5);
        assertThat(kpi(q1.get("area"), "VISITS_DONE_VS_DUE").get("denominator").asLong()).isEqualTo(15);
        awaitKpi(COUNTY2, "SERVICE_POINTS_BUILT", 1, "2026-03");
        assertThat(kpi(kpis(COUNTY2, "2026-02").get("area"), "SERVICE_POINTS_BUILT").get("value").asDouble())
                .as("built in March: not there in February").isZero();
        assertThat(kpi(kpis(COUNTY2, "2025").get("area"), "SERVICE_POINTS_BUILT").get("value").asDouble()).isZero();

        // a late visit reopens January
        visit("r5", "2026-01-10T02:00:00Z", 1);
        awaitKpi(COUNTY2, "VISITS_DONE_VS_DUE", 100, "2026-01");

        for (String bad : List.of("2026-13", "2026-00", "2026-Q5", "26-01")) {
            client().get().uri("/api/v1/kpis?area=" + COUNTY2 + "&period=" + bad).header("Authorization", ADMIN)
                    .exchange().expectStatus().isEqualTo(400).expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            client().get().uri("/api/v1/exports/kpis?area=" + COUNTY2 + "&period=" + bad + "&format=csv")
                    .header("Authorization", ADMIN).exchange().expectStatus().isEqualTo(400);
        }
        client().post().uri("/api/v1/export-jobs").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "KPI", "format", "CSV", "area", COUNTY2,
                        "period", "2026-13")).exchange().expectStatus().isEqualTo(400);
        client().post().uri("/api/v1/period-reports")
                .header("Authorization", ServiceTestSupport.bearer("c2", List.of("AREA_ADMIN"), List.of(COUNTY2)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("areaCode", COUNTY2, "period", "2026-13"))
                .exchange().expectStatus().isEqualTo(400);
    }

    /**
     * Area changes, effective-dated, arriving after the facts: a village moved from town T1 to T2 in
     * May counts under T1 before and under T2 from May (all its figures, screenings and area counts
     * alike); a village merged at the end of July stops counting from August and its late facts roll
     * up to the village it merged into; a split (retire + two successors) counts the successors.
     * (Before: only AreaCreated was consumed, a moved village rolled up to its old town for ever.)
     */
    @Test
    void shouldRollUpAlongTheTreeAsItStoodInEachPeriod() {
        String city = "8803";
        String county = "880301";
        String t1 = "880301103";
        String t2 = "880301104";
        String v1 = t1 + "001";
        String v2 = t1 + "002";
        String v3 = t2 + "003";
        area("a-" + city, city, "CITY", null, List.of(city), 1_000_000);
        area("a-" + county, county, "COUNTY", city, List.of(city, county), 100_000);
        area("a-" + t1, t1, "TOWN", county, List.of(city, county, t1), 20_000);
        area("a-" + t2, t2, "TOWN", county, List.of(city, county, t2), 20_000);
        area("a-" + v1, v1, "VILLAGE", t1, List.of(city, county, t1, v1), 1000);
        area("a-" + v2, v2, "VILLAGE", t1, List.of(city, county, t1, v2), 1000);
        area("a-" + v3, v3, "VILLAGE", t2, List.of(city, county, t2, v3), 1000);
        for (String month : List.of("2026-03", "2026-06")) {
            for (int i = 0; i < 5; i++) {
                screening("s-" + v1 + month + i, List.of(city, county, t1, v1), month + "-05T03:00:00Z");
                screening("s-" + v2 + month + i, List.of(city, county, t1, v2), month + "-05T03:00:00Z");
                screening("s-" + v2 + month + "x" + i, List.of(city, county, t1, v2), month + "-06T03:00:00Z");
                screening("s-" + v3 + month + i, List.of(city, county, t2, v3), month + "-05T03:00:00Z");
            }
        }
        awaitKpi(county, "SCREENINGS", 20, "2026-06");
        // the move arrives after the facts
        send(Topics.GRID_AREAS, "a-" + v2, "org.socialpsych.grid.AreaReparented.v1", m("aggregateId", "a-" + v2,
                "aggregateVersion", 2, "occurredAt", "2026-07-01T00:00:00Z", "code", v2, "parentCode", t2,
                "path", List.of(city, county, t2, v2), "previousParentCode", t1,
                "previousPath", List.of(city, county, t1, v2), "effectiveFrom", "2026-05-01"));
        JsonNode june = awaitKpi(t2, "SCREENINGS", 15, "2026-06");
        assertThat(children(june)).containsExactly(v2, v3);
        JsonNode march = kpis(t1, "2026-03");
        assertThat(kpi(march.get("area"), "SCREENINGS").get("value").asDouble()).isEqualTo(15);
        assertThat(children(march)).containsExactly(v1, v2);
        assertThat(kpi(kpis(t1, "2026-06").get("area"), "SCREENINGS").get("value").asDouble()).isEqualTo(5);
        assertThat(kpi(kpis(t2, "2026-03").get("area"), "SCREENINGS").get("value").asDouble()).isEqualTo(5);
        assertThat(villages(t1, "2026-03")).isEqualTo(2);
        assertThat(villages(t1, "2026-06")).isEqualTo(1);
        assertThat(villages(t2, "2026-06")).isEqualTo(2);

        // merged at the end of July: three villages in July, two from August; a late fact follows the merger
        send(Topics.GRID_AREAS, "a-" + v1, "org.socialpsych.grid.AreaMerged.v1", m("aggregateId", "a-" + v1,
                "aggregateVersion", 2, "occurredAt", "2026-08-01T00:00:00Z", "code", v1,
                "path", List.of(city, county, t1, v1), "intoCode", v3, "intoPath", List.of(city, county, t2, v3),
                "validTo", "2026-07-31"));
        awaitVillages(county, "2026-08", 2);
        assertThat(villages(county, "2026-07")).isEqualTo(3);
        for (int i = 0; i < 5; i++) {
            screening("s-late-" + v1 + i, List.of(city, county, t1, v1), "2026-09-05T03:00:00Z");
        }
        awaitKpi(t2, "SCREENINGS", 5, "2026-09");
        assertThat(kpi(kpis(t1, "2026-09").get("area"), "SCREENINGS").get("value").asDouble()).isZero();

        // split: v3 retired at the end of September, two successors from October
        send(Topics.GRID_AREAS, "a-" + v3, "org.socialpsych.grid.AreaRetired.v1", m("aggregateId", "a-" + v3,
                "aggregateVersion", 2, "occurredAt", "2026-10-01T00:00:00Z", "code", v3,
                "path", List.of(city, county, t2, v3), "validTo", "2026-09-30",
                "successorCodes", List.of(v3 + "1", v3 + "2")));
        for (String successor : List.of(v3 + "1", v3 + "2")) {
            Map<String, Object> payload = m("aggregateId", "a-" + successor, "aggregateVersion", 1,
                    "occurredAt", "2026-10-01T00:00:00Z", "code", successor, "name", "区域" + successor,
                    "level", "VILLAGE", "path", List.of(city, county, t2, successor), "population", 500,
                    "validFrom", "2026-10-01", "parentCode", t2);
            send(Topics.GRID_AREAS, "a-" + successor, "org.socialpsych.grid.AreaCreated.v1", payload);
        }
        awaitVillages(county, "2026-10", 3);
        assertThat(children(kpis(t2, "2026-10"))).containsExactly(v2, v3 + "1", v3 + "2");
        assertThat(villages(county, "2026-09")).isEqualTo(2);
    }

    /**
     * One report per area and period, approved by the level directly above, a county report built from
     * its towns' approved reports with the gaps listed, and a list by area, period and status. (Before:
     * two reports of one town and month were both approved, the county used live figures and was
     * approved with no town report, a city admin approved a town report over the county's head.)
     */
    @Test
    void shouldRollTheCountyReportUpFromApprovedTownReports() {
        String city = "8804";
        String county = "880401";
        List<String> towns = List.of(county + "101", county + "102", county + "103");
        area("a-" + city, city, "CITY", null, List.of(city), 1_000_000);
        area("a-" + county, county, "COUNTY", city, List.of(city, county), 100_000);
        int[] screenings = {6, 7, 5};
        for (int t = 0; t < 3; t++) {
            String town = towns.get(t);
            String village = town + "001";
            area("a-" + town, town, "TOWN", county, List.of(city, county, town), 10_000);
            area("a-" + village, village, "VILLAGE", town, List.of(city, county, town, village), 1000);
            for (int i = 0; i < screenings[t]; i++) {
                screening("s-" + village + i, List.of(city, county, town, village), "2026-03-05T03:00:00Z");
            }
        }
        // a 25-point inspection finding in town 101 (grid.inspections.v1, not consumed before)
        String village101 = towns.get(0) + "001";
        send(Topics.GRID_INSPECTIONS, "if-1", "org.socialpsych.grid.InspectionFindingRecorded.v1", m("aggregateId",
                "if-1", "aggregateVersion", 1, "occurredAt", "2026-03-10T02:00:00Z", "areaCode", village101,
                "areaPath", List.of(city, county, towns.get(0), village101), "unit", "镇综治办", "category", "ROOM",
                "deductionPoints", 25.0, "rectifyBy", "2026-04-10"));
        awaitKpi(county, "SCREENINGS", 18, "2026-03");
        awaitKpi(towns.get(0), "INSPECTION_DEDUCTIONS", 25, "2026-03");
        String countyA = ServiceTestSupport.bearer("county-a", List.of("AREA_ADMIN"), List.of(county));
        String cityAdmin = ServiceTestSupport.bearer("city-a", List.of("AREA_ADMIN"), List.of(city));
        String[] townAdmins = new String[3];
        String[] reports = new String[3];
        for (int t = 0; t < 3; t++) {
            townAdmins[t] = ServiceTestSupport.bearer("town-a" + t, List.of("AREA_ADMIN"), List.of(towns.get(t)));
            String first = report(townAdmins[t], towns.get(t), "2026-03", 201).get("id").asString();
            // a new preparation supersedes the draft: one report per town and month
            reports[t] = report(townAdmins[t], towns.get(t), "2026-03", 201).get("id").asString();
            assertThat(get(countyA, first).get("status").asString()).isEqualTo("SUPERSEDED");
            client().post().uri("/api/v1/period-reports/" + first + "/submit").header("Authorization", townAdmins[t])
                    .exchange().expectStatus().isEqualTo(409);
        }
        JsonNode town101 = get(countyA, reports[0]);
        assertThat(town101.get("rating").get("deductionPoints").asLong()).isEqualTo(25);
        assertThat(town101.get("rating").get("coverage").asDouble()).as("the rating states its coverage")
                .isLessThan(1.0);
        assertThat(town101.get("rating").get("status").asString())
                .as("most indicators have no data: no data is not met, and too little to rate").isEqualTo("UNRATED");
        for (int t = 0; t < 2; t++) {
            client().post().uri("/api/v1/period-reports/" + reports[t] + "/submit")
                    .header("Authorization", townAdmins[t]).exchange().expectStatus().isOk();
        }
        // the city may not approve a town's report over the county's head
        client().post().uri("/api/v1/period-reports/" + reports[0] + "/approve").header("Authorization", cityAdmin)
                .exchange().expectStatus().isForbidden();
        for (int t = 0; t < 2; t++) {
            client().post().uri("/api/v1/period-reports/" + reports[t] + "/approve").header("Authorization", countyA)
                    .exchange().expectStatus().isOk();
        }
        // approved is final: no new preparation of that town and month
        report(townAdmins[0], towns.get(0), "2026-03", 409);

        JsonNode countyReport = report(countyA, county, "2026-03", 201);
        assertThat(countyReport.get("source").asString()).isEqualTo("APPROVED_CHILD_REPORTS");
        assertThat(kpi(countyReport.get("snapshot").get("area"), "SCREENINGS").get("value").asDouble())
                .as("the approved towns' 6 + 7, not the live 18").isEqualTo(13);
        assertThat(countyReport.get("gaps").size()).isEqualTo(1);
        assertThat(countyReport.get("gaps").get(0).get("areaCode").asString()).isEqualTo(towns.get(2));
        assertThat(countyReport.get("gaps").get(0).get("reportStatus").asString()).isEqualTo("DRAFT");
        assertThat(countyReport.has("raw")).as("unsuppressed figures are never served").isFalse();
        assertThat(countyReport.get("threeLists").get("problemFeedback").toString())
                .as("problems generated from the gaps").contains("CHILD_REPORT_NOT_APPROVED").contains(towns.get(2));

        JsonNode approved = list(countyA, "?period=2026-03&status=APPROVED");
        assertThat(approved.get("items").size()).isEqualTo(2);
        JsonNode page = list(countyA, "?period=2026-03&limit=2");
        assertThat(page.get("items").size()).isEqualTo(2);
        JsonNode rest = list(countyA, "?period=2026-03&limit=2&cursor=" + page.get("next").asString());
        assertThat(rest.get("items").size()).as("3 towns' reports, 3 superseded, the county's").isEqualTo(2);
        assertThat(list(townAdmins[0], "?period=2026-03&status=SUPERSEDED").get("items").size())
                .as("scope inside the query: a town sees its own").isEqualTo(1);
        client().get().uri("/api/v1/period-reports?period=2026-03&sort=x").header("Authorization", countyA).exchange()
                .expectStatus().isBadRequest();
        client().get().uri("/api/v1/period-reports?status=DONE").header("Authorization", countyA).exchange()
                .expectStatus().isBadRequest();
    }

    /**
     * Area admins set targets for their own subtree (#15): effective from a date (never in a past month),
     * the most specific in force wins over the indicator's own, every entry kept (who, when); a town admin
     * reaches neither a sibling town nor the county above; the target is also the task of the three lists
     * with its responsible unit and deadline.
     */
    @Test
    void shouldLetAreaAdminsSetTargetsForTheirOwnSubtreeEffectiveFromADate() {
        String city = "8804";
        String county = "880401";
        String t1 = "880401001";
        String t2 = "880401002";
        String v1 = "880401001001";
        String v2 = "880401002001";
        area("a-" + city, city, "CITY", null, List.of(city), 5_000_000);
        area("a-" + county, county, "COUNTY", city, List.of(city, county), 100_000);
        area("a-" + t1, t1, "TOWN", county, List.of(city, county, t1), 20_000);
        area("a-" + t2, t2, "TOWN", county, List.of(city, county, t2), 20_000);
        area("a-" + v1, v1, "VILLAGE", t1, List.of(city, county, t1, v1), 3000);
        area("a-" + v2, v2, "VILLAGE", t2, List.of(city, county, t2, v2), 3000);
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.YearMonth month = java.time.YearMonth.now(zone);
        java.time.LocalDate today = java.time.LocalDate.now(zone);
        String period = month.toString();
        String next = month.plusMonths(1).toString();
        String townAdmin = ServiceTestSupport.bearer("ta-1", List.of("AREA_ADMIN"), List.of(t1));
        String otherTown = ServiceTestSupport.bearer("ta-2", List.of("AREA_ADMIN"), List.of(t2));
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> kpi(kpis(t1, period).get("children").get(0), "VILLAGE_ROOM_COVERAGE") != null);
        assertThat(kpi(kpis(v1, period).get("area"), "VILLAGE_ROOM_COVERAGE").get("target").asDouble())
                .as("the indicator's own target").isEqualTo(80.0);

        Map<String, Object> good = Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", v1, "value", 60,
                "effectiveFrom", month.atDay(1).toString(), "responsibleUnit", "镇综治中心",
                "deadline", month.atDay(1).toString());
        JsonNode set = target(townAdmin, good, 201);
        assertThat(set.get("setBy").asString()).isEqualTo("ta-1");
        target(townAdmin, Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", v1, "value", 70,
                "effectiveFrom", month.plusMonths(1).atDay(1).toString()), 201);
        // refused: a sibling town's village, the county above, a role that sets no targets, bad values
        target(townAdmin, Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", v2, "value", 10,
                "effectiveFrom", month.atDay(1).toString()), 404);
        target(townAdmin, Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", county, "value", 10,
                "effectiveFrom", month.atDay(1).toString()), 404);
        target(ServiceTestSupport.bearer("gw-1", List.of("GRID_WORKER"), List.of(t1)), good, 403);
        target(townAdmin, Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", v1, "value", 10,
                "effectiveFrom", month.minusMonths(1).atDay(1).toString()), 422);
        target(townAdmin, Map.of("indicator", "NO_SUCH_INDICATOR", "areaCode", v1, "value", 10,
                "effectiveFrom", month.atDay(1).toString()), 422);
        target(townAdmin, Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", v1, "value", 120,
                "effectiveFrom", month.atDay(1).toString()), 422);
        target(townAdmin, Map.of("indicator", "VILLAGE_ROOM_COVERAGE", "areaCode", v1, "value", 10,
                "effectiveFrom", month.atDay(1).toString(), "deadline", month.atDay(1).minusDays(1).toString()), 422);

        // in force from its date: this month 60, next month the later entry's 70; the sibling town keeps 80
        assertThat(kpi(kpis(v1, period).get("area"), "VILLAGE_ROOM_COVERAGE").get("target").asDouble())
                .isEqualTo(60.0);
        assertThat(kpi(kpis(v1, next).get("area"), "VILLAGE_ROOM_COVERAGE").get("target").asDouble())
                .isEqualTo(70.0);
        assertThat(kpi(kpis(v2, period).get("area"), "VILLAGE_ROOM_COVERAGE").get("target").asDouble())
                .isEqualTo(80.0);

        // every entry is kept, newest first, cursor paged; a sibling town's admin sees none of them
        JsonNode page = targets(townAdmin, "?area=" + t1 + "&limit=1", 200);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("value").asDouble()).isEqualTo(70.0);
        JsonNode rest = targets(townAdmin, "?area=" + t1 + "&limit=1&cursor=" + page.get("next").asString(), 200);
        assertThat(rest.get("items").get(0).get("value").asDouble()).isEqualTo(60.0);
        targets(otherTown, "?area=" + t1, 404);
        targets(townAdmin, "?area=" + t1 + "&sort=value", 400);

        // the village's period report lists the task with its unit and deadline
        JsonNode report = report(townAdmin, v1, period, 201);
        JsonNode task = null;
        for (JsonNode t : report.get("threeLists").get("taskProgress")) {
            if ("VILLAGE_ROOM_COVERAGE".equals(t.get("indicator").asString())) {
                task = t;
            }
        }
        assertThat(task).isNotNull();
        assertThat(task.get("target").asDouble()).isEqualTo(60.0);
        assertThat(task.get("responsibleUnit").asString()).isEqualTo("镇综治中心");
        assertThat(task.get("deadline").asString()).isEqualTo(month.atDay(1).toString());
        assertThat(task.get("overdue").asBoolean()).isEqualTo(month.atDay(1).isBefore(today));
    }

    /**
     * Joint routing is counted per unit (#14): each unit a case was routed to is due its own receipt;
     * a unit that never acknowledges is not on time, a breach stays a breach after a late receipt, and
     * a redelivered receipt counts once.
     */
    @Test
    void shouldCountEachUnitsReceiptsAndBreachesOfJointlyRoutedCases() {
        String city = "8805";
        String county = "880501";
        String village = "880501001";
        List<String> path = List.of(city, county, village);
        area("a-" + city, city, "CITY", null, List.of(city), 5_000_000);
        area("a-" + county, county, "COUNTY", city, List.of(city, county), 100_000);
        area("a-" + village, village, "VILLAGE", county, path, 3000);
        String type = "org.socialpsych.psych.";
        for (int i = 0; i < 5; i++) {
            String id = "cu-" + i;
            send(Topics.PSYCH_CRISIS_CASES, id, type + "CrisisCaseOpened.v1", m("aggregateId", id,
                    "aggregateVersion", 1, "occurredAt", "2026-11-10T01:00:00Z", "tier", "HIGH", "areaCode", village,
                    "areaPath", path, "assignees", List.of("POLICE", "HEALTH_OFFICE", "COMMUNITY")));
            send(Topics.PSYCH_CRISIS_CASES, id, type + "CrisisCaseUnitReceipt.v1", unitReceipt(id, 2, path,
                    "POLICE", "ACKNOWLEDGED", true));
            send(Topics.PSYCH_CRISIS_CASES, id, type + "CrisisCaseUnitReceipt.v1", unitReceipt(id, 3, path,
                    "HEALTH_OFFICE", "ACKNOWLEDGED", i < 3));
            send(Topics.PSYCH_CRISIS_CASES, id, type + "CrisisCaseUnitReceipt.v1", unitReceipt(id, 4, path,
                    "COMMUNITY", "BREACHED", false));
        }
        // 5 police + 3 health on time of 15 units assigned; 5 community breaches
        awaitKpi(county, "CRISIS_UNIT_ACK_ON_TIME", 53.33);
        awaitKpi(county, "CRISIS_UNIT_SLA_BREACHES", 5);
        // the community acknowledges late, and one receipt is delivered twice: the rate and the breaches stay
        for (int i = 0; i < 5; i++) {
            send(Topics.PSYCH_CRISIS_CASES, "cu-" + i, type + "CrisisCaseUnitReceipt.v1", unitReceipt("cu-" + i, 5,
                    path, "COMMUNITY", "ACKNOWLEDGED", false));
        }
        send(Topics.PSYCH_CRISIS_CASES, "cu-0", type + "CrisisCaseUnitReceipt.v1", unitReceipt("cu-0", 2, path,
                "POLICE", "ACKNOWLEDGED", true));
        send(Topics.PSYCH_CRISIS_CASES, "cu-0", type + "CrisisCaseClosed.v1", m("aggregateId", "cu-0",
                "aggregateVersion", 6, "occurredAt", "2026-11-10T05:00:00Z", "tier", "HIGH", "areaCode", village,
                "areaPath", path, "outcome", "RESOLVED", "seriousIncident", false, "firstContactMade", true));
        awaitKpi(county, "CRISIS_CASES_OPENED", 5);
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> mongoFacts("crisis-unit:cu-")
                >= 20);
        JsonNode row = kpis(county).get("area");
        assertThat(kpi(row, "CRISIS_UNIT_ACK_ON_TIME").get("value").asDouble()).isEqualTo(53.33);
        assertThat(kpi(row, "CRISIS_UNIT_SLA_BREACHES").get("value").asDouble()).isEqualTo(5.0);
        assertThat(kpi(row, "CRISIS_UNIT_SLA_BREACHES").get("status").asString()).isEqualTo("MISSED");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

    long mongoFacts(String keyPrefix) {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").regex("^" + keyPrefix)),
                org.socialpsych.reporting.fact.infra.FactStore.FACTS).block();
    }

    static Map<String, Object> unitReceipt(String id, int version, List<String> path, String unit, String receipt,
            boolean onTime) {
        return m("aggregateId", id, "aggregateVersion", version, "occurredAt", "2026-11-10T01:30:00Z", "tier", "HIGH",
                "areaCode", path.get(path.size() - 1), "areaPath", path, "unit", unit, "receipt", receipt,
                "deadline", "ACKNOWLEDGE", "onTime", onTime);
    }

    JsonNode target(String token, Map<String, Object> body, int status) {
        var r = client().post().uri("/api/v1/targets").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody(String.class)
                .returnResult();
        assertThat(r.getStatus().value()).as(body + ": " + r.getResponseBody()).isEqualTo(status);
        return JSON.readTree(r.getResponseBody());
    }

    JsonNode targets(String token, String query, int status) {
        var r = client().get().uri("/api/v1/targets" + query).header("Authorization", token).exchange()
                .expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).as(query + ": " + r.getResponseBody()).isEqualTo(status);
        return JSON.readTree(r.getResponseBody());
    }

    JsonNode report(String token, String area, String period, int status) {
        return JSON.readTree(client().post().uri("/api/v1/period-reports").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("areaCode", area, "period", period))
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode get(String token, String id) {
        return JSON.readTree(client().get().uri("/api/v1/period-reports/" + id).header("Authorization", token)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode list(String token, String query) {
        var result = client().get().uri("/api/v1/period-reports" + query).header("Authorization", token)
                .exchange().expectBody(String.class).returnResult();
        assertThat(result.getStatus().value()).as(query + ": " + result.getResponseBody()).isEqualTo(200);
        return JSON.readTree(result.getResponseBody());
    }

    void screening(String id, List<String> path, String at) {
        send(Topics.ASSESSMENT_ASSESSMENTS, id, "org.socialpsych.assessment.AssessmentCompleted.v1",
                m("aggregateId", id, "aggregateVersion", 1, "occurredAt", at, "subjectId", "p-" + id,
                        "instrument", "PHQ9", "band", "mild", "positiveScreen", false, "critical", false,
                        "tier", "NONE", "areaCode", path.get(path.size() - 1), "areaPath", path));
    }

    static List<String> children(JsonNode table) {
        List<String> out = new ArrayList<>();
        table.get("children").forEach(c -> out.add(c.get("areaCode").asString()));
        return out;
    }

    /** Villages counted in an area for a period: the denominator of the room coverage (not suppressed). */
    long villages(String area, String period) {
        JsonNode k = kpi(kpis(area, period).get("area"), "VILLAGE_ROOM_COVERAGE");
        return k.get("denominator").isNull() ? -1 : k.get("denominator").asLong();
    }

    void awaitVillages(String area, String period, long expected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> villages(area, period) == expected);
    }

    void due(String resident, String dueAt) {
        String id = "vs-" + resident; // one schedule per resident, one VisitDue per cycle
        send(Topics.GRID_VISITS, id, "org.socialpsych.grid.VisitDue.v1", m("aggregateId", id, "aggregateVersion",
                dueAt.hashCode() & 0xffff, "occurredAt", "2026-01-01T00:00:00Z", "residentId", resident,
                "gridCode", VA, "gridPath", VA_PATH, "dueAt", dueAt, "reasons", List.of("TAGGED")));
    }

    void visit(String resident, String dueAt, int n) {
        String id = "v-" + resident + "-" + dueAt + "-" + n;
        send(Topics.GRID_VISITS, id, "org.socialpsych.grid.VisitRecorded.v1", m("aggregateId", id,
                "aggregateVersion", 1, "occurredAt", "2026-04-01T00:00:00Z", "residentId", resident, "gridCode", VA,
                "gridPath", VA_PATH, "workerId", "w1", "visitedAt", dueAt, "enteredAt", "2026-04-01T00:00:00Z",
                "dueAt", dueAt, "onTime", true, "lateEntry", true, "flags", List.of()));
    }

    void area(String id, String code, String level, String parent, List<String> path, long population) {
        Map<String, Object> payload = m("aggregateId", id, "aggregateVersion", 1,
                "occurredAt", "2026-01-01T00:00:00Z", "code", code, "name", "区域" + code, "level", level,
                "path", path, "population", population, "validFrom", "2026-01-01", "parentCode", parent);
        send(Topics.GRID_AREAS, id, "org.socialpsych.grid.AreaCreated.v1", payload);
    }

    void assessment(String id, String village, boolean positive, boolean critical) {
        send(Topics.ASSESSMENT_ASSESSMENTS, id, "org.socialpsych.assessment.AssessmentCompleted.v1",
                m("aggregateId", id, "aggregateVersion", 1, "occurredAt", "2026-11-05T03:00:00Z",
                        "subjectId", "p-" + id, "instrument", "PHQ9", "band", positive ? "moderate" : "mild",
                        "positiveScreen", positive, "critical", critical, "tier", critical ? "HIGH" : "NONE",
                        "areaCode", village, "areaPath", List.of(CITY, COUNTY, village)));
    }

    /** An AssessmentCompleted that is not a new assessment but a later version of the marker: no double count. */
    void assessmentVersion2(String id) {
        send(Topics.ASSESSMENT_ASSESSMENTS, id, "org.socialpsych.assessment.AssessmentCompleted.v1",
                m("aggregateId", id, "aggregateVersion", 2, "occurredAt", "2026-11-05T03:00:00Z",
                        "subjectId", "p-" + id, "instrument", "PHQ9", "band", "mild", "positiveScreen", false,
                        "critical", false, "tier", "NONE", "areaCode", V2, "areaPath", List.of(CITY, COUNTY, V2)));
    }

    static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    void send(String topic, String key, String type, Map<String, Object> payload) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, JSON.writeValueAsString(payload));
        r.headers().add("ce_id", (type + ":" + key + ":" + payload.get("aggregateVersion")).getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_source", "test".getBytes(StandardCharsets.UTF_8));
        sent.add(r);
        resend(r);
    }

    void resend(ProducerRecord<String, String> r) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode kpis(String area) {
        return kpis(area, "2026-11");
    }

    JsonNode kpis(String area, String period) {
        String body = client().get().uri("/api/v1/kpis?area=" + area + "&period=" + period)
                .header("Authorization", ADMIN).exchange().expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    JsonNode awaitKpi(String area, String indicator, double expected) {
        return awaitKpi(area, indicator, expected, "2026-11");
    }

    JsonNode awaitKpi(String area, String indicator, double expected, String period) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> kpis(area, period), t -> {
                    JsonNode k = kpi(t.get("area"), indicator);
                    return k != null && k.get("value") != null && !k.get("value").isNull()
                            && k.get("value").asDouble() == expected;
                });
    }

    static JsonNode kpi(JsonNode areaRow, String indicator) {
        for (JsonNode k : areaRow.get("kpis")) {
            if (indicator.equals(k.get("indicator").asString())) {
                return k;
            }
        }
        return null;
    }
}
