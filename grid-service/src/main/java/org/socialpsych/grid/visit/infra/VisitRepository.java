package org.socialpsych.grid.visit.infra;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface VisitRepository extends ReactiveMongoRepository<VisitDocument, String> {

    Mono<VisitDocument> findFirstByResidentIdOrderByVisitedAtDesc(String residentId);

    /** The latest visit that counted against a due item ({@code counted} not false). */
    Mono<VisitDocument> findFirstByResidentIdAndCountedNotOrderByVisitedAtDesc(String residentId, Boolean counted);

    Flux<VisitDocument> findByResidentIdOrderByVisitedAtDesc(String residentId, Pageable page);

    Flux<VisitDocument> findByGridCodeAndVisitedAtBetweenOrderByVisitedAtDesc(String gridCode, Instant from,
            Instant to, Pageable page);

    Flux<VisitDocument> findByWorkerIdAndVisitedAtBetween(String workerId, Instant from, Instant to);

    Mono<Boolean> existsByPhotoHash(String photoHash);

    Mono<Boolean> existsByResidentIdAndVisitedAtBetween(String residentId, Instant from, Instant to);

    Mono<VisitDocument> findByIdempotencyKey(String key);

    Flux<VisitDocument> findByScheduleAppliedFalse(Pageable page);
}
