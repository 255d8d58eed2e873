package org.socialpsych.psych.referral.application;

import java.time.Duration;
import java.time.Instant;

import org.socialpsych.chassis.jobs.PeriodicJob;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Sweeps referrals whose {@code nextCheckAt} passed (answer overdue → re-route; contact overdue →
 * reminder), as a platform periodic job: one replica per tick under the job's Mongo lease.
 */
@Component
public class ReferralTimers implements PeriodicJob {

    private final ReferralService service;
    private final Duration pollInterval;

    public ReferralTimers(ReferralService service, ReferralProperties properties) {
        this.service = service;
        this.pollInterval = properties.pollInterval();
    }

    @Override
    public String name() {
        return "psych.referral-timers";
    }

    @Override
    public Duration interval() {
        return pollInterval;
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        return service.sweep(100).map(Integer::longValue);
    }
}
