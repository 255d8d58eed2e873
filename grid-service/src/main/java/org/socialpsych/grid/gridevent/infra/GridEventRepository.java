package org.socialpsych.grid.gridevent.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

public interface GridEventRepository extends ReactiveMongoRepository<GridEventDocument, String> {
    Mono<GridEventDocument> findByIdempotencyKey(String key);
}
