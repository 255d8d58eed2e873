package org.socialpsych.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits the gateway enforces before anything reaches a service.
 *
 * @param maxRequestSize largest request body accepted (413 above it, also for chunked bodies)
 * @param rateLimit      token buckets per client and route
 * @param maxUriLength   longest request target (path and query) accepted (414 problem+json above it);
 *                       Netty itself reads request lines up to {@code server.netty.max-initial-line-length}
 */
@ConfigurationProperties("socialpsych.gateway")
public record GatewayLimitsProperties(DataSize maxRequestSize, RateLimit rateLimit, DataSize maxUriLength) {

    public GatewayLimitsProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(512) : maxRequestSize;
        maxUriLength = maxUriLength == null ? DataSize.ofKilobytes(8) : maxUriLength;
        rateLimit = rateLimit == null ? new RateLimit(true, null, null) : rateLimit;
    }

    /**
     * @param enabled  off only for controlled load tests
     * @param defaults bucket for every route without its own entry
     * @param routes   per route id (e.g. {@code reporting-service}) overrides
     */
    public record RateLimit(boolean enabled, Bucket defaults, Map<String, Bucket> routes) {
        public RateLimit {
            defaults = defaults == null ? new Bucket(100, 50) : defaults;
            routes = routes == null ? Map.of() : new LinkedHashMap<>(routes);
        }

        Bucket forRoute(String routeId) {
            return routeId == null ? defaults : routes.getOrDefault(routeId, defaults);
        }
    }

    /**
     * @param capacity        burst size (requests)
     * @param refillPerSecond sustained requests per second
     */
    public record Bucket(long capacity, double refillPerSecond) {
        public Bucket {
            if (capacity < 1 || refillPerSecond <= 0) {
                throw new IllegalArgumentException("a rate-limit bucket needs capacity >= 1 and refill > 0");
            }
        }
    }
}
