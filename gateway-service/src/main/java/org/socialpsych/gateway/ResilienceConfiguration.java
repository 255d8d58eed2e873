package org.socialpsych.gateway;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * One circuit breaker per route (named after the service). Defaults: open at 50 % failures over
 * the last 20 calls, stay open 10 s; a call taking longer than the time limit counts as failed.
 */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResilienceConfiguration.class);
    static final String[] ROUTES = {"grid-service", "psych-service", "assessment-service", "reporting-service"};

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> defaultCircuitBreaker(
            @Value("${socialpsych.gateway.time-limit:15s}") Duration timeLimit,
            @Value("${socialpsych.gateway.open-state-wait:10s}") Duration openWait) {
        return factory -> {
            factory.addCircuitBreakerCustomizer(cb -> cb.getEventPublisher()
                    .onStateTransition(e -> log.warn("Circuit {}: {}", e.getCircuitBreakerName(), e.getStateTransition()))
                    // the exception class only: messages of upstream errors can carry request paths with ids
                    .onError(e -> log.warn("Circuit {} recorded a failure: {}", e.getCircuitBreakerName(),
                            e.getThrowable().getClass().getName())), ROUTES);
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openWait)
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeLimit).build())
                .build());
        };
    }
}
