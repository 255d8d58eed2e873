package org.socialpsych.chassis.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.socialpsych.chassis.api.Labels;
import org.socialpsych.chassis.api.ProblemTexts;
import org.socialpsych.chassis.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals Spring Security answers before any controller runs, as problem+json like every
 * other error: 401 {@code unauthenticated} (keeping the RFC 6750 challenge, {@code WWW-Authenticate:
 * Bearer}, with {@code error="invalid_token"} when a token was sent and refused; the reason stays
 * out of the answer) and 403 {@code forbidden}. Title and detail are Chinese by default and English
 * by {@code Accept-Language} ({@link ProblemTexts}), with the stable slug as {@code code}.
 */
public final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProblemTexts texts;

    /** @param texts the localiser, or {@code null} (English texts, as without the API part of the chassis) */
    public SecurityProblems(ProblemTexts texts) {
        this.texts = texts;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(e));
        return write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "A valid bearer token for this platform is required"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Not allowed for your role or area"));
    }

    /** RFC 6750: a missing token gets the bare challenge, a refused one {@code error="invalid_token"}. */
    static String challenge(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        if (texts != null) {
            String lang = Labels.language(exchange);
            texts.localise(problem, lang);
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, lang);
        } else {
            problem.setProperty("code", problem.getType().toString().substring(Problems.TYPE_BASE.length()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        // the raw request path, as sent (not parsed as a URI: a refused request may carry anything)
        body.put("instance", exchange.getRequest().getPath().value());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(JSON.writeValueAsBytes(body))));
    }
}
