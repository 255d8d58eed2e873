package org.socialpsych.chassis.api;

import java.util.Map;

import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/labels?lang=zh-CN|en}: the labels of every enum value the API returns. Public
 * reference data (no personal data), served without a token so that a login page can use it too.
 */
@RestController
public class LabelsController {

    /** The labels in one language: category → enum value → text. */
    public record LabelSet(String lang, Map<String, Map<String, String>> categories) {
    }

    private final Labels labels;

    public LabelsController(Labels labels) {
        this.labels = labels;
    }

    @GetMapping("/api/v1/labels")
    public Mono<ResponseEntity<LabelSet>> labels(@RequestParam(required = false) String lang,
            ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> {
            QueryParameters.allowOnly(exchange, "lang");
            String language = Labels.language(exchange);
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language)
                    .body(new LabelSet(language, labels.in(language)));
        });
    }
}
