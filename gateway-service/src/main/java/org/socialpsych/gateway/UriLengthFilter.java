package org.socialpsych.gateway;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses request targets (path and query) longer than {@code socialpsych.gateway.max-uri-length}
 * with 414 problem+json. Netty reads request lines up to {@code server.netty.max-initial-line-length}
 * (set well above this limit), so the refusal comes from here with a body, not from Netty's
 * decoder with an empty 414; the services accept longer lines than this, so whatever passes here
 * reaches their problem handling.
 */
@Component
public class UriLengthFilter implements WebFilter, Ordered {

    private final long max;

    public UriLengthFilter(GatewayLimitsProperties properties) {
        this.max = properties.maxUriLength().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        long length = (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
        if (length > max) {
            return ProblemResponses.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "Request paths with their query are limited to " + max + " characters.");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 4;
    }
}
