package org.socialpsych.chassis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The audit chain under concurrent reads, and its tamper check, against the real Mongo-wire server. */
class ReadAuditLogIT {

    @Test
    void concurrentReadsAreAllRecordedInOneIntactChainAndATamperedEntryIsDetected() {
        String db = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            ReadAuditLog log = new ReadAuditLog(mongo, "test-service", Clock.systemUTC(), meters);
            PlatformPrincipal clinician = new PlatformPrincipal("doc-1", Set.of("CLINICIAN"), Set.of("3303"),
                    Set.of(), "user");

            // 400 reads on 8 threads at once: every one recorded, in one chain
            Flux.range(0, 400).parallel(8).runOn(Schedulers.parallel())
                    .flatMap(i -> log.record(clinician, "archive", "p-" + i, "p-" + (i % 10), "CLINICAL", "treatment"))
                    .sequential().then().block();

            ReadAuditLog.Verification v = log.verify().block();
            assertThat(v.entries()).isEqualTo(400);
            assertThat(v.intact()).as(String.join("; ", v.problems())).isTrue();
            assertThat(meters.get("audit.reads.wait").timer().count()).isEqualTo(400);
            // entries that wait while an insert runs go into the next insert together
            assertThat(meters.get("audit.reads.batch").summary().count()).isLessThan(400);
            assertThat(meters.get("audit.reads.batch").summary().max()).isGreaterThan(1.0);

            mongo.updateFirst(new Query(Criteria.where("seq").is(17L)), new Update().set("actor", "someone-else"),
                    ReadAuditLog.COLLECTION).block();
            ReadAuditLog.Verification tampered = log.verify().block();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.problems()).anyMatch(p -> p.contains("#17") && p.contains("hash"));

            mongo.remove(new Query(Criteria.where("seq").is(30L)), ReadAuditLog.COLLECTION).block();
            assertThat(log.verify().block().problems()).anyMatch(p -> p.contains("entry 30 is missing"));
            assertThat(mongo.count(new Query(), Document.class, ReadAuditLog.COLLECTION).block()).isEqualTo(399);
        }
    }
}
