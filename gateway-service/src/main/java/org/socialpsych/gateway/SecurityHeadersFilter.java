package org.socialpsych.gateway;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Security headers on every answer, on top of Spring Security's defaults (nosniff, frame DENY,
 * no-store caching, HSTS over TLS): a restrictive Content-Security-Policy (the API returns JSON
 * only; the Swagger UI needs its own scripts and styles), no referrer, no powerful browser
 * features, and no cross-origin embedding. Headers a service might set that reveal internals are
 * removed.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        boolean ui = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders h = exchange.getResponse().getHeaders();
            h.set("Content-Security-Policy", ui ? UI_CSP : API_CSP);
            h.set("Referrer-Policy", "no-referrer");
            h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            h.set("Cross-Origin-Resource-Policy", "same-origin");
            h.set("X-Content-Type-Options", "nosniff");
            h.remove("Server");
            h.remove("X-Powered-By");
            h.remove("X-Application-Context");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
