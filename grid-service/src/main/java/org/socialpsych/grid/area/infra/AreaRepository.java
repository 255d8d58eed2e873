package org.socialpsych.grid.area.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

public interface AreaRepository extends ReactiveMongoRepository<AreaDocument, String> {

    Mono<AreaDocument> findByCode(String code);

    Mono<AreaDocument> findByIdempotencyKey(String key);
}
