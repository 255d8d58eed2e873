package org.socialpsych.grid.area.infra;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface AreaRepository extends ReactiveMongoRepository<AreaDocument, String> {

    Mono<AreaDocument> findByCode(String code);

    Mono<AreaDocument> findByIdempotencyKey(String key);

    Flux<AreaDocument> findByPathOrderByCode(String ancestorCode, Pageable page);

    Flux<AreaDocument> findByParentCodeOrderByCode(String parentCode, Pageable page);
}
