package org.socialpsych.psych.hotline.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

public interface HotlineCallRepository extends ReactiveMongoRepository<HotlineCallDocument, String> {
    Mono<HotlineCallDocument> findByIdempotencyKey(String key);

    Mono<HotlineCallDocument> findByNaturalKey(String key);
}
