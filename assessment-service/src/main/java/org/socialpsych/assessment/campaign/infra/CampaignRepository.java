package org.socialpsych.assessment.campaign.infra;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CampaignRepository extends ReactiveMongoRepository<CampaignDocument, String> {

    Mono<CampaignDocument> findByIdempotencyKey(String key);

    Flux<CampaignDocument> findByAreaPathOrderByOpensAtDesc(String areaCode, Pageable page);
}
