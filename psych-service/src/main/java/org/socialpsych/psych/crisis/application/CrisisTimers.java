package org.socialpsych.psych.crisis.application;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Drives the durable crisis timers: a reactive loop that sweeps due cases every poll interval. The
 * deadlines live on the case documents ({@code nextCheckAt}), so a restarted service resumes them
 * and a deadline that passed while it was down fires on the first sweep.
 */
@Component
public class CrisisTimers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrisisTimers.class);

    private final CrisisCaseService service;
    private final CrisisMetrics metrics;
    private final CrisisProperties.Timers properties;
    private final AtomicLong sweeps = new AtomicLong();
    private volatile Disposable loop;

    public CrisisTimers(CrisisCaseService service, CrisisMetrics metrics, CrisisProperties properties) {
        this.service = service;
        this.metrics = metrics;
        this.properties = properties.timers();
    }

    @Override
    public void start() {
        loop = Flux.interval(Duration.ofMillis(200), properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> once(), 1)
                .subscribe();
    }

    /** One sweep (and, every few sweeps, the open-case gauges); errors are logged and the loop goes on. */
    public Mono<Integer> once() {
        Mono<Void> gauges = sweeps.getAndIncrement() % properties.metricsEvery() == 0 ? metrics.refreshOpenCounts()
                : Mono.empty();
        return service.sweep(properties.batchSize())
                .flatMap(n -> gauges.thenReturn(n))
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Crisis timers: {} case(s) changed", n);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Crisis timer sweep failed: {}", e.toString());
                    return Mono.just(0);
                });
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
