package org.socialpsych.reporting.export.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.reporting.export.application.ExportRunner;
import org.socialpsych.reporting.export.domain.ExportJobRules.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs export jobs in the background with a bounded number of workers (each runs one job at a
 * time). A worker claims the oldest QUEUED job atomically with a lease, renews the lease whenever
 * it reports progress, and stores the file in GridFS before marking the job DONE. Both the worker
 * passes and the housekeeping are {@link PeriodicJob}s of the chassis runner (see {@link ExportJobs}).
 * Housekeeping (every {@code recover-interval}) puts RUNNING jobs with an expired lease — their worker
 * died — back to QUEUED (FAILED after {@code max-attempts}), purges jobs and files past their
 * retention, and refreshes the {@code reporting.export.jobs{status}} gauges.
 */
@Component
public class ExportWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);

    /** The job was requeued or taken over while this worker ran it: drop the result. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(String id) {
            super("Lease of export job " + id + " lost", null, false, false);
        }
    }

    private final ExportJobStore store;
    private final ExportRunner runner;
    private final String owner;
    private final int workers;
    private final Duration pollInterval;
    private final Duration lease;
    private final Duration recoverInterval;
    private final Duration retention;
    private final int maxAttempts;
    private final Map<Status, AtomicLong> counts = new EnumMap<>(Status.class);
    private final Counter recovered;
    private final Counter purged;
    private volatile boolean running;

    public ExportWorker(ExportJobStore store, ExportRunner runner, MeterRegistry meters,
            @Value("${spring.application.name}") String application,
            @Value("${socialpsych.reporting.export.workers:1}") int workers,
            @Value("${socialpsych.reporting.export.poll-interval:1s}") Duration pollInterval,
            @Value("${socialpsych.reporting.export.lease:2m}") Duration lease,
            @Value("${socialpsych.reporting.export.recover-interval:30s}") Duration recoverInterval,
            @Value("${socialpsych.reporting.export.retention:7d}") Duration retention,
            @Value("${socialpsych.reporting.export.max-attempts:3}") int maxAttempts) {
        if (workers < 0) {
            throw new IllegalArgumentException("socialpsych.reporting.export.workers must not be negative");
        }
        this.store = store;
        this.runner = runner;
        this.owner = application + "-" + UUID.randomUUID();
        this.workers = workers;
        this.pollInterval = pollInterval;
        this.lease = lease;
        this.recoverInterval = recoverInterval;
        this.retention = retention;
        this.maxAttempts = maxAttempts;
        for (Status s : Status.values()) {
            AtomicLong n = new AtomicLong();
            counts.put(s, n);
            Gauge.builder("reporting.export.jobs", n, AtomicLong::get).tag("status", s.name())
                    .description("Export jobs by status").register(meters);
        }
        this.recovered = Counter.builder("reporting.export.jobs.recovered")
                .description("RUNNING export jobs whose lease expired, put back in the queue").register(meters);
        this.purged = Counter.builder("reporting.export.jobs.purged")
                .description("Export jobs and files deleted after the retention").register(meters);
    }

    @Override
    public void start() {
        running = true;
        store.ensureIndexes().onErrorResume(e -> {
            log.warn("Export job indexes not created: {}", e.toString());
            return Mono.empty();
        }).subscribe();
    }

    /**
     * The periodic work, run by the chassis {@code PeriodicJobRunner} (one replica per tick, under a
     * lease): claiming and running queued jobs every {@code poll-interval} ({@code workers} at a time),
     * housekeeping every {@code recover-interval}.
     */
    public List<PeriodicJob> periodicJobs() {
        PeriodicJob work = new PeriodicJob() {
            @Override
            public String name() {
                return "reporting-export-work";
            }

            @Override
            public Duration interval() {
                return pollInterval;
            }

            @Override
            public Mono<Long> runOnce(Instant now) {
                return Flux.range(0, workers)
                        .flatMap(i -> runNext().onErrorResume(e -> {
                            log.warn("Export worker pass failed: {}", e.toString());
                            return Mono.empty();
                        }), Math.max(1, workers))
                        .count();
            }
        };
        PeriodicJob housekeeping = new PeriodicJob() {
            @Override
            public String name() {
                return "reporting-export-housekeeping";
            }

            @Override
            public Duration interval() {
                return recoverInterval;
            }

            @Override
            public Mono<Long> runOnce(Instant now) {
                return housekeeping().thenReturn(1L);
            }
        };
        return List.of(work, housekeeping);
    }

    /** Requeues expired leases, purges old jobs and refreshes the gauges. */
    public Mono<Object> housekeeping() {
        return store.recoverExpired(maxAttempts, retention)
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Requeued {} export job(s) whose worker stopped", n);
                        recovered.increment(n);
                    }
                })
                .then(store.purgeExpired().doOnNext(purged::increment))
                .then(refreshGauges())
                .cast(Object.class);
    }

    /** Claims and runs at most one job; emits its final status, or nothing when none was queued. */
    public Mono<Object> runNext() {
        return store.claim(owner, lease).flatMap(this::execute).flatMap(s -> refreshGauges().thenReturn(s));
    }

    private Mono<Status> execute(Document job) {
        String id = job.getString("_id");
        log.info("Export job {} started (attempt {})", id, job.get("attempts"));
        ExportRunner.ProgressSink sink = (done, total) -> store.progress(id, owner, done, total, lease)
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(new LeaseLost(id)));
        return store.deleteFiles(id)
                .then(runner.run(job, sink))
                .flatMap(r -> store.storeFile(id, r.bytes(), r.filename(), r.contentType())
                        .flatMap(fileId -> store.complete(id, owner, fileId, r.filename(), r.contentType(),
                                        r.bytes().length, r.units(), retention)
                                .flatMap(ok -> ok ? Mono.just(Status.DONE)
                                        : store.deleteFile(fileId).then(Mono.error(new LeaseLost(id))))))
                .doOnNext(s -> log.info("Export job {} done", id))
                .onErrorResume(LeaseLost.class, e -> {
                    log.info(e.getMessage());
                    return Mono.just(Status.QUEUED);
                })
                .onErrorResume(e -> {
                    // the client sees a stable code, never internals; the log has the cause
                    String code = e instanceof ApiException a ? a.slug() : "export-failed";
                    log.warn("Export job {} failed ({})", id, code, e);
                    return store.fail(id, owner, code, retention).thenReturn(Status.FAILED);
                });
    }

    private Mono<Void> refreshGauges() {
        return store.countByStatus().doOnNext(m -> m.forEach((s, n) -> counts.get(s).set(n))).then();
    }

    public String owner() {
        return owner;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
