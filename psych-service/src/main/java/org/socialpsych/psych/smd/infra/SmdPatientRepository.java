package org.socialpsych.psych.smd.infra;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface SmdPatientRepository extends ReactiveMongoRepository<SmdPatientDocument, String> {
}
