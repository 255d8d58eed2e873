package org.socialpsych.person;

import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import tools.jackson.databind.json.JsonMapper;

/** The person index beans; imported by {@link EnablePersonIndex}. */
@Configuration(proxyBeanMethods = false)
public class PersonIndexConfiguration {

    @Bean
    PersonIndex personIndex(ReactiveMongoTemplate mongo, VersionedUpsert upsert) {
        return new PersonIndex(mongo, upsert);
    }

    /** Wins over the chassis' platform-wide-only default. */
    @Bean
    @Primary
    PersonAuditScope personAuditScope(PersonIndex index) {
        return new PersonAuditScope(index);
    }

    @Bean
    PersonIndexListener personIndexListener(PersonIndex index, JsonMapper json) {
        return new PersonIndexListener(index, json);
    }
}
