package org.socialpsych.reporting.report.api;

import java.util.Map;

import org.bson.Document;
import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.socialpsych.reporting.report.application.PeriodReportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/period-reports")
public class PeriodReportController {

    public record CreateReport(@NotBlank String areaCode,
            @NotBlank @Pattern(regexp = "\\d{4}(-\\d{2}|-Q[1-4])?") String period) {
    }

    public record Problem(String text) {
    }

    public record Decision(String reason) {
    }

    private final PeriodReportService reports;

    public PeriodReportController(PeriodReportService reports) {
        this.reports = reports;
    }

    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> create(@Valid @RequestBody CreateReport body) {
        return CurrentUser.get().flatMap(u -> reports.create(body.areaCode(), body.period(), u))
                .map(d -> ResponseEntity.status(HttpStatus.CREATED).body(view(d)));
    }

    /** Reports by area, period and status (SUPERSEDED ones included when asked for), cursor paged. */
    @GetMapping
    public Mono<CursorPage<Map<String, Object>>> list(ServerWebExchange exchange,
            @RequestParam(required = false) String area, @RequestParam(required = false) String period,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "area", "period", "status", "limit", "cursor");
        return CurrentUser.get().flatMap(u -> reports.list(area, period, status, limit, cursor, u))
                .map(page -> page.map(PeriodReportController::view));
    }

    @GetMapping("/{id}")
    public Mono<Map<String, Object>> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> reports.get(id, u)).map(PeriodReportController::view);
    }

    @PostMapping("/{id}/problems")
    public Mono<Map<String, Object>> problem(@PathVariable String id, @RequestBody Problem body) {
        return CurrentUser.get().flatMap(u -> reports.addProblem(id, body.text(), u)).map(PeriodReportController::view);
    }

    @PostMapping("/{id}/submit")
    public Mono<Map<String, Object>> submit(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> reports.submit(id, u)).map(PeriodReportController::view);
    }

    @PostMapping("/{id}/approve")
    public Mono<Map<String, Object>> approve(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> reports.decide(id, true, null, u)).map(PeriodReportController::view);
    }

    @PostMapping("/{id}/reject")
    public Mono<Map<String, Object>> reject(@PathVariable String id, @RequestBody Decision body) {
        return CurrentUser.get().flatMap(u -> reports.decide(id, false, body.reason(), u))
                .map(PeriodReportController::view);
    }

    static Map<String, Object> view(Document d) {
        Document copy = new Document(d);
        copy.put("id", copy.remove("_id"));
        copy.remove("raw"); // unsuppressed figures for the parent's roll-up: never served
        copy.remove("liveKey");
        return copy;
    }
}
