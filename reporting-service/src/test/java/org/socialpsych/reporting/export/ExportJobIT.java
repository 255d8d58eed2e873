package org.socialpsych.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.localstack.testing.TestInfra;
import org.socialpsych.reporting.export.infra.ExportJobStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export jobs against the real broker and Mongo-wire server: figures fed as events, a job
 * submitted, polled to DONE, downloaded from GridFS and opened with POI; the CSV of a job equals
 * the synchronous export; only the requester (and oversight roles) see a job; scope answers match
 * the synchronous endpoint; a job whose worker died is recovered and completed; old jobs are purged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class ExportJobIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "reporting-export");
        r.add("socialpsych.reporting.export.poll-interval", () -> "100ms");
        r.add("socialpsych.reporting.export.recover-interval", () -> "300ms");
        r.add("socialpsych.reporting.export.lease", () -> "30s");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String CITY = "7701";
    public static final String COUNTY = "770101";
    public static final String V1 = "770101001";
    public static final String V2 = "770101002";
    static final String ANALYST = ServiceTestSupport.bearer("analyst-a", List.of("ANALYST"), List.of(COUNTY));
    static final String OTHER = ServiceTestSupport.bearer("analyst-b", List.of("ANALYST"), List.of(COUNTY));
    static final String AUDITOR = ServiceTestSupport.bearer("auditor", List.of("AUDITOR"), List.of(CITY));
    static final String VILLAGE_ONLY = ServiceTestSupport.bearer("analyst-v", List.of("ANALYST"), List.of(V1));
    static final String WORKER = ServiceTestSupport.bearer("gw", List.of("GRID_WORKER"), List.of(COUNTY));
    static final String COUNTY_ADMIN = ServiceTestSupport.bearer("county-admin", List.of("AREA_ADMIN"),
            List.of(COUNTY));

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void shouldRunExportJobsInTheBackgroundWithProgressScopeAndRecovery() throws Exception {
        area("a-" + CITY, CITY, "CITY", null, List.of(CITY), 5_000_000);
        area("a-" + COUNTY, COUNTY, "COUNTY", CITY, List.of(CITY, COUNTY), 100_000);
        area("a-" + V1, V1, "VILLAGE", COUNTY, List.of(CITY, COUNTY, V1), 3000);
        area("a-" + V2, V2, "VILLAGE", COUNTY, List.of(CITY, COUNTY, V2), 2000);
        for (int i = 0; i < 10; i++) {
            assessment("ex-" + i, V1, i < 4);
        }
        for (int i = 10; i < 12; i++) {
            assessment("ex-" + i, V2, true);
        }
        awaitScreenings(COUNTY, 12);

        // scope and input answers are those of the synchronous export
        Map<String, Object> kpiJob = Map.of("kind", "KPI", "format", "XLSX", "area", COUNTY,
                "periods", List.of("2026-10", "2026-11"));
        int syncOutOfScope = client().get().uri("/api/v1/exports/kpis?area=" + COUNTY + "&period=2026-11")
                .header("Authorization", VILLAGE_ONLY).exchange().returnResult(String.class).getStatus().value();
        assertThat(syncOutOfScope).isEqualTo(404);
        submit(VILLAGE_ONLY, kpiJob).expectStatus().isEqualTo(syncOutOfScope)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        submit(WORKER, kpiJob).expectStatus().isForbidden();
        submit(ANALYST, Map.of("kind", "KPI", "area", COUNTY, "period", "November")).expectStatus().isEqualTo(400);
        submit(ANALYST, Map.of("kind", "KPI", "area", COUNTY, "period", "2026-11", "indicators", List.of("NOPE")))
                .expectStatus().isEqualTo(422);
        submit(ANALYST, Map.of("kind", "SOMETHING", "area", COUNTY, "period", "2026-11")).expectStatus()
                .isBadRequest();
        assertThat(mongo.count(new Query(Criteria.where("area").is(COUNTY)), ExportJobStore.COLLECTION).block())
                .as("bad input stores nothing")
                .isZero();

        // XLSX job: 202 + Location, polled to DONE, opened with POI
        EntityExchangeResult<String> accepted = submit(ANALYST, kpiJob).expectStatus().isAccepted()
                .expectBody(String.class).returnResult();
        JsonNode job = JSON.readTree(accepted.getResponseBody());
        String id = job.get("id").asString();
        assertThat(accepted.getResponseHeaders().getLocation()).hasToString("/api/v1/export-jobs/" + id);
        assertThat(job.get("requestedBy").asString()).isEqualTo("analyst-a");
        JsonNode done = awaitStatus(ANALYST, id, "DONE");
        assertThat(done.get("progress").get("total").asLong()).as("3 areas × 2 periods").isEqualTo(6);
        assertThat(done.get("progress").get("done").asLong()).isEqualTo(6);
        assertThat(done.get("progress").get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(done.get("error").isNull()).isTrue();
        EntityExchangeResult<byte[]> file = client().get().uri("/api/v1/export-jobs/" + id + "/file")
                .header("Authorization", ANALYST).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult();
        assertThat(file.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("kpis-770101-2026-10_2026-11.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.getResponseBody()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("地区代码");
            assertThat(cell(sheet, COUNTY, "SCREENINGS", "2026-11").getCell(5).getNumericCellValue()).isEqualTo(12.0);
            assertThat(cell(sheet, COUNTY, "SCREENINGS", "2026-10").getCell(5).getNumericCellValue()).isEqualTo(0.0);
            assertThat(cell(sheet, COUNTY, "SCREENING_POSITIVE_RATE", "2026-11").getCell(5).getNumericCellValue())
                    .isEqualTo(50.0);
            Row v2 = cell(sheet, V2, "SCREENING_POSITIVE_RATE", "2026-11");
            assertThat(v2.getCell(9).getStringCellValue()).as("2 people: suppressed as in the synchronous export")
                    .isEqualTo("样本过小不予显示");
            assertThat(v2.getCell(5).getStringCellValue()).isEmpty();
        }

        // only the requester and oversight roles see a job
        client().get().uri("/api/v1/export-jobs/" + id).header("Authorization", OTHER).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/export-jobs/" + id + "/file").header("Authorization", OTHER).exchange()
                .expectStatus().isNotFound();
        client().get().uri("/api/v1/export-jobs/" + id).header("Authorization", AUDITOR).exchange()
                .expectStatus().isOk();

        // CSV job: byte for byte the synchronous CSV export
        String csvId = JSON.readTree(submit(ANALYST, Map.of("kind", "KPI", "format", "CSV", "area", COUNTY,
                        "period", "2026-11")).expectStatus().isAccepted().expectBody(String.class).returnResult()
                .getResponseBody()).get("id").asString();
        awaitStatus(ANALYST, csvId, "DONE");
        EntityExchangeResult<byte[]> csvFile = client().get().uri("/api/v1/export-jobs/" + csvId + "/file")
                .header("Authorization", ANALYST).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv").expectBody(byte[].class).returnResult();
        String csv = new String(csvFile.getResponseBody(), StandardCharsets.UTF_8);
        String syncCsv = new String(client().get().uri("/api/v1/exports/kpis?area=" + COUNTY
                        + "&period=2026-11&format=csv").header("Authorization", ANALYST).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF地区代码").contains(COUNTY + ",").isEqualTo(syncCsv);

        // period reports: the frozen snapshot of the county, villages without a report marked as such
        String reportId = JSON.readTree(client().post().uri("/api/v1/period-reports")
                .header("Authorization", COUNTY_ADMIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("areaCode", COUNTY, "period", "2026-11")).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
        String reportJob = JSON.readTree(submit(ANALYST, Map.of("kind", "PERIOD_REPORT", "format", "CSV",
                        "area", COUNTY, "period", "2026-11", "indicators", List.of("SCREENINGS")))
                .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody())
                .get("id").asString();
        awaitStatus(ANALYST, reportJob, "DONE");
        String reportCsv = new String(client().get().uri("/api/v1/export-jobs/" + reportJob + "/file")
                .header("Authorization", ANALYST).exchange().expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(reportCsv).contains("报告状态").contains(COUNTY + ",区域" + COUNTY + ",COUNTY,SCREENINGS,")
                .contains(",12,").contains(reportId + ",草稿,");
        assertThat(reportCsv).contains(V1 + ",区域" + V1 + ",VILLAGE,,").contains("未编制");

        // a job whose worker died: 409 while RUNNING, then recovered when its lease expires
        String crashed = "ej-crashed";
        Instant now = Instant.now();
        mongo.insert(new Document("_id", crashed).append("kind", "KPI").append("format", "XLSX")
                .append("area", COUNTY).append("periods", List.of("2026-11")).append("indicators", null)
                .append("depth", 0).append("status", "RUNNING").append("owner", "dead-worker")
                .append("leaseUntil", Date.from(now.plusSeconds(3600))).append("attempts", 1)
                .append("progress", new Document("done", 0L).append("total", 1L))
                .append("requestedBy", "analyst-a").append("createdAt", Date.from(now))
                .append("expiresAt", Date.from(now.plusSeconds(86_400))), ExportJobStore.COLLECTION).block();
        client().get().uri("/api/v1/export-jobs/" + crashed + "/file").header("Authorization", ANALYST).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://socialpsych.org/problems/export-not-ready");
        // lease not expired: left alone for a while (housekeeping runs every 300 ms)
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> "RUNNING".equals(get(ANALYST, crashed).get("status").asString()));
        mongo.updateFirst(new Query(Criteria.where("_id").is(crashed)),
                new Update().set("leaseUntil", Date.from(Instant.now().minusSeconds(1))), ExportJobStore.COLLECTION)
                .block();
        JsonNode recovered = awaitStatus(ANALYST, crashed, "DONE");
        assertThat(recovered.get("attempts").asInt()).isEqualTo(2);
        byte[] recoveredFile = client().get().uri("/api/v1/export-jobs/" + crashed + "/file")
                .header("Authorization", ANALYST).exchange().expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(recoveredFile))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(cell(sheet, COUNTY, "SCREENINGS", "2026-11").getCell(5).getNumericCellValue()).isEqualTo(12.0);
            assertThat(cell(sheet, V1, "SCREENINGS", "2026-11")).as("depth 0: the area only").isNull();
        }
        assertThat(meters.get("reporting.export.jobs").tag("status", "DONE").gauge().value()).isGreaterThanOrEqualTo(3);

        // retention: an expired job and its file are purged
        assertThat(mongo.count(new Query(Criteria.where("metadata.jobId").is(id)), "fs.files").block()).isEqualTo(1);
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                new Update().set("expiresAt", Date.from(Instant.now().minusSeconds(1))), ExportJobStore.COLLECTION)
                .block();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> mongo.count(new Query(Criteria.where("_id").is(id)), ExportJobStore.COLLECTION).block() == 0);
        client().get().uri("/api/v1/export-jobs/" + id).header("Authorization", ANALYST).exchange()
                .expectStatus().isNotFound();
        assertThat(mongo.count(new Query(Criteria.where("metadata.jobId").is(id)), "fs.files").block()).isZero();
        assertThat(mongo.count(new Query(Criteria.where("metadata.jobId").is(csvId)), "fs.files").block())
                .as("other jobs' files stay").isEqualTo(1);
    }

    @Test
    void shouldReturnTheSameJobForTheSameIdempotencyKey() throws Exception {
        area("a-" + CITY, CITY, "CITY", null, List.of(CITY), 5_000_000);
        awaitArea(CITY);
        Map<String, Object> body = Map.of("kind", "KPI", "area", CITY, "period", "2026", "depth", 0);
        String first = client().post().uri("/api/v1/export-jobs").header("Authorization", AUDITOR)
                .header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
        String again = client().post().uri("/api/v1/export-jobs").header("Authorization", AUDITOR)
                .header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
        assertThat(JSON.readTree(again).get("id").asString()).isEqualTo(JSON.readTree(first).get("id").asString());
        assertThat(mongo.count(new Query(Criteria.where("requestedBy").is("auditor")), ExportJobStore.COLLECTION)
                .block()).isEqualTo(1);
        JsonNode done = awaitStatus(AUDITOR, JSON.readTree(first).get("id").asString(), "DONE");
        assertThat(done.get("progress").get("total").asLong()).as("1 area × 1 period").isEqualTo(1);
    }

    WebTestClient.ResponseSpec submit(String token, Map<String, Object> body) {
        return client().post().uri("/api/v1/export-jobs").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    JsonNode get(String token, String id) {
        return JSON.readTree(client().get().uri("/api/v1/export-jobs/" + id).header("Authorization", token).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode awaitStatus(String token, String id, String status) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(token, id), last -> {
                    assertThat(last.get("status").asString()).as("job %s: %s", id, last).isNotEqualTo("FAILED");
                    return status.equals(last.get("status").asString());
                });
    }

    static Row cell(Sheet sheet, String area, String indicator, String period) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && area.equals(row.getCell(0).getStringCellValue())
                    && indicator.equals(row.getCell(3).getStringCellValue())
                    && period.equals(row.getCell(10).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    /** Until the area shows the screenings and no fact has a delta still to apply (the village cells too). */
    void awaitScreenings(String area, double expected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            EntityExchangeResult<String> r = client().get().uri("/api/v1/kpis?area=" + area + "&period=2026-11")
                    .header("Authorization", ANALYST).exchange().expectBody(String.class).returnResult();
            if (!r.getStatus().is2xxSuccessful()) {
                return false;
            }
            for (JsonNode k : JSON.readTree(r.getResponseBody()).get("area").get("kpis")) {
                if ("SCREENINGS".equals(k.get("indicator").asString()) && !k.get("value").isNull()
                        && k.get("value").asDouble() == expected) {
                    return mongo.count(new Query(Criteria.where("pending").exists(true).ne(null)), "facts")
                            .block() == 0;
                }
            }
            return false;
        });
    }

    void awaitArea(String code) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> mongo.count(new Query(Criteria.where("_id").is(code)), "area_directory").block() > 0);
    }

    /** Sends an AreaCreated event (also used by the security matrix). */
    public static void area(String id, String code, String level, String parent, List<String> path, long population) {
        Map<String, Object> payload = m("aggregateId", id, "aggregateVersion", 1,
                "occurredAt", "2026-01-01T00:00:00Z", "code", code, "name", "区域" + code, "level", level,
                "path", path, "population", population, "validFrom", "2026-01-01", "parentCode", parent);
        send(Topics.GRID_AREAS, id, "org.socialpsych.grid.AreaCreated.v1", payload);
    }

    /** Sends an AssessmentCompleted event for a village of {@link #COUNTY}. */
    public static void assessment(String id, String village, boolean positive) {
        send(Topics.ASSESSMENT_ASSESSMENTS, id, "org.socialpsych.assessment.AssessmentCompleted.v1",
                m("aggregateId", id, "aggregateVersion", 1, "occurredAt", "2026-11-05T03:00:00Z",
                        "subjectId", "p-" + id, "instrument", "PHQ9", "band", positive ? "moderate" : "mild",
                        "positiveScreen", positive, "critical", false, "tier", "NONE",
                        "areaCode", village, "areaPath", List.of(CITY, COUNTY, village)));
    }

    static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    static void send(String topic, String key, String type, Map<String, Object> payload) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, JSON.writeValueAsString(payload));
        r.headers().add("ce_id", (type + ":" + key + ":" + payload.get("aggregateVersion")).getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_source", "test".getBytes(StandardCharsets.UTF_8));
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(r).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
