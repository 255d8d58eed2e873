package org.socialpsych.grid.resident.application;

import reactor.core.publisher.Mono;

/** Told after a resident change that may affect derived data (the visit schedule). */
public interface ResidentChanged {
    Mono<Void> residentChanged(String residentId);
}
