package org.socialpsych.chassis.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The platform's one runner of periodic work: one reactive loop per {@link PeriodicJob} (at the
 * job's own interval or the default), and on every tick the job runs only on the replica holding
 * its {@link JobLease}. The lease lasts two ticks plus five seconds and the holder renews it on each
 * tick, so a crashed holder is replaced within about two ticks. Metrics: {@code jobs.runs{job,outcome=ran|skipped|failed}}, {@code jobs.changes{job}}.
 */
public class PeriodicJobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJobRunner.class);

    private final List<PeriodicJob> jobs;
    private final JobLease lease;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Duration interval;
    private final boolean enabled;
    private volatile Disposable loop;

    private Duration intervalOf(PeriodicJob job) {
        return job.interval() == null ? interval : job.interval();
    }

    public PeriodicJobRunner(List<PeriodicJob> jobs, JobLease lease, Clock clock, MeterRegistry meters,
            Duration interval, boolean enabled) {
        this.jobs = List.copyOf(jobs);
        this.lease = lease;
        this.clock = clock;
        this.meters = meters;
        this.interval = interval;
        this.enabled = enabled;
    }

    public List<PeriodicJob> jobs() {
        return jobs;
    }

    /** One tick: every job whose lease this replica holds runs once; emits the records changed. */
    public Mono<Long> runAll() {
        return Flux.fromIterable(jobs).concatMap(this::runIfLeased).reduce(0L, Long::sum);
    }

    /** Runs one job now if this replica holds (or can take) its lease. */
    public Mono<Long> runIfLeased(PeriodicJob job) {
        return lease.tryAcquire(job.name(), intervalOf(job).multipliedBy(2).plusSeconds(5))
                .flatMap(held -> {
                    if (!held) {
                        count(job, "skipped");
                        return Mono.just(0L);
                    }
                    return job.runOnce(clock.instant())
                            .defaultIfEmpty(0L)
                            .doOnNext(n -> {
                                count(job, "ran");
                                Counter.builder("jobs.changes").tag("job", job.name()).register(meters).increment(n);
                            });
                })
                .onErrorResume(e -> {
                    count(job, "failed");
                    // class name only: exception messages can echo key values (codes, ids, query documents)
                    log.warn("Periodic job {} failed ({}); the next tick repeats it", job.name(),
                            e.getClass().getSimpleName());
                    return Mono.just(0L);
                });
    }

    private void count(PeriodicJob job, String outcome) {
        Counter.builder("jobs.runs").tag("job", job.name()).tag("outcome", outcome).register(meters).increment();
    }

    @Override
    public void start() {
        if (!enabled || jobs.isEmpty()) {
            return;
        }
        loop = Flux.fromIterable(jobs)
                .flatMap(job -> Flux.interval(intervalOf(job), intervalOf(job))
                        .onBackpressureDrop()
                        .concatMap(t -> runIfLeased(job), 1), jobs.size())
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable l = loop;
        if (l != null) {
            l.dispose();
            Flux.fromIterable(jobs).concatMap(j -> lease.release(j.name()).onErrorResume(e -> Mono.empty()))
                    .subscribe();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable l = loop;
        return l != null && !l.isDisposed();
    }
}
