package org.socialpsych.assessment.instrument.infra;

import org.socialpsych.assessment.instrument.domain.ScoringEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pure scoring engine and the definition loader as beans. */
@Configuration(proxyBeanMethods = false)
public class InstrumentConfiguration {

    @Bean
    ScoringEngine scoringEngine() {
        return new ScoringEngine();
    }

    @Bean
    InstrumentDefinitionLoader instrumentDefinitionLoader() {
        return new InstrumentDefinitionLoader();
    }
}
