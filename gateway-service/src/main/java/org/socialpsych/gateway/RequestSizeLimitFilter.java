package org.socialpsych.gateway;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above {@code socialpsych.gateway.max-request-size} with 413 problem+json:
 * at once when Content-Length says so, and while streaming when the body comes chunked (the
 * counting stops the upload at the limit; the service sees an aborted request, never the excess).
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final long max;

    public RequestSizeLimitFilter(GatewayLimitsProperties properties) {
        this.max = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > max) {
            return tooLarge(exchange);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(BodyTooLarge.class, e -> tooLarge(exchange))
                .onErrorResume(e -> e.getCause() instanceof BodyTooLarge, e -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return ProblemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                "Request too large", "Request bodies are limited to " + max + " bytes.");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body over the limit", null, false, false);
        }
    }
}
