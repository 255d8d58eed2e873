package org.socialpsych.reporting.kpi.api;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.reporting.kpi.application.KpiExport;
import org.socialpsych.reporting.kpi.application.KpiService;
import org.socialpsych.reporting.kpi.application.KpiService.KpiTable;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.infra.IndicatorRegistry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Indicator definitions, live KPIs by area and their exports. Aggregates only. */
@RestController
public class KpiController {

    static final String[] READERS = KpiService.READERS.toArray(String[]::new);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final KpiService kpis;
    private final IndicatorRegistry indicators;

    public KpiController(KpiService kpis, IndicatorRegistry indicators) {
        this.kpis = kpis;
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/indicators")
    public Mono<Collection<IndicatorDefinition>> indicators() {
        return CurrentUser.requireAnyRole(READERS).flatMap(u -> indicators.current().then(Mono.fromSupplier(
                indicators::all)));
    }

    @GetMapping("/api/v1/indicators/{code}")
    public Mono<IndicatorDefinition> indicator(@PathVariable String code) {
        return CurrentUser.requireAnyRole(READERS).flatMap(u -> indicators.current()
                .then(Mono.fromSupplier(() -> indicators.get(code)))
                .switchIfEmpty(Mono.error(ApiException.notFound("Indicator", code))));
    }

    @PutMapping("/api/v1/indicators/{code}")
    public Mono<IndicatorDefinition> revise(@PathVariable String code, @RequestBody IndicatorDefinition body) {
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN).flatMap(u -> {
            if (!code.equals(body.code())) {
                return Mono.error(ApiException.invalid("code-mismatch", "Body code must equal the path code",
                        Map.of()));
            }
            try {
                IndicatorRegistry.validate(body);
            } catch (IllegalArgumentException e) {
                return Mono.error(ApiException.invalid("invalid-indicator", e.getMessage(), Map.of()));
            }
            return indicators.put(body);
        });
    }

    @GetMapping("/api/v1/kpis")
    public Mono<KpiTable> kpis(ServerWebExchange exchange, @RequestParam String area, @RequestParam String period,
            @RequestParam(required = false) List<String> indicators, @RequestParam(required = false) String segment) {
        QueryParameters.allowOnly(exchange, "area", "period", "indicators", "segment");
        return CurrentUser.requireAnyRole(READERS).flatMap(u -> kpis.query(area, period, indicators, segment, u));
    }

    @GetMapping("/api/v1/exports/kpis")
    public Mono<ResponseEntity<byte[]>> export(ServerWebExchange exchange, @RequestParam String area,
            @RequestParam String period, @RequestParam(required = false) List<String> indicators,
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String segment) {
        QueryParameters.allowOnly(exchange, "area", "period", "indicators", "format", "segment");
        if (!format.equals("xlsx") && !format.equals("csv")) {
            return Mono.error(ApiException.invalid("invalid-format", "format must be xlsx or csv", Map.of()));
        }
        return CurrentUser.requireAnyRole(READERS)
                .flatMap(u -> kpis.query(area, period, indicators, segment, u))
                .flatMap(table -> Mono.fromCallable(() -> format.equals("csv")
                                ? KpiExport.csv(table, this.indicators).getBytes(StandardCharsets.UTF_8)
                                : KpiExport.xlsx(table, this.indicators))
                        .subscribeOn(Schedulers.boundedElastic()))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(format.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("kpis-" + area + "-" + period + "." + format, StandardCharsets.UTF_8)
                                .build().toString())
                        .body(bytes));
    }
}
