package org.socialpsych.chassis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.api.Labels;
import org.socialpsych.chassis.api.ProblemTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;
import tools.jackson.databind.DatabindException;

/**
 * RFC 9457 problem+json for every error: validation errors list their fields; malformed JSON,
 * unknown enum values and wrong types are 400 naming the field; bodies over the codec limit are
 * 413; unique-key collisions are 409. Unexpected errors are 500 with no internals in the body.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final ProblemTexts texts;

    public ProblemHandling(ObjectProvider<ProblemTexts> texts) {
        this.texts = texts.getIfAvailable();
    }

    @ExceptionHandler(ApiException.class)
    public Mono<ResponseEntity<ProblemDetail>> api(ApiException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.of(e.status(), e.slug(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return Mono.just(respond(e.status(), problem, exchange));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public Mono<ResponseEntity<ProblemDetail>> duplicate(DuplicateKeyException e, ServerWebExchange exchange) {
        return Mono.just(respond(HttpStatus.CONFLICT,
                Problems.of(HttpStatus.CONFLICT, "duplicate", "Duplicate", "A record with the same key already exists"),
                exchange));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public Mono<ResponseEntity<ProblemDetail>> denied(AccessDeniedException e, ServerWebExchange exchange) {
        return Mono.just(respond(HttpStatus.FORBIDDEN,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Not allowed for your role or area"),
                exchange));
    }

    @ExceptionHandler(Exception.class)
    public Mono<ResponseEntity<ProblemDetail>> unexpected(Exception e, ServerWebExchange exchange) {
        log.error("Unhandled error", e);
        return Mono.just(respond(HttpStatus.INTERNAL_SERVER_ERROR, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "Internal error", "The request could not be completed; it has been logged"), exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
                "The request has invalid fields");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError fe : ex.getFieldErrors()) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("field", fe.getField());
            err.put("message", fe.getDefaultMessage());
            errors.add(err);
        }
        ex.getGlobalErrors().forEach(ge -> errors.add(Map.of("field", ge.getObjectName(),
                "message", String.valueOf(ge.getDefaultMessage()))));
        problem.setProperty("errors", errors);
        return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(localise(problem, exchange)));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Throwable cause = ex;
        while (cause != null) {
            if (cause instanceof DataBufferLimitException) {
                return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(localise(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                                "Request body too large", "The request body exceeds the size limit"), exchange)));
            }
            if (cause instanceof DatabindException de) {
                String field = de.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
                boolean unknown = de instanceof tools.jackson.databind.exc.UnrecognizedPropertyException;
                ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                        field == null ? "The request body is not valid JSON for this resource"
                                : (unknown ? "Unknown field '" : "Invalid value for field '") + field + "'");
                if (field != null) {
                    problem.setProperty("errors", List.of(Map.of("field", field,
                            "message", unknown ? "not a field of this resource" : "invalid value or type")));
                }
                return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(localise(problem, exchange)));
            }
            cause = cause.getCause();
        }
        boolean body = ex instanceof org.springframework.web.server.ServerWebInputException
                && ex.getCause() instanceof DecodingException;
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, body ? "malformed-body" : "bad-request",
                body ? "Malformed request body" : "Bad request",
                body ? "The request body is not valid JSON" : String.valueOf(ex.getReason()));
        return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(localise(problem, exchange)));
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatusCode status, ProblemDetail problem,
            ServerWebExchange exchange) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(localise(problem, exchange));
    }

    /** Chinese title and detail by default, English by Accept-Language; the stable slug as {@code code}. */
    private ProblemDetail localise(ProblemDetail problem, ServerWebExchange exchange) {
        if (texts != null) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, Labels.language(exchange));
            return texts.localise(problem, Labels.language(exchange));
        }
        return problem;
    }
}
