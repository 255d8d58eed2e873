package org.socialpsych.grid.gridevent.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.gridevent.application.GridEventService;
import org.socialpsych.grid.gridevent.domain.GridEventRules.Step;
import org.socialpsych.grid.gridevent.domain.GridEventStatus;
import org.socialpsych.grid.gridevent.infra.GridEventDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/**
 * Grid events: {@code POST /api/v1/grid-events} collects one; {@code POST /{id}/{step}} moves it
 * through open, dispatch, handle, feedback, verify (or reject), close and evaluate.
 */
@RestController
@RequestMapping("/api/v1/grid-events")
@Validated
public class GridEventController {

    public record ReportRequest(@NotBlank @Size(max = 40) String category, @NotBlank @Size(max = 32) String gridCode,
            @NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
            @DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 64) String subjectId, Instant occurredAt) {
    }

    public record StepRequest(@Size(max = 100) String handlerId, @Size(max = 2000) String note, Integer score) {
    }

    public record GridEventView(String id, String category, String title, String gridCode, List<String> gridPath,
            String subjectId, Instant occurredAt, GridEventStatus status, String reportedBy, String openedBy,
            Instant openedAt, String handlerId, Instant dispatchedAt, Instant deadlineAt, Instant feedbackAt,
            String closedBy, Instant closedAt, Boolean onTime, Integer evaluationScore, List<String> notifiedGrids,
            boolean inSupervision, int escalationLevel, String escalatedTo, List<GridEventDocument.Step> history,
            long version, String deadlineFrom, String view) {
        /**
         * GOVERNANCE (or richer): the event as stored, without the description (never served). MINIMAL
         * (police liaison): that the event exists, its category, area, status, deadline and
         * supervision, the person it concerns and the handler to contact; no title, step notes,
         * supervisors or evaluation.
         */
        static GridEventView of(GridEventDocument d, FieldView view) {
            if (!view.atLeast(FieldView.GOVERNANCE)) {
                return new GridEventView(d.id, d.category, null, d.gridCode, d.gridPath, d.subjectId, d.occurredAt,
                        d.status, null, null, d.openedAt, d.handlerId, d.dispatchedAt, d.deadlineAt, d.feedbackAt,
                        null, d.closedAt, d.onTime, null, d.notifiedGrids, d.inSupervision, d.escalationLevel,
                        d.escalatedTo, List.of(), d.version, d.deadlineFrom, FieldView.MINIMAL.name());
            }
            return new GridEventView(d.id, d.category, d.title, d.gridCode, d.gridPath, d.subjectId, d.occurredAt,
                    d.status, d.reportedBy, d.openedBy, d.openedAt, d.handlerId, d.dispatchedAt, d.deadlineAt,
                    d.feedbackAt, d.closedBy, d.closedAt, d.onTime, d.evaluationScore, d.notifiedGrids,
                    d.inSupervision, d.escalationLevel, d.escalatedTo, d.history, d.version, d.deadlineFrom,
                    FieldView.GOVERNANCE.name());
        }
    }

    private final GridEventService service;

    public GridEventController(GridEventService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<GridEventView>> report(@Valid @RequestBody ReportRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(u -> service.report(new GridEventService.Report(b.category(), b.gridCode(),
                b.title(), b.description(), b.latitude(), b.longitude(), b.subjectId(), b.occurredAt()), u, key)
                .map(d -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/grid-events/" + d.id))
                        .body(GridEventView.of(d, service.viewOf(u)))));
    }

    @GetMapping("/{id}")
    public Mono<GridEventView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> service.get(id, u).map(d -> GridEventView.of(d, service.viewOf(u))));
    }

    /**
     * The case list, one cursor page ({@code items}, {@code next}): by grid, supervising area, area
     * ({@code under}, a town's or village's work list) or the caller's own; {@code status},
     * {@code overdue=true}; unknown parameters 400.
     */
    @GetMapping
    public Mono<CursorPage<GridEventView>> list(ServerWebExchange exchange,
            @RequestParam(required = false) String grid, @RequestParam(required = false) String supervisedBy,
            @RequestParam(required = false) String under, @RequestParam(required = false) GridEventStatus status,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "grid", "supervisedBy", "under", "status", "overdue", "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.list(grid, supervisedBy, under, status, overdue, max, cursor, u)
                .map(page -> page.map(d -> GridEventView.of(d, service.viewOf(u)))));
    }

    @PostMapping("/{id}/{step:open|dispatch|handle|feedback|verify|reject|close|evaluate|redispatch|send-back}")
    public Mono<GridEventView> step(@PathVariable String id, @PathVariable String step,
            @Valid @RequestBody(required = false) StepRequest b) {
        Step s = Step.valueOf(step.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        GridEventService.StepInput in = b == null ? null : new GridEventService.StepInput(b.handlerId(), b.note(), b.score());
        return CurrentUser.get().flatMap(u -> service.step(id, s, in, u).map(d -> GridEventView.of(d, service.viewOf(u))));
    }
}
