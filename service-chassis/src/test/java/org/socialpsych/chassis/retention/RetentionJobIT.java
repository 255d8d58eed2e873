package org.socialpsych.chassis.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

/** The purge job against the real Mongo-wire server: tombstone, purged event, audit entry, idempotence. */
class RetentionJobIT {

    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    @BeforeAll
    static void connect() {
        String db = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfra.get().mongoUri(db));
        mongo = new ReactiveMongoTemplate(client, db);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    /** Closed cases with a subject and a score; the tombstone keeps area and close date only. */
    static final class ClosedCases implements RetentionClass {
        private final String collection;
        private final ReactiveMongoTemplate mongo;

        ClosedCases(String collection, ReactiveMongoTemplate mongo) {
            this.collection = collection;
            this.mongo = mongo;
        }

        public Spec spec() {
            return new Spec("test-case", "test-case", Duration.ofDays(3650), collection, "closedAt", "closedAt",
                    "subject");
        }

        public Mono<Boolean> purge(Document expired, Instant now) {
            return Tombstones.replace(mongo, collection, expired, List.of("areaPath", "closedAt"), name(), now,
                    version -> List.of(new OutboxEvent(UUID.randomUUID().toString(), "org.test.CasePurged.v1",
                            "test.cases.v1", String.valueOf(expired.get("_id")), null, version, now, "{}", null)));
        }
    }

    private RetentionJob job(String collection, ReadAuditLog audit, Map<String, String> overrides, int batch) {
        return new RetentionJob(mongo, List.of(new ClosedCases(collection, mongo)),
                new RetentionProperties(true, Duration.ofHours(1), batch, overrides), audit,
                Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
    }

    private static Document kase(String id, Instant closedAt) {
        return new Document("_id", id).append("subject", "subj-" + id).append("score", 21)
                .append("notes", "talked about the bridge").append("areaPath", List.of("330327", "330327001"))
                .append("closedAt", Date.from(closedAt)).append("version", 3L).append("outbox", List.of());
    }

    @Test
    void anExpiredRecordBecomesATombstoneWithAPurgedEventAndAnAuditEntryOnce() {
        String coll = "cases_" + UUID.randomUUID().toString().substring(0, 6);
        mongo.insert(List.of(kase("old", NOW.minus(Duration.ofDays(3651))), kase("young", NOW.minus(Duration.ofDays(30)))),
                coll).collectList().block();
        ReadAuditLog audit = new ReadAuditLog(mongo, "test-service", Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry(), org.socialpsych.chassis.testing.MemoryAuditCheckpoints.TEST_KEY,
                new org.socialpsych.chassis.testing.MemoryAuditCheckpoints(), java.time.Duration.ofMinutes(1));

        assertThat(job(coll, audit, Map.of(), 200).runOnce().block()).containsEntry("test-case", 1L);

        Document tomb = mongo.findById("old", Document.class, coll).block();
        assertThat(tomb).doesNotContainKeys("subject", "score", "notes");
        assertThat(tomb.get("areaPath")).isEqualTo(List.of("330327", "330327001"));
        assertThat(tomb.getLong("version")).isEqualTo(4L);
        assertThat(tomb.getString("retentionClass")).isEqualTo("test-case");
        assertThat(tomb.getDate("purgedAt").toInstant()).isEqualTo(NOW);
        List<Document> outbox = tomb.getList("outbox", Document.class);
        assertThat(outbox).singleElement().satisfies(e -> {
            assertThat(e.getString("type")).isEqualTo("org.test.CasePurged.v1");
            assertThat(((Number) e.get("aggregateVersion")).longValue()).isEqualTo(4L);
        });
        assertThat(mongo.findById("young", Document.class, coll).block()).containsKeys("subject", "score");

        List<ReadAuditLog.Entry> entries = audit.bySubject("subj-old", 10).collectList().block();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(RetentionJob.ACTOR);
            assertThat(e.recordId()).isEqualTo("old");
            assertThat(e.purpose()).isEqualTo("RETENTION_PURGE:test-case:P3650D");
        });

