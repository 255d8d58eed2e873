package org.socialpsych.psych.crisis.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.socialpsych.chassis.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The durable crisis timers as a platform periodic job: the chassis {@code PeriodicJobRunner} runs
 * one sweep per tick ({@code socialpsych.crisis.timers.poll-interval}) on the replica holding the
 * job's lease. The deadlines live on the case documents ({@code nextCheckAt}), so a restarted service
 * resumes them and a deadline that passed while it was down fires on the first sweep.
 */
@Component
public class CrisisTimers implements PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(CrisisTimers.class);

    private final CrisisCaseService service;
    private final CrisisMetrics metrics;
    private final CrisisProperties.Timers properties;
    private final AtomicLong sweeps = new AtomicLong();

    public CrisisTimers(CrisisCaseService service, CrisisMetrics metrics, CrisisProperties properties) {
        this.service = service;
        this.metrics = metrics;
        this.properties = properties.timers();
    }

    @Override
    public String name() {
        return "psych.crisis-timers";
    }

    @Override
    public Duration interval() {
        return properties.pollInterval();
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        return once(now).map(Integer::longValue);
    }

    /** One sweep (and, every few sweeps, the open-case gauges). */
    public Mono<Integer> once(Instant now) {
        Mono<Void> gauges = sweeps.getAndIncrement() % properties.metricsEvery() == 0 ? metrics.refreshOpenCounts()
                : Mono.empty();
        return service.sweep(properties.batchSize(), now)
                .flatMap(n -> gauges.thenReturn(n))
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Crisis timers: {} case(s) changed", n);
                    }
                });
    }
}
