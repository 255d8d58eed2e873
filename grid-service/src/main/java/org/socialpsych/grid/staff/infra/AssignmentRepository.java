package org.socialpsych.grid.staff.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface AssignmentRepository extends ReactiveMongoRepository<AssignmentDocument, String> {

    Flux<AssignmentDocument> findByPersonIdOrderByValidFromDesc(String personId);

    Flux<AssignmentDocument> findByGridCodeOrderByValidFromDesc(String gridCode);

    Mono<AssignmentDocument> findByIdempotencyKey(String key);
}