        // a second run finds nothing: no second tombstone write, no second audit entry
        assertThat(job(coll, audit, Map.of(), 200).runOnce().block()).containsEntry("test-case", 0L);
        assertThat(audit.bySubject("subj-old", 10).collectList().block()).hasSize(1);
        assertThat(audit.verify().block().intact()).isTrue();
    }

    @Test
    void aLongerConfiguredPeriodKeepsTheRecordAndBatchesRunUntilNothingIsLeft() {
        String coll = "cases_" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            mongo.insert(kase("c" + i, NOW.minus(Duration.ofDays(4000))), coll).block();
        }
        ReadAuditLog audit = new ReadAuditLog(mongo, "test-service", Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry(), org.socialpsych.chassis.testing.MemoryAuditCheckpoints.TEST_KEY,
                new org.socialpsych.chassis.testing.MemoryAuditCheckpoints(), java.time.Duration.ofMinutes(1));
        assertThat(job(coll, audit, Map.of("test-case", "P14Y"), 2).runOnce().block())
                .containsEntry("test-case", 0L);
        assertThat(job(coll, audit, Map.of("test-case", "P10Y"), 2).runOnce().block()).containsEntry("test-case", 5L);
        assertThat(mongo.count(new Query(Criteria.where("purgedAt").exists(true)), coll).block()).isEqualTo(5L);
    }

    @Test
    void periodsInYearsBindAndNonsenseIsRefused() {
        RetentionProperties p = new RetentionProperties(null, null, null, Map.of("test-case", "P5Y"));
        ClosedCases c = new ClosedCases("x", mongo);
        assertThat(p.cutoff(c, NOW)).isEqualTo(Instant.parse("2021-11-25T00:00:00Z"));
        assertThat(p.keep(c)).isEqualTo("P5Y");
        assertThat(new RetentionProperties(null, null, null, Map.of("test-case", "PT72H")).cutoff(c, NOW))
                .isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(new RetentionProperties(null, null, null, Map.of()).keep(c)).isEqualTo("P3650D");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RetentionProperties(null, null, null, Map.of("test-case", "5 years")))
                .hasMessageContaining("socialpsych.retention.classes.test-case");
    }

    @Test
    void aRecordChangedSinceItWasReadIsLeftForTheNextRun() {
        String coll = "cases_" + UUID.randomUUID().toString().substring(0, 6);
        Document stale = kase("moving", NOW.minus(Duration.ofDays(4000)));
        mongo.insert(stale, coll).block();
        mongo.updateFirst(new Query(Criteria.where("_id").is("moving")),
                new org.springframework.data.mongodb.core.query.Update().set("version", 4L), coll).block();
        boolean purged = new ClosedCases(coll, mongo).purge(stale, NOW).block();
        assertThat(purged).isFalse();
        assertThat(mongo.findById("moving", Document.class, coll).block()).containsKey("subject");

        // events not yet published may carry the subject: the purge waits for the relay
        Document pending = kase("pending", NOW.minus(Duration.ofDays(4000)))
                .append("outbox", List.of(new Document("eventId", "e-1").append("subject", "subj-pending")));
        mongo.insert(pending, coll).block();
        assertThat(new ClosedCases(coll, mongo).purge(pending, NOW).block()).isFalse();
        assertThat(mongo.findById("pending", Document.class, coll).block()).containsKey("subject");
    }

    @Test
    void twoReplicasPurgeAndAuditEachRecordOnce() {
        String coll = "cases_" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 30; i++) {
            mongo.insert(kase("r" + i, NOW.minus(Duration.ofDays(4000))), coll).block();
        }
        ReadAuditLog audit = new ReadAuditLog(mongo, "test-service", Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry(), org.socialpsych.chassis.testing.MemoryAuditCheckpoints.TEST_KEY,
                new org.socialpsych.chassis.testing.MemoryAuditCheckpoints(), java.time.Duration.ofMinutes(1));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        org.socialpsych.chassis.jobs.PeriodicJobRunner replicaA = new org.socialpsych.chassis.jobs.PeriodicJobRunner(
                List.of(job(coll, audit, Map.of(), 200)), new org.socialpsych.chassis.jobs.JobLease(mongo, clock,
                        "replica-a-" + coll), clock, new SimpleMeterRegistry(), Duration.ofHours(1), true);
        org.socialpsych.chassis.jobs.PeriodicJobRunner replicaB = new org.socialpsych.chassis.jobs.PeriodicJobRunner(
                List.of(job(coll, audit, Map.of(), 200)), new org.socialpsych.chassis.jobs.JobLease(mongo, clock,
                        "replica-b-" + coll), clock, new SimpleMeterRegistry(), Duration.ofHours(1), true);
        mongo.remove(new Query(Criteria.where("_id").is("retention")), org.socialpsych.chassis.jobs.JobLease.COLLECTION)
                .block();

        // both replicas tick at the same moment: without the lease both would audit every purge
        var both = Mono.zip(replicaA.runAll().subscribeOn(reactor.core.scheduler.Schedulers.parallel()),
                replicaB.runAll().subscribeOn(reactor.core.scheduler.Schedulers.parallel())).block();
        assertThat(both.getT1() + both.getT2()).isEqualTo(30L);
        assertThat(List.of(both.getT1(), both.getT2())).as("one replica held the lease").contains(0L);
        for (int i = 0; i < 30; i++) {
            assertThat(audit.bySubject("subj-r" + i, 10).collectList().block()).hasSize(1);
        }
    }
}
