package org.socialpsych.assessment.assessment.infra;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface AssessmentRepository extends ReactiveMongoRepository<AssessmentDocument, String> {

    Mono<AssessmentDocument> findByIdempotencyKey(String key);

    /** A person's results, newest first; tombstones (purged results) never match. */
    Flux<AssessmentDocument> findBySubjectIdAndPurgedAtIsNullOrderByCompletedAtDesc(String subjectId, Pageable page);

    Mono<Boolean> existsBySubjectIdAndInstrumentInAndPositiveScreenIsTrueAndCompletedAtAfterAndPurgedAtIsNull(
            String subjectId, java.util.Collection<String> instruments, java.time.Instant after);

    Mono<Boolean> existsBySubjectIdAndPositiveScreenIsTrueAndCompletedAtAfterAndPurgedAtIsNull(String subjectId,
            Instant since);
}
