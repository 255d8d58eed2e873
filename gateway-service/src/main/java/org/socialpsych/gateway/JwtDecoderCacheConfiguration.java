package org.socialpsych.gateway;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Wraps the resource server's decoder (Boot's, from the issuer URI or the key file) in a {@link CachingJwtDecoder}. */
@Configuration(proxyBeanMethods = false)
public class JwtDecoderCacheConfiguration {

    @Bean
    static BeanPostProcessor cachingJwtDecoderPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
                        ? new CachingJwtDecoder(decoder, Clock.systemDefaultZone()) : bean;
            }
        };
    }
}
