package org.socialpsych.chassis.security;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialpsych.chassis.api.ProblemTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Every service validates the JWT again (defence in depth): the gateway is not the only door.
 * Health, Prometheus and API docs stay open for probes and scrapers on the internal network.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class ChassisSecurityConfiguration {

    public static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**", "/api/v1/labels"};

    @Bean
    static FirewallProblems firewallProblems() {
        return new FirewallProblems();
    }

    @Bean
    SecurityWebFilterChain chassisSecurityFilterChain(ServerHttpSecurity http,
            @Value("${socialpsych.security.external-system.allowed-paths:/api/v1/kpis/**,/api/v1/indicators/**}")
            List<String> externalPaths, ObjectProvider<ProblemTexts> texts) {
        // 401 and 403 of the filter chain answer problem+json like the controllers' errors
        SecurityProblems problems = new SecurityProblems(texts.getIfAvailable());
        List<PathPattern> allowed = externalPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        ReactiveAuthorizationManager<AuthorizationContext> apiAccess = (authentication, context) -> authentication
                .<AuthorizationResult>map(a -> {
                    if (!a.isAuthenticated()) {
                        return new AuthorizationDecision(false);
                    }
                    Set<String> roles = new HashSet<>();
                    a.getAuthorities().forEach(g -> roles.add(g.getAuthority()));
                    var path = context.getExchange().getRequest().getPath().pathWithinApplication();
                    return new AuthorizationDecision(apiAllowed(roles, path, allowed));
                })
                .defaultIfEmpty(new AuthorizationDecision(false));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers(OPEN_PATHS).permitAll()
                        .pathMatchers("/api/**").access(apiAccess)
                        .anyExchange().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * Client-credential tokens of other government systems reach only the named APIs — whenever the
     * EXTERNAL_SYSTEM role is present, also next to other roles (a token cannot widen itself).
     */
    static boolean apiAllowed(Set<String> authorities, org.springframework.http.server.PathContainer path,
            List<PathPattern> externalPaths) {
        if (!authorities.contains("ROLE_" + Roles.EXTERNAL_SYSTEM)) {
            return true;
        }
        return externalPaths.stream().anyMatch(p -> p.matches(path));
    }

    static Converter<Jwt, Mono<AbstractAuthenticationToken>> authenticationConverter() {
        return jwt -> {
            PlatformPrincipal p = JwtClaimsMapper.principal(jwt);
            return Mono.just(new JwtAuthenticationToken(jwt,
                    p.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).collect(Collectors.toList()),
                    p.subject()));
        };
    }

    @Bean
    ReactiveJwtDecoder chassisJwtDecoder(@Value("${socialpsych.security.jwt.issuer-uri:}") String issuerUri,
            @Value("${socialpsych.security.jwt.public-key-location:}") String publicKeyLocation,
            @Value("${socialpsych.security.jwt.expected-issuer:socialpsych-local}") String expectedIssuer,
            @Value("${socialpsych.security.jwt.audience:socialpsych}") String audience) throws Exception {
        ReactiveJwtDecoder decoder;
        String issuer;
        if (!issuerUri.isBlank()) {
            decoder = ReactiveJwtDecoders.fromIssuerLocation(issuerUri);
            issuer = issuerUri;
        } else if (!publicKeyLocation.isBlank()) {
            decoder = NimbusReactiveJwtDecoder.withPublicKey(readPublicKey(publicKeyLocation)).build();
            issuer = expectedIssuer;
        } else {
            throw new IllegalStateException("Set socialpsych.security.jwt.issuer-uri or "
                    + "socialpsych.security.jwt.public-key-location");
        }
        if (decoder instanceof NimbusReactiveJwtDecoder nimbus) {
            nimbus.setJwtValidator(tokenValidator(issuer, audience));
        }
        return decoder;
    }

    /**
     * What every token must prove, in both key modes: signature (the decoder), {@code iss} equal to
     * the issuer (the OIDC issuer, or {@code socialpsych.security.jwt.expected-issuer} with a key
     * file), an {@code exp} (a token without one would never expire) that has not passed, and the
     * platform's {@code aud}.
     */
    public static OAuth2TokenValidator<Jwt> tokenValidator(String issuer, String audience) {
        List<OAuth2TokenValidator<Jwt>> validators = new java.util.ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        validators.add(expiryRequired());
        if (!audience.isBlank()) {
            validators.add(audienceValidator(audience));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    public static OAuth2TokenValidator<Jwt> expiryRequired() {
        return new JwtClaimValidator<Object>(JwtClaimNames.EXP, java.util.Objects::nonNull);
    }

    /** Tokens minted for another application of the same issuer are refused (401). */
    public static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
    }

    /** Reads an X.509 "PUBLIC KEY" PEM from a Spring resource location ({@code file:}, {@code classpath:}). */
    public static RSAPublicKey readPublicKey(String location) throws Exception {
        Resource resource = new DefaultResourceLoader().getResource(location);
        String pem;
        try (InputStream in = resource.getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
