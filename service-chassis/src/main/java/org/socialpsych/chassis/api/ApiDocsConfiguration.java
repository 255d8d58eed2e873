package org.socialpsych.chassis.api;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API contract part of the chassis: the OpenAPI overlay, labels for people, localised problem
 * details and local-time REST JSON.
 */
@Configuration(proxyBeanMethods = false)
@Import(LabelsController.class)
public class ApiDocsConfiguration {

    @Bean
    Labels labels() {
        return Labels.load();
    }

    @Bean
    ProblemTexts problemTexts(Labels labels) {
        return new ProblemTexts(labels);
    }

    @Bean
    PlatformOpenApiCustomizer platformOpenApiCustomizer(@Value("${spring.application.name}") String service) {
        return new PlatformOpenApiCustomizer(OpenApiOverlay.load(service), service);
    }

    @Bean
    LocalTimeJson localTimeJson(JsonMapper jsonMapper,
            @Value("${socialpsych.platform.zone:Asia/Shanghai}") String zone) {
        return new LocalTimeJson(jsonMapper, ZoneId.of(zone));
    }
}
