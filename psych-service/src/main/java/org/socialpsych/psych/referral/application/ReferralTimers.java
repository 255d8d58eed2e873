package org.socialpsych.psych.referral.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Sweeps referrals whose {@code nextCheckAt} passed (answer overdue → re-route; contact overdue → reminder). */
@Component
public class ReferralTimers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReferralTimers.class);
    private final ReferralService service;
    private final Duration pollInterval;
    private volatile Disposable loop;

    public ReferralTimers(ReferralService service, ReferralProperties properties) {
        this.service = service;
        this.pollInterval = properties.pollInterval();
    }

    @Override
    public void start() {
        loop = Flux.interval(Duration.ofMillis(300), pollInterval).onBackpressureDrop()
                .concatMap(t -> service.sweep(100).onErrorResume(e -> {
                    log.warn("Referral timer sweep failed: {}", e.toString());
                    return Mono.just(0);
                }), 1)
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
