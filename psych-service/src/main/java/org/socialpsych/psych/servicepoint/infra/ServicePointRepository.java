package org.socialpsych.psych.servicepoint.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface ServicePointRepository extends ReactiveMongoRepository<ServicePointDocument, String> {
    Flux<ServicePointDocument> findByAreaPath(String areaCode);

    Mono<ServicePointDocument> findByIdempotencyKey(String key);
}
