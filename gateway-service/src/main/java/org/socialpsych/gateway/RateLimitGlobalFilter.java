package org.socialpsych.gateway;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Token bucket per client and route. The client is the token's {@code azp} (OAuth client of a
 * client-credentials token) or else its subject, so one user or one external system cannot starve
 * the others; anonymous traffic (rejected by security before this anyway) is keyed by address.
 * Over the limit: 429 problem+json with {@code Retry-After}. Buckets live in this gateway instance:
 * with N replicas a client gets at most N times the configured rate (documented in the README).
 */
@Component
public class RateLimitGlobalFilter implements GlobalFilter, Ordered {

    private final GatewayLimitsProperties.RateLimit config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Counter rejected;

    public RateLimitGlobalFilter(GatewayLimitsProperties properties, MeterRegistry meters) {
        this.config = properties.rateLimit();
        this.rejected = Counter.builder("gateway.ratelimit.rejected")
                .description("Requests answered 429 by the gateway's rate limit").register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!config.enabled()) {
            return chain.filter(exchange);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? "-" : route.getId();
        GatewayLimitsProperties.Bucket limits = config.forRoute(route == null ? null : routeId);
        return exchange.getPrincipal().map(RateLimitGlobalFilter::clientOf)
                .defaultIfEmpty("ip:" + remoteAddress(exchange))
                .flatMap(client -> {
                    TokenBucket bucket = buckets.computeIfAbsent(client + "|" + routeId, k -> new TokenBucket(limits));
                    long waitNanos = bucket.tryTake(System.nanoTime());
                    exchange.getResponse().getHeaders().set("RateLimit-Limit", Long.toString(limits.capacity()));
                    if (waitNanos == 0) {
                        return chain.filter(exchange);
                    }
                    rejected.increment();
                    long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests", "This client sent more requests than its limit for this API; retry after "
                                    + seconds + " s.");
                });
    }

    static String clientOf(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            Object azp = jwt.getToken().getClaims().get("azp");
            if (azp instanceof String s && !s.isBlank() && jwt.getToken().getSubject() == null) {
                return "client:" + s;
            }
            return "sub:" + jwt.getToken().getSubject();
        }
        return "principal:" + principal.getName();
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }

    /** Drops buckets that have been full (idle) for a while so the map does not grow without bound. */
    @Scheduled(fixedDelay = 60_000)
    void evictIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.idleFor(now) > Duration.ofMinutes(5).toNanos());
    }

    int bucketCount() {
        return buckets.size();
    }

    @Override
    public int getOrder() {
        // after the request id, before routing to the service
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    /** Classic token bucket with lazy refill; synchronized per bucket (one client, one route). */
    static final class TokenBucket {
        private final long capacity;
        private final double refillPerNano;
        private double tokens;
        private long last;
        private long lastUsed;

        TokenBucket(GatewayLimitsProperties.Bucket limits) {
            this.capacity = limits.capacity();
            this.refillPerNano = limits.refillPerSecond() / 1e9;
            this.tokens = capacity;
            this.last = System.nanoTime();
            this.lastUsed = last;
        }

        /** @return 0 when a token was taken, else nanoseconds until one is available */
        synchronized long tryTake(long now) {
            refill(now);
            lastUsed = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / refillPerNano);
        }

        synchronized long idleFor(long now) {
            refill(now);
            return tokens >= capacity ? now - lastUsed : 0;
        }

        private void refill(long now) {
            if (now > last) {
                tokens = Math.min(capacity, tokens + (now - last) * refillPerNano);
                last = now;
            }
        }
    }
}
