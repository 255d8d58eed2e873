package org.socialpsych.chassis.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses request targets (path and query) longer than {@code socialpsych.web.max-uri-length} (8KB)
 * with 414 problem+json. Netty reads request lines up to {@code server.netty.max-initial-line-length}
 * (16KB in chassis-defaults.yml), so lines between the two get a body instead of Netty's empty 414,
 * the same answer the gateway gives.
 */
public class UriLengthLimit implements WebFilter, Ordered {

    static final String BODY = "{\"type\":\"https://socialpsych.org/problems/uri-too-long\","
            + "\"title\":\"URI too long\",\"status\":414,"
            + "\"detail\":\"Request paths with their query are limited to %d characters.\"}";

    private final long max;

    public UriLengthLimit(long max) {
        this.max = max;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        long length = (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
        if (length <= max) {
            return chain.filter(exchange);
        }
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.URI_TOO_LONG);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory()
                .wrap(BODY.formatted(max).getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 4;
    }
}
