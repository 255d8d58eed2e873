package org.socialpsych.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself answers (no route, method not allowed, upstream failures outside
 * a circuit breaker, anything unexpected) is problem+json with a status and a fixed sentence:
 * no stack trace, exception class, upstream address or message text reaches the caller. The
 * request id in the response header links the answer to the log line.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        HttpStatusCode code = ex instanceof ResponseStatusException rse ? rse.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            log.warn("Gateway error {} on {} {}: {}", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), ex.getClass().getName());
        }
        String detail = switch (status) {
            case NOT_FOUND -> "No API answers at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here.";
            case GATEWAY_TIMEOUT -> "The service did not answer in time; retry shortly.";
            case SERVICE_UNAVAILABLE, BAD_GATEWAY -> "The service is unavailable right now; retry shortly.";
            default -> status.is5xxServerError() ? "The gateway could not complete the request."
                    : "The request could not be processed.";
        };
        return ProblemResponses.write(exchange, status, "http-" + status.value(), status.getReasonPhrase(), detail);
    }
}
