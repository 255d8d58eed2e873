package org.socialpsych.assessment.assessment.infra;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface AssessmentRepository extends ReactiveMongoRepository<AssessmentDocument, String> {

    Mono<AssessmentDocument> findByIdempotencyKey(String key);

    Flux<AssessmentDocument> findBySubjectIdOrderByCompletedAtDesc(String subjectId, Pageable page);

    Mono<Boolean> existsBySubjectIdAndPositiveScreenIsTrueAndCompletedAtAfter(String subjectId, Instant since);
}
