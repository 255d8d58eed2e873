package org.socialpsych.gateway;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** What a caller gets when a service is down or its circuit is open: 503 problem+json. */
@RestController
public class FallbackController {

    @RequestMapping("/fallback/{service}")
    public Mono<ResponseEntity<ProblemDetail>> fallback(@PathVariable String service, ServerWebExchange exchange) {
        boolean zh = ProblemResponses.ZH.equals(ProblemResponses.language(exchange));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, zh
                ? service + " 暂时不可用，请稍后重试。除非该服务稍后确认，本次请求未做任何更改。"
                : "The " + service + " is unavailable right now; retry shortly. Nothing was changed by this request"
                        + " unless the service confirms it later.");
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + "service-unavailable"));
        problem.setTitle(zh ? "服务暂不可用" : "Service unavailable");
        problem.setProperty("code", "service-unavailable");
        problem.setProperty("service", service);
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .header(HttpHeaders.CONTENT_LANGUAGE, zh ? ProblemResponses.ZH : ProblemResponses.EN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }
}
