package org.socialpsych.chassis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.testing.MemoryAuditCheckpoints;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The audit chain under concurrent reads and its tamper check, against the real Mongo-wire server
 * and the real broker (checkpoints on audit.checkpoints.v1): a store administrator who edits an
 * entry (also recomputing plain SHA-256 links), deletes the tail or a whole chain, or inserts a
 * fabricated chain, is caught.
 */
class ReadAuditLogIT {

    static final PlatformPrincipal CLINICIAN = new PlatformPrincipal("doc-1", Set.of("CLINICIAN"), Set.of("3303"),
            Set.of(), "user");

    /**
     * Issue #16: the entry lists were capped (200 by default, 1000 at most) with no next page. Every
     * entry about a person is reachable now, newest first, through cursor pages — also when many
     * entries share one timestamp (a frozen clock here) — and a cursor not issued here is a 400.
     */
    @Test
    void shouldPageEveryEntryAboutAPersonBeyondTheOldCapWithoutLosingOrRepeatingAny() {
        String db = "audit-page-" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            Clock frozen = Clock.fixed(java.time.Instant.parse("2026-12-07T01:00:00Z"), java.time.ZoneOffset.ofHours(8));
            ReadAuditLog log = new ReadAuditLog(mongo, "audit-page", frozen, new SimpleMeterRegistry(),
                    MemoryAuditCheckpoints.TEST_KEY, new MemoryAuditCheckpoints(), Duration.ZERO);
            Flux.range(0, 1205).parallel(4).runOn(Schedulers.parallel())
                    .flatMap(i -> log.record(CLINICIAN, "archive", "r-" + i, "p-many", "CLINICAL", "treatment"))
                    .sequential().then().block();
            log.record(CLINICIAN, "archive", "r-other", "p-other", "CLINICAL", "treatment").block();

            Set<String> seen = new java.util.HashSet<>();
            List<Long> order = new java.util.ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                org.socialpsych.chassis.web.CursorPage<ReadAuditLog.Entry> page = log.page("dataSubject", "p-many",
                        cursor, 500).block();
                page.items().forEach(e -> {
                    assertThat(seen.add(e.chain() + "#" + e.seq())).as("served twice").isTrue();
                    order.add(e.seq());
                });
                cursor = page.next();
                pages++;
            } while (cursor != null);
            assertThat(seen).hasSize(1205);
            assertThat(pages).isEqualTo(3);
            assertThat(order).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.page("dataSubject", "p-many", "bm90LW91cnM",
                    10).block()).isInstanceOf(org.socialpsych.chassis.web.ApiException.class);
        }
    }

    @Test
    void concurrentReadsAreAllRecordedInOneIntactChainAndEveryTamperingIsDetected() throws Exception {
        String db = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String service = "audit-test-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.get().kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        AuditCheckpoints checkpoints = new KafkaAuditCheckpoints(kafka);
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            // grace zero: a chain without an announcement counts as inserted at once
            ReadAuditLog log = new ReadAuditLog(mongo, service, Clock.systemUTC(), meters,
                    MemoryAuditCheckpoints.TEST_KEY, checkpoints, Duration.ZERO);

            // 400 reads on 8 threads at once: every one recorded, in one chain
            Flux.range(0, 400).parallel(8).runOn(Schedulers.parallel())
                    .flatMap(i -> log.record(CLINICIAN, "archive", "p-" + i, "p-" + (i % 10), "CLINICAL", "treatment"))
                    .sequential().then().block();
            assertThat(meters.get("audit.reads.wait").timer().count()).isEqualTo(400);
            assertThat(meters.get("audit.reads.batch").summary().count()).isLessThan(400);
            assertThat(meters.get("audit.reads.batch").summary().max()).isGreaterThan(1.0);
            String chain = mongo.findOne(new Query(), Document.class, ReadAuditLog.COLLECTION).block()
                    .getString("chain");
            // the head reaches the broker shortly after the last batch
            awaitIntact(log, 400);

            // 1. an edited entry whose link is recomputed with plain SHA-256 (no key): caught
            Document e17 = mongo.findOne(new Query(Criteria.where("seq").is(17L)), Document.class,
                    ReadAuditLog.COLLECTION).block();
            mongo.updateFirst(new Query(Criteria.where("seq").is(17L)), new Update().set("actor", "someone-else")
                    .set("hash", sha256("forged")), ReadAuditLog.COLLECTION).block();
            assertThat(log.verify().block().problems()).anyMatch(p -> p.contains("#17") && p.contains("hash"));
            mongo.updateFirst(new Query(Criteria.where("seq").is(17L)), new Update().set("actor", e17.get("actor"))
                    .set("hash", e17.get("hash")), ReadAuditLog.COLLECTION).block();
            assertThat(log.verify().block().intact()).isTrue();

            // 2. a removed entry in the middle
            Document e30 = mongo.findOne(new Query(Criteria.where("seq").is(30L)), Document.class,
                    ReadAuditLog.COLLECTION).block();
            mongo.remove(new Query(Criteria.where("seq").is(30L)), ReadAuditLog.COLLECTION).block();
            assertThat(log.verify().block().problems()).anyMatch(p -> p.contains("entry 30 is missing"));
            mongo.insert(e30, ReadAuditLog.COLLECTION).block();

            // 3. the tail cut off (every link still valid): the checkpoint says the chain was longer
            List<Document> tail = mongo.find(new Query(Criteria.where("seq").gt(390L)), Document.class,
                    ReadAuditLog.COLLECTION).collectList().block();
            mongo.remove(new Query(Criteria.where("seq").gt(390L)), ReadAuditLog.COLLECTION).block();
            assertThat(log.verify().block().problems()).anyMatch(p -> p.contains("truncated"));
            mongo.insert(tail, ReadAuditLog.COLLECTION).collectList().block();
            assertThat(log.verify().block().intact()).isTrue();

            // 4. the whole chain deleted
            List<Document> all = mongo.find(new Query().with(Sort.by("seq")), Document.class,
                    ReadAuditLog.COLLECTION).collectList().block();
            mongo.remove(new Query(), ReadAuditLog.COLLECTION).block();
            ReadAuditLog.Verification gone = log.verify().block();
            assertThat(gone.intact()).isFalse();
            assertThat(gone.problems()).anyMatch(p -> p.contains(chain) && p.contains("deleted"));
            mongo.insert(all, ReadAuditLog.COLLECTION).collectList().block();

            // 5. a fabricated chain inserted (links computed, but without the key and unannounced)
            String fake = service + ":" + UUID.randomUUID();
            String prev = "GENESIS:" + fake;
            for (long s = 1; s <= 3; s++) {
                Document d = new Document(all.get(0)).append("chain", fake).append("seq", s).append("prevHash", prev);
                d.remove("_id");
                prev = sha256(fake + s);
                d.append("hash", prev);
                mongo.insert(d, ReadAuditLog.COLLECTION).block();
            }
            ReadAuditLog.Verification inserted = log.verify().block();
            assertThat(inserted.intact()).isFalse();
            assertThat(inserted.problems()).anyMatch(p -> p.contains(fake) && p.contains("no checkpoint"));
            assertThat(inserted.problems()).anyMatch(p -> p.contains(fake) && p.contains("hash"));
        }
    }

    private static void awaitIntact(ReadAuditLog log, long entries) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    ReadAuditLog.Verification v = log.verify().block();
                    assertThat(v.intact()).as(String.join("; ", v.problems())).isTrue();
                    assertThat(v.entries()).isEqualTo(entries);
                });
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
