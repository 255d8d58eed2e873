package org.socialpsych.chassis.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

/** Versioned migrations against the real Mongo-wire server: once per database, in order, one replica. */
class MigrationRunnerIT {

    record Counting(String id, AtomicInteger runs, List<String> order) implements Migration {
        public String description() {
            return "test " + id;
        }

        public Mono<Void> apply() {
            return Mono.fromRunnable(() -> {
                runs.incrementAndGet();
                order.add(id);
            });
        }
    }

    @Test
    void shouldApplyEachMigrationOnceInOrderAcrossReplicasAndOnlyNewOnesLater() {
        String db = "migrations-" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            AtomicInteger first = new AtomicInteger();
            AtomicInteger second = new AtomicInteger();
            List<Migration> v1 = List.of(new Counting("0002-b", second, order), new Counting("0001-a", first, order));
            MigrationRunner replicaA = new MigrationRunner(mongo, v1, new JobLease(mongo, Clock.systemUTC(), "a"),
                    Clock.systemUTC());
            MigrationRunner replicaB = new MigrationRunner(mongo, v1, new JobLease(mongo, Clock.systemUTC(), "b"),
                    Clock.systemUTC());

            Mono.zip(replicaA.migrate(), replicaB.migrate()).block();
            replicaB.migrate().block();
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(1);
            assertThat(order).containsExactly("0001-a", "0002-b");
            assertThat(mongo.count(new Query(), MigrationRunner.COLLECTION).block()).isEqualTo(2);

            AtomicInteger third = new AtomicInteger();
            List<Migration> v2 = List.of(new Counting("0001-a", first, order), new Counting("0002-b", second, order),
                    new Counting("0003-c", third, order));
            assertThat(new MigrationRunner(mongo, v2, new JobLease(mongo, Clock.systemUTC(), "a2"), Clock.systemUTC())
                    .migrate().block()).isEqualTo(1L);
            assertThat(List.of(first.get(), second.get(), third.get())).containsExactly(1, 1, 1);
        }
    }
}
