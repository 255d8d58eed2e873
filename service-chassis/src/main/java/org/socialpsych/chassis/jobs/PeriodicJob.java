package org.socialpsych.chassis.jobs;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Work the platform runs periodically (timers, supervision, retention, materialisation). Every
 * replica of a service may start the runner; each tick only the holder of the job's lease
 * ({@link JobLease}) runs it, so the work runs once per tick across the replicas. The work must
 * still be safe to repeat (a lease can expire while a slow holder is finishing): state lives in
 * Mongo and each change is a conditional single-document update.
 */
public interface PeriodicJob {

    /** Stable name; also the lease id. */
    String name();

    /** How often the job runs; {@code null} means the runner's default ({@code socialpsych.jobs.interval}). */
    default Duration interval() {
        return null;
    }

    /** Does one bounded batch of due work; emits how many records it changed. */
    Mono<Long> runOnce(Instant now);
}
