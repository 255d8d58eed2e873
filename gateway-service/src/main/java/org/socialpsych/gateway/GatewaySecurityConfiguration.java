package org.socialpsych.gateway;

import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * RS256 JWT resource server. The verification key comes from configuration: an OIDC issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, Keycloak in compose) or, in the
 * local profile, the public key local-stack generated. The dev token path is open only so that the
 * local-profile controller can answer it; without that profile nothing serves it (404).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/actuator/metrics/**", "/actuator/gateway/**",
                                "/fallback/**", "/openapi/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, DevTokenController.PATH).permitAll()
                        // labels of enum values: public reference data (a login page shows them too)
                        .pathMatchers(HttpMethod.GET, "/api/v1/labels").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().denyAll())
                .headers(h -> h.hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365)).includeSubdomains(true)))
                .exceptionHandling(e -> e.authenticationEntryPoint(GatewaySecurityConfiguration::unauthorized)
                        .accessDeniedHandler((exchange, denied) -> ProblemResponses.write(exchange,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This path is not open to callers.")))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { })
                        .authenticationEntryPoint(GatewaySecurityConfiguration::unauthorized))
                .build();
    }

    /**
     * Added by Boot to the decoder's validators (next to signature, timestamps, audience and, with an
     * OIDC issuer, {@code iss}): a token must carry {@code exp}, and with a key file (no issuer URI)
     * its {@code iss} must be {@code socialpsych.security.jwt.expected-issuer}. The services check the
     * same (chassis {@code ChassisSecurityConfiguration.tokenValidator}).
     */
    @Bean
    OAuth2TokenValidator<Jwt> platformTokenRules(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuerUri,
            @Value("${socialpsych.security.jwt.expected-issuer:socialpsych-local}") String expectedIssuer) {
        OAuth2TokenValidator<Jwt> expiry = new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull);
        return issuerUri == null || issuerUri.isBlank()
                ? new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(expectedIssuer))
                : expiry;
    }

    /** 401 with the standard bearer challenge ({@code WWW-Authenticate: Bearer}, with
     * {@code error="invalid_token"} when a token was sent and refused) and a problem+json body
     * (Chinese by default, code {@code unauthenticated}) that does not say why the token failed
     * (expired, wrong key, wrong audience look the same). */
    static Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(e));
        return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "A valid bearer token for this platform is required.");
    }

    /** RFC 6750: a missing token gets the bare challenge, a refused one {@code error="invalid_token"}
     * without a description (the reason stays in the log). */
    static String challenge(AuthenticationException e) {
        return e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\"" : "Bearer";
    }
}
