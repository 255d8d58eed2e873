package org.socialpsych.grid.common;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Work run on every tick of the {@link PeriodicJobs} loop. It must be safe with several replicas
 * running it at once: state lives in Mongo and each change is a conditional single-document update,
 * so only one replica wins each transition.
 */
public interface PeriodicJob {

    String name();

    /** Does one bounded batch of due work; emits how many documents it changed. */
    Mono<Long> runOnce(Instant now);
}
