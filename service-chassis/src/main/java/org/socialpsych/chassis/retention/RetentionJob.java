package org.socialpsych.chassis.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Purges the records whose retention period has ended, for every {@link RetentionClass} the
 * service declares. Each purge is audited first (an entry in the hash-chained audit log with
 * purpose {@code RETENTION_PURGE}, actor {@code system:retention}): a crash between the entry and
 * the purge leaves an entry the next run repeats, never a purge without one. Replicas may run it
 * at the same time; purges are conditional and idempotent.
 */
public class RetentionJob implements PeriodicJob {

    public static final String ACTOR = "system:retention";
    public static final String PURPOSE = "RETENTION_PURGE";
    /** The audit purpose of a consumer removing its copy of a record the owner purged. */
    public static final String DERIVED_COPY_PURPOSE = PURPOSE + ":derived-copy";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ReactiveMongoTemplate mongo;
    private final List<RetentionClass> classes;
    private final RetentionProperties properties;
    private final ReadAuditLog audit;
    private final Clock clock;
    private final MeterRegistry meters;

    public RetentionJob(ReactiveMongoTemplate mongo, List<RetentionClass> classes, RetentionProperties properties,
            ReadAuditLog audit, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.classes = List.copyOf(classes);
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    public List<RetentionClass> classes() {
        return classes;
    }

    public RetentionProperties properties() {
        return properties;
    }

    /** One pass over every class until nothing expired is left; the number purged per class. */
    public Mono<Map<String, Long>> runOnce() {
        Instant now = clock.instant();
        return Flux.fromIterable(classes)
                .concatMap(c -> purgeClass(c, now).map(n -> Map.entry(c.name(), n)))
                .collect(LinkedHashMap<String, Long>::new, (m, e) -> m.put(e.getKey(), e.getValue()))
                .map(m -> (Map<String, Long>) m);
    }

    private Mono<Long> purgeClass(RetentionClass c, Instant now) {
        Instant cutoff = properties.cutoff(c, now, clock.getZone());
        Query expired = new Query(c.expired(cutoff)).with(Sort.by("_id")).limit(properties.batchSize());
        // batches until a pass purges nothing (documents that changed meanwhile are left for the next run)
        return mongo.find(expired, Document.class, c.collection())
                .concatMap(doc -> purgeOne(c, doc, now))
                .reduce(0L, (sum, purged) -> purged ? sum + 1 : sum)
                .expand(n -> n >= properties.batchSize()
                        ? mongo.find(expired, Document.class, c.collection())
                                .concatMap(doc -> purgeOne(c, doc, now))
                                .reduce(0L, (sum, purged) -> purged ? sum + 1 : sum)
                        : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Boolean> purgeOne(RetentionClass c, Document doc, Instant now) {
        String subject = c.subjectField() == null ? null : doc.get(c.subjectField()) instanceof String s ? s : null;
        return audit.recordSystem(ACTOR, c.recordType(), String.valueOf(doc.get("_id")), subject, "ALL",
                        PURPOSE + ":" + c.name() + ":" + properties.keep(c))
                .then(c.purge(doc, now))
                .doOnNext(purged -> {
                    if (purged) {
                        meters.counter("retention.purged", "class", c.name()).increment();
                    }
                });
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public Duration interval() {
        return properties.interval();
    }

    /**
     * A scheduled run, on the replica holding the lease only (chassis {@code PeriodicJobRunner}), so
     * each purge and its audit entry is done once across replicas.
     */
    @Override
    public Mono<Long> runOnce(Instant now) {
        if (!properties.enabled() || classes.isEmpty()) {
            return Mono.just(0L);
        }
        return runOnce().map(counts -> {
            counts.forEach((name, n) -> {
                if (n > 0) {
                    log.info("retention purged {} records of class {}", n, name);
                }
            });
            return counts.values().stream().mapToLong(Long::longValue).sum();
        });
    }
}
