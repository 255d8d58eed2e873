package org.socialpsych.assessment.risk.infra;

import org.socialpsych.assessment.instrument.application.InstrumentCatalog;
import org.socialpsych.assessment.risk.domain.RiskTiering;
import org.socialpsych.assessment.risk.domain.TierPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the tier rules at start; invalid rules stop the service. */
@Configuration(proxyBeanMethods = false)
public class RiskConfiguration {

    @Bean
    TierPolicy tierPolicy(InstrumentCatalog catalog,
            @Value("${socialpsych.assessment.tier-rules:classpath:risk/tier-rules.json}") String location) {
        return new TierRulesLoader().load(location, catalog.shippedBands());
    }

    @Bean
    RiskTiering riskTiering() {
        return new RiskTiering();
    }
}
