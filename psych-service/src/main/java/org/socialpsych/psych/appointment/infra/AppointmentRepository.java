package org.socialpsych.psych.appointment.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface AppointmentRepository extends ReactiveMongoRepository<AppointmentDocument, String> {

    Mono<AppointmentDocument> findByIdempotencyKey(String key);

    Flux<AppointmentDocument> findByPersonId(String personId);
}
