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
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.localstack.testing.TestInfra;
import org.socialpsych.reporting.fact.infra.CellMaterializer;
import org.springframework.beans.factory.annotation.Autowired;
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
        r.add("socialpsych.reporting.materialize-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    CellMaterializer materializer;

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
        Thread.sleep(500);
        drain();
        JsonNode afterReplay = kpis(COUNTY);
        assertThat(kpi(afterReplay.get("area"), "SCREENING_POSITIVE_RATE").get("value").asDouble()).isEqualTo(46.15);
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
        awaitKpi(COUNTY, "SCREENINGS", 18);
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
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(18.0);
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
                .exchange().expectStatus().isEqualTo(422);
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

    void drain() {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && materializer.pass().block() > 0) {
            // recompute until nothing is dirty
        }
    }

    JsonNode kpis(String area) {
        String body = client().get().uri("/api/v1/kpis?area=" + area + "&period=2026-11")
                .header("Authorization", ADMIN).exchange().expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    JsonNode awaitKpi(String area, String indicator, double expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = kpis(area);
                JsonNode k = kpi(last.get("area"), indicator);
                if (k != null && k.get("value") != null && !k.get("value").isNull()
                        && k.get("value").asDouble() == expected) {
                    drain();
                    return kpis(area);
                }
            } catch (RuntimeException e) {
                // area not known yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(indicator + " of " + area + " never reached " + expected + ": " + last);
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
