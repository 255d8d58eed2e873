package org.socialpsych.psych.crisis.infra;

import java.time.Instant;

import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CrisisCaseRepository extends ReactiveMongoRepository<CrisisCaseDocument, String> {

    Mono<CrisisCaseDocument> findBySubjectIdAndSourceRef(String subjectId, String sourceRef);

    Mono<CrisisCaseDocument> findByIdempotencyKey(String key);

    Mono<CrisisCaseDocument> findByOriginKey(String originKey);

    Mono<CrisisCaseDocument> findByOpenKey(String openKey);

    Flux<CrisisCaseDocument> findByNextCheckAtLessThanEqualOrderByNextCheckAt(Instant now, Pageable page);

    Mono<Long> countByTierAndStatusNot(RiskTier tier, CaseStatus status);
}
