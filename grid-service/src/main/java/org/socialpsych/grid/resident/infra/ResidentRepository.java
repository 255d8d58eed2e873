package org.socialpsych.grid.resident.infra;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface ResidentRepository extends ReactiveMongoRepository<ResidentDocument, String> {

    Mono<ResidentDocument> findByIdHash(String idHash);

    Mono<ResidentDocument> findByIdempotencyKey(String key);

    Flux<ResidentDocument> findByGridCode(String gridCode, Pageable page);

    Flux<ResidentDocument> findByHouseholdId(String householdId, Pageable page);

    Flux<ResidentDocument> findByScheduleDirtyTrue(Pageable page);
}
