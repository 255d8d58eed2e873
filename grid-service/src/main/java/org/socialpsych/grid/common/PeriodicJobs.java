package org.socialpsych.grid.common;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One reactive loop ({@code Flux.interval}) driving every {@link PeriodicJob} in turn: visit
 * schedule transitions, grid event supervision, area path repair. Durable because the jobs keep no
 * state in memory; a tick that fails is logged and the next one tries again.
 */
@Component
public class PeriodicJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);

    private final List<PeriodicJob> jobs;
    private final GridProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private volatile Disposable loop;

    public PeriodicJobs(List<PeriodicJob> jobs, GridProperties properties, Clock clock, MeterRegistry meters) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Runs every job once now (tests and operators). */
    public Mono<Long> runAll() {
        return Flux.fromIterable(jobs).concatMap(job -> job.runOnce(clock.instant())
                .doOnNext(n -> Counter.builder("grid.jobs.changes").tag("job", job.name()).register(meters)
                        .increment(n))
                .onErrorResume(e -> {
                    // class name only: exception messages can echo key values (codes, ids, query documents)
                    log.warn("Periodic job {} failed ({}); the next tick repeats it", job.name(),
                            e.getClass().getSimpleName());
                    return Mono.just(0L);
                })).reduce(0L, Long::sum);
    }

    @Override
    public void start() {
        if (!properties.scheduler().enabled()) {
            return;
        }
        loop = Flux.interval(properties.scheduler().interval(), properties.scheduler().interval())
                .onBackpressureDrop()
                .concatMap(t -> runAll(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable l = loop;
        if (l != null) {
            l.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable l = loop;
        return l != null && !l.isDisposed();
    }
}
