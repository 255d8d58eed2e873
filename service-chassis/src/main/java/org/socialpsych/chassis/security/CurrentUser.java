package org.socialpsych.chassis.security;

import org.socialpsych.chassis.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import reactor.core.publisher.Mono;

/** The calling principal of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Mono<PlatformPrincipal> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(ctx -> ctx.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(a -> JwtClaimsMapper.principal(((JwtAuthenticationToken) a).getToken()))
                .switchIfEmpty(Mono.error(new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "Unauthenticated", "A valid bearer token is required", null)));
    }

    /** The principal if it has one of the roles, otherwise a 403 problem. */
    public static Mono<PlatformPrincipal> requireAnyRole(String... roles) {
        return get().flatMap(p -> p.hasAnyRole(java.util.List.of(roles)) ? Mono.just(p)
                : Mono.error(ApiException.forbidden("This operation needs one of the roles " + String.join(", ", roles))));
    }
}
