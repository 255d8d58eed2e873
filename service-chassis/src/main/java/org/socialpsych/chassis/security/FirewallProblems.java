package org.socialpsych.chassis.security;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.WebFilterChainProxy;

import reactor.core.publisher.Mono;

/**
 * Requests the security firewall rejects before any handler runs (encoded slashes, traversal,
 * control characters in the path) get a 400 problem+json like every other refusal, instead of an
 * empty body.
 */
public class FirewallProblems implements BeanPostProcessor {

    static final String BODY = "{\"type\":\"https://socialpsych.org/problems/rejected-request\","
            + "\"title\":\"Rejected request\",\"status\":400,"
            + "\"detail\":\"The request path or headers are not acceptable.\"}";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof WebFilterChainProxy proxy) {
            proxy.setExchangeRejectedHandler((exchange, rejected) -> {
                var response = exchange.getResponse();
                if (response.isCommitted()) {
                    return Mono.empty();
                }
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                return response.writeWith(Mono.just(response.bufferFactory()
                        .wrap(BODY.getBytes(StandardCharsets.UTF_8))));
            });
        }
        return bean;
    }
}
