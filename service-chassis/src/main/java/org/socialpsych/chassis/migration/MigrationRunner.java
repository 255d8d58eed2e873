package org.socialpsych.chassis.migration;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.jobs.JobLease;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies the service's {@link Migration}s in id order, each once per database: under the
 * {@code migrations} lease (one replica migrates, the others find the records), recording every
 * applied id with its time in {@code schema_migrations}. Runs when the application is ready, so
 * serving never waits for it; a migration that fails is logged (class name only) and retried at the
 * next start. {@link #migrate()} is public for tests and operators.
 */
public class MigrationRunner {

    public static final String COLLECTION = "schema_migrations";
    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);
    private final ReactiveMongoTemplate mongo;
    private final List<Migration> migrations;
    private final JobLease lease;
    private final Clock clock;

    public MigrationRunner(ReactiveMongoTemplate mongo, List<Migration> migrations, JobLease lease, Clock clock) {
        this.mongo = mongo;
        this.migrations = migrations.stream().sorted(Comparator.comparing(Migration::id)).toList();
        this.lease = lease;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (migrations.isEmpty()) {
            return;
        }
        migrate().subscribe(n -> {
            if (n > 0) {
                log.info("applied {} data migrations", n);
            }
        }, e -> log.warn("data migration failed ({}); the next start retries it", e.getClass().getSimpleName()));
    }

    /** Applies what this database has not applied yet; emits how many were applied (0 without the lease). */
    public Mono<Long> migrate() {
        return lease.tryAcquire("migrations", Duration.ofMinutes(10)).flatMap(held -> !held ? Mono.just(0L)
                : Flux.fromIterable(migrations)
                        .concatMap(m -> mongo.exists(new org.springframework.data.mongodb.core.query.Query(
                                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(m.id())),
                                        COLLECTION)
                                .flatMap(done -> done ? Mono.just(0L) : m.apply()
                                        .then(mongo.insert(new Document("_id", m.id())
                                                .append("description", m.description())
                                                .append("appliedAt", Date.from(clock.instant())), COLLECTION))
                                        .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                                        .thenReturn(1L)))
                        .reduce(0L, Long::sum)
                        .flatMap(n -> lease.release("migrations").thenReturn(n)));
    }
}
