package org.socialpsych.psych.referral.infra;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface ReferralRepository extends ReactiveMongoRepository<ReferralDocument, String> {

    Mono<ReferralDocument> findByIdempotencyKey(String key);

    Flux<ReferralDocument> findByNextCheckAtLessThanEqualOrderByNextCheckAt(Instant now, Pageable page);
}
