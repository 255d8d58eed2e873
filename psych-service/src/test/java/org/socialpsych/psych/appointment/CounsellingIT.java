package org.socialpsych.psych.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.psych.support.PsychIT.consume;
import static org.socialpsych.psych.support.PsychIT.header;
import static org.socialpsych.psych.support.PsychIT.json;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.events.Topics;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.support.PsychIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Appointments and sessions against the real broker and Mongo-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CounsellingIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "psych-counselling");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());
    static final String COUNSELLOR = ServiceTestSupport.bearer("co-1", List.of("COUNSELLOR"), List.of("7601"));

    @Autowired
    org.socialpsych.person.PersonIndex personIndex;

    @BeforeEach
    void usePersonIndex() {
        org.socialpsych.person.testing.TestPersons.use(personIndex);
    }

    @BeforeEach
    void areas() {
        PsychIT.seedAreas(mongo, "7601");
        PsychIT.seedAreas(mongo, "7602");
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    EntityExchangeResult<byte[]> call(String auth, String uri, Object body, String idempotencyKey) {
        var spec = client().post().uri(uri).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            spec = spec.header("Idempotency-Key", idempotencyKey);
        }
        return spec.bodyValue(body).exchange().expectBody().returnResult();
    }

    JsonNode post(String auth, String uri, Object body, int status) {
        EntityExchangeResult<byte[]> r = call(auth, uri, body, null);
        assertThat(r.getStatus().value()).as(uri + " " + new String(r.getResponseBodyContent() == null ? new byte[0]
                : r.getResponseBodyContent())).isEqualTo(status);
        return r.getResponseBodyContent() == null ? null : json(new String(r.getResponseBodyContent()));
    }

    String servicePoint(int capacity) {
        return post(ADMIN, "/api/v1/service-points", Map.of("name", "Village room", "type", "VILLAGE_ROOM",
                "areaCode", "76010101", "status", "BUILT", "capacity", capacity, "services", List.of("COUNSELLING")),
                201).get("id").asString();
    }

    static Instant slot(int hoursAhead) {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(hoursAhead));
    }

    Map<String, Object> booking(String person, String sp, Instant slot) {
        return Map.of("personId", PsychIT.person(person, "7601"), "servicePointId", sp, "slotStart", slot.toString());
    }

    long seatsTaken(String sp, Instant slot) {
        Document d = mongo.findById(sp + "|" + slot, Document.class, "appointment_slots").block();
        return d == null ? 0 : ((Number) d.get("booked")).longValue();
    }

    @Test
    void shouldNeverOverbookASlotWhenManyBookConcurrentlyAndFreeTheSeatOnCancel() throws Exception {
        String sp = servicePoint(2);
        Instant slot = slot(48);
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EntityExchangeResult<byte[]>>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String person = "p-c" + i;
            Callable<EntityExchangeResult<byte[]>> task = () -> {
                start.await();
                return call(COUNSELLOR, "/api/v1/appointments", booking(person, sp, slot), null);
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (var f : results) {
            EntityExchangeResult<byte[]> r = f.get();
            statuses.add(r.getStatus().value());
            bodies.add(new String(r.getResponseBodyContent()));
            if (r.getStatus().value() == 409) {
                assertThat(r.getResponseHeaders().getContentType().toString()).contains("problem+json");
            }
        }
        pool.shutdown();
        assertThat(statuses).as(bodies.toString()).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(2);
        assertThat(bodies.stream().filter(b -> b.contains("/problems/slot-full")).count()).isEqualTo(clients - 2);
        assertThat(seatsTaken(sp, slot)).isEqualTo(2);
        assertThat(mongo.count(new Query(Criteria.where("servicePointId").is(sp)), "appointments").block())
                .isEqualTo(2);

        // a cancellation frees one seat, which the next booking takes; then the slot is full again
        String first = json(bodies.get(statuses.indexOf(201))).get("id").asString();
        assertThat(post(COUNSELLOR, "/api/v1/appointments/" + first + "/cancel", Map.of(), 200).get("status")
                .asString()).isEqualTo("CANCELLED");
        post(COUNSELLOR, "/api/v1/appointments/" + first + "/cancel", Map.of(), 409);
        assertThat(seatsTaken(sp, slot)).isEqualTo(1);
        post(COUNSELLOR, "/api/v1/appointments", booking("p-late", sp, slot), 201);
        post(COUNSELLOR, "/api/v1/appointments", booking("p-later", sp, slot), 409);
        assertThat(seatsTaken(sp, slot)).isEqualTo(2);
    }

    @Test
    void shouldReplayABookingWithTheSameIdempotencyKeyAndRejectBadSlots() {
        String sp = servicePoint(3);
        Instant slot = slot(30);
        var r1 = call(COUNSELLOR, "/api/v1/appointments", booking("p-i", sp, slot), "book-k-1");
        var r2 = call(COUNSELLOR, "/api/v1/appointments", booking("p-i", sp, slot), "book-k-1");
        assertThat(r1.getStatus().value()).isEqualTo(201);
        assertThat(r2.getStatus().value()).isEqualTo(200);
        assertThat(json(new String(r2.getResponseBodyContent())).get("id").asString())
                .isEqualTo(json(new String(r1.getResponseBodyContent())).get("id").asString());
        assertThat(seatsTaken(sp, slot)).isEqualTo(1);

        // the key is the caller's own: another booker sending the same key books their own seat
        String other = ServiceTestSupport.bearer("co-2", List.of("COUNSELLOR"), List.of("7601"));
        var r3 = call(other, "/api/v1/appointments", booking("p-j", sp, slot), "book-k-1");
        assertThat(r3.getStatus().value()).isEqualTo(201);
        JsonNode third = json(new String(r3.getResponseBodyContent()));
        assertThat(third.get("id").asString()).isNotEqualTo(json(new String(r1.getResponseBodyContent())).get("id")
                .asString());
        assertThat(third.get("personId").asString()).isEqualTo(PsychIT.person("p-j", "7601"));
        assertThat(json(new String(call(COUNSELLOR, "/api/v1/appointments", booking("p-i", sp, slot), "book-k-1")
                .getResponseBodyContent())).get("personId").asString()).isEqualTo(PsychIT.person("p-i", "7601"));
        assertThat(seatsTaken(sp, slot)).isEqualTo(2);

        JsonNode misaligned = post(COUNSELLOR, "/api/v1/appointments", booking("p-i", sp,
                slot.plus(Duration.ofMinutes(15))), 422);
        assertThat(misaligned.get("type").asString()).endsWith("/slot-not-aligned");
        post(COUNSELLOR, "/api/v1/appointments", booking("p-i", sp, slot(-2)), 422);
        post(COUNSELLOR, "/api/v1/appointments", Map.of("personId", PsychIT.person("p-i", "7601"), "servicePointId", sp), 400);
        // a service point outside the caller's scope is refused by authorization (403, not a 422 business answer);
        // a counsellor elsewhere cannot book here, and an unknown service point stays 422
        post(ServiceTestSupport.bearer("co-2", List.of("COUNSELLOR"), List.of("7602")), "/api/v1/appointments",
                booking("p-i", sp, slot), 403);
        post(COUNSELLOR, "/api/v1/appointments", booking("p-i", "sp-nope", slot), 422);
        post(ServiceTestSupport.bearer("an-1", List.of("ANALYST"), List.of("7601")), "/api/v1/appointments",
                booking("p-i", sp, slot), 403);
        assertThat(seatsTaken(sp, slot)).isEqualTo(2);
    }

    @Test
    void shouldRecordASessionOpenAHighRiskCrisisCaseAndKeepNotesFromGridWorkersAndEvents() {
        String sp = servicePoint(1);
        JsonNode booked = post(COUNSELLOR, "/api/v1/appointments", booking("p-s1", sp, slot(26)), 201);
        String id = booked.get("id").asString();
        post(COUNSELLOR, "/api/v1/appointments/" + id + "/no-show", Map.of(), 409);
        post(ServiceTestSupport.bearer("gw-1", List.of("GRID_WORKER"), List.of("7601")),
                "/api/v1/appointments/" + id + "/session", Map.of("durationMinutes", 50, "modality", "IN_PERSON",
                        "riskObserved", "HIGH", "practitionerId", "pr-1"), 403);

        JsonNode done = post(COUNSELLOR, "/api/v1/appointments/" + id + "/session", Map.of("durationMinutes", 50,
                "modality", "IN_PERSON", "riskObserved", "HIGH", "practitionerId", "pr-1",
                "notes", "talked about a plan to end life"), 200);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        String caseId = done.get("session").get("crisisCaseId").asString();
        assertThat(caseId).startsWith("cc-");
        assertThat(done.get("session").get("notesClass").asString()).isEqualTo("CLINICAL");
        post(COUNSELLOR, "/api/v1/appointments/" + id + "/session", Map.of("durationMinutes", 50,
                "modality", "IN_PERSON", "riskObserved", "HIGH", "practitionerId", "pr-1"), 409);

        client().get().uri("/api/v1/crisis-cases/" + caseId).header("Authorization", COUNSELLOR).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.tier").isEqualTo("HIGH")
                .jsonPath("$.subjectId").isEqualTo(PsychIT.person("p-s1", "7601"))
                .jsonPath("$.sourceRef").isEqualTo("session:" + id)
                .jsonPath("$.assignees.length()").isEqualTo(3);

        // the governance view (grid workers, platform operators, hotline seats — SESSION records): that a
        // session was held, never notes or risk
        for (String reader : List.of(ServiceTestSupport.bearer("gw-1", List.of("GRID_WORKER"), List.of("7601")),
                ADMIN, ServiceTestSupport.bearer("op-1", List.of("HOTLINE_OPERATOR"), List.of("7601")))) {
            String governance = new String(client().get().uri("/api/v1/appointments/" + id)
                    .header("Authorization", reader)
                    .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
            assertThat(governance).doesNotContain("plan to end life", "riskObserved", "\"notes\"", "notesClass",
                    "crisisCaseId", caseId);
            assertThat(json(governance).get("session").get("durationMinutes").asInt()).isEqualTo(50);
        }
        assertThat(mongo.findOne(new Query(Criteria.where("recordId").is(id).and("actor").is("gw-1")), Document.class,
                "audit_reads").block().getString("fieldsClass")).isEqualTo("governance");
        // the clinical view: counsellors and clinicians (SESSION view CLINICAL)
        client().get().uri("/api/v1/appointments/" + id).header("Authorization",
                        ServiceTestSupport.bearer("cl-1", List.of("CLINICIAN"), List.of("7601")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.session.notes")
                .isEqualTo("talked about a plan to end life");

        List<ConsumerRecord<String, String>> events = consume(Topics.PSYCH_APPOINTMENTS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(PsychEvents.APPOINTMENT_BOOKED,
                PsychEvents.COUNSELLING_SESSION_RECORDED);
        assertThat(header(events.get(0), "ce_subject")).isEqualTo(PsychIT.person("p-s1", "7601"));
        assertThat(json(events.get(0).value()).get("slotCapacity").asInt()).isEqualTo(1);
        JsonNode session = json(events.get(1).value());
        assertThat(session.get("riskObserved").asString()).isEqualTo("HIGH");
        assertThat(session.get("crisisCaseId").asString()).isEqualTo(caseId);
        assertThat(events.get(1).value()).doesNotContain("plan to end life");
    }

    /**
     * A MEDIUM observation in a session opens a MEDIUM case (it used to open nothing), and the case is
     * routed by the person's owning area — a resident of village 76010201 counselled at the room of
     * village 76010101 is followed up by their own village's responders; LOW opens no case.
     */
    @Test
    void shouldOpenAMediumCaseForAMediumSessionRoutedByThePersonsOwningArea() {
        String sp = servicePoint(2);
        String person = org.socialpsych.person.testing.TestPersons.P("p-med-session-" + PsychIT.newId(), "7601",
                "760102", "76010201");
        String medium = post(COUNSELLOR, "/api/v1/appointments", Map.of("personId", person, "servicePointId", sp,
                "slotStart", slot(30).toString()), 201).get("id").asString();
        JsonNode done = post(COUNSELLOR, "/api/v1/appointments/" + medium + "/session", Map.of("durationMinutes", 40,
                "modality", "IN_PERSON", "riskObserved", "MEDIUM", "practitionerId", "pr-1"), 200);
        String caseId = done.get("session").get("crisisCaseId").asString();
        assertThat(caseId).startsWith("cc-");
        JsonNode c = json(new String(client().get().uri("/api/v1/crisis-cases/" + caseId)
                .header("Authorization", COUNSELLOR).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent()));
        assertThat(c.get("tier").asString()).isEqualTo("MEDIUM");
        assertThat(c.get("areaCode").asString()).as("the person's owning area, not the service point's")
                .isEqualTo("76010201");
        assertThat(c.get("subjectId").asString()).isEqualTo(person);

        String low = post(COUNSELLOR, "/api/v1/appointments", Map.of("personId", person, "servicePointId", sp,
                "slotStart", slot(31).toString()), 201).get("id").asString();
        JsonNode lowDone = post(COUNSELLOR, "/api/v1/appointments/" + low + "/session", Map.of("durationMinutes", 30,
                "modality", "IN_PERSON", "riskObserved", "LOW", "practitionerId", "pr-1"), 200);
        assertThat(lowDone.get("session").has("crisisCaseId") && !lowDone.get("session").get("crisisCaseId").isNull())
                .as("LOW opens no case").isFalse();
    }

    @Test
    void shouldDeleteAppointmentsAndHotlineCallsOlderThanThreeYearsAuditingEachAndKeepYoungerOnes()
            throws Exception {
        String sp = servicePoint(2);
        String person = PsychIT.person("p-old-" + PsychIT.newId(), "7601");
        String old = post(COUNSELLOR, "/api/v1/appointments", booking(person, sp, slot(50)), 201).get("id").asString();
        post(COUNSELLOR, "/api/v1/appointments/" + old + "/session", Map.of("durationMinutes", 50, "modality",
                "IN_PERSON", "riskObserved", "NONE", "practitionerId", "pr-1", "notes", "an old session"), 200);
        String young = post(COUNSELLOR, "/api/v1/appointments", booking(person, sp, slot(51)), 201).get("id")
                .asString();
        String oldCall = post(ADMIN, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "76010101", "tier",
                "NONE", "anonymous", false, "callerSubjectId", person, "summary", "an old call"), 201).get("id")
                .asString();
        String youngCall = post(ADMIN, "/api/v1/hotline-calls", Map.of("line", "12356", "areaCode", "76010101",
                "tier", "NONE"), 201).get("id").asString();
        for (String[] doc : new String[][] {{"appointments", old}, {"hotline_calls", oldCall}}) {
            PsychIT.await("events of " + doc[1] + " published", Duration.ofSeconds(30), () -> mongo.findById(doc[1],
                    Document.class, doc[0]).block().getList("outbox", Document.class).isEmpty());
        }
        Instant fourYearsAgo = Instant.now().minus(Duration.ofDays(4 * 366));
        mongo.updateFirst(new Query(Criteria.where("_id").is(old)), new Update().set("slotStart", fourYearsAgo),
                "appointments").block();
        mongo.updateFirst(new Query(Criteria.where("_id").is(oldCall)), new Update().set("startedAt", fourYearsAgo),
                "hotline_calls").block();

        JsonNode run = json(new String(client().post().uri("/api/v1/retention/psych-service/runs")
                .header("Authorization", ADMIN).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody()));
        assertThat(run.get("purged").get("appointment").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("purged").get("hotline-call").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(mongo.findById(old, Document.class, "appointments").block()).isNull();
        assertThat(mongo.findById(oldCall, Document.class, "hotline_calls").block()).isNull();
        assertThat(mongo.findById(young, Document.class, "appointments").block()).isNotNull();
        assertThat(mongo.findById(youngCall, Document.class, "hotline_calls").block()).isNotNull();
        List<Document> audit = mongo.find(new Query(Criteria.where("dataSubject").is(person)
                .and("actor").is("system:retention")), Document.class, "audit_reads").collectList().block();
        assertThat(audit).extracting(d -> d.getString("recordId")).containsExactlyInAnyOrder(old, oldCall);
        assertThat(audit).extracting(d -> d.getString("purpose")).anySatisfy(p -> assertThat(p)
                .startsWith("RETENTION_PURGE:appointment:")).anySatisfy(p -> assertThat(p)
                .startsWith("RETENTION_PURGE:hotline-call:"));
        client().get().uri("/api/v1/appointments/" + old).header("Authorization", COUNSELLOR).exchange()
                .expectStatus().isNotFound();
    }
}
