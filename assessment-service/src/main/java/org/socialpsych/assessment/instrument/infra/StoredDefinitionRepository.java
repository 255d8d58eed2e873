package org.socialpsych.assessment.instrument.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface StoredDefinitionRepository extends ReactiveMongoRepository<StoredDefinitionDocument, String> {

    Mono<StoredDefinitionDocument> findFirstByCodeOrderByStoredAtDesc(String code);

    Flux<StoredDefinitionDocument> findByCodeOrderByStoredAtDesc(String code);
}
