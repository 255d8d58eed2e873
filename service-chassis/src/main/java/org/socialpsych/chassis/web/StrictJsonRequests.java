package org.socialpsych.chassis.web;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are read strictly: a field the API does not know, or anything after the JSON
 * value, is a 400 problem, not silently dropped (a misspelt {@code guardianConsent} must not
 * become "no consent"). Only HTTP input is strict; Kafka consumers keep the tolerant reader so a
 * producer can add fields without breaking them.
 */
public class StrictJsonRequests implements CodecCustomizer, Ordered {

    private final JsonMapper strict;

    public StrictJsonRequests(JsonMapper jsonMapper) {
        this.strict = jsonMapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    @Override
    public void customize(CodecConfigurer configurer) {
        configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict));
    }

    @Override
    public int getOrder() {
        // after Boot's own Jackson codec customizer, which would otherwise set the tolerant decoder
        return Ordered.LOWEST_PRECEDENCE;
    }
}
