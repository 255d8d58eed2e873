package org.socialpsych.grid.inspection.api;

import java.net.URI;
import java.time.LocalDate;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.inspection.application.InspectionService;
import org.socialpsych.grid.inspection.domain.InspectionStatus;
import org.socialpsych.grid.inspection.infra.InspectionDocument;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/inspections")
@Validated
public class InspectionController {

    public record RecordRequest(@NotBlank @Size(max = 32) String areaCode, @Size(max = 200) String unit,
            @NotBlank @Size(max = 64) String category, @NotBlank @Size(max = 4000) String finding,
            @NotNull @PositiveOrZero @DecimalMax("100") Double deductionPoints, @NotNull LocalDate rectifyBy) {
    }

    public record RectifyRequest(@NotBlank @Size(max = 128) String evidenceHash, @Size(max = 2000) String note) {
    }

    /** {@code accepted=false} sends the rectification back; {@code reason} is then required. */
    public record VerifyRequest(Boolean accepted, @jakarta.validation.constraints.Size(max = 2000) String reason) {
    }

    private final InspectionService service;

    public InspectionController(InspectionService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<InspectionDocument>> record(@Valid @RequestBody RecordRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(u -> service.record(new InspectionService.Record(b.areaCode(), b.unit(),
                b.category(), b.finding(), b.deductionPoints(), b.rectifyBy()), u, key))
                .map(d -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/inspections/" + d.id))
                        .body(strip(d)));
    }

    @GetMapping("/{id}")
    public Mono<InspectionDocument> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> service.get(id, u)).map(InspectionController::strip);
    }

    /**
     * Findings under an area ({@code status}, or {@code overdue=true}), one cursor page by
     * rectification deadline ({@code items}, {@code next}; {@code limit} 1–500, default 50); unknown
     * parameters 400.
     */
    @GetMapping
    public Mono<CursorPage<InspectionDocument>> list(ServerWebExchange exchange, @RequestParam String under,
            @RequestParam(required = false) InspectionStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "under", "status", "overdue", "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.list(under, status, overdue, max, cursor, u))
                .map(p -> p.map(InspectionController::strip));
    }

    @PostMapping("/{id}/rectify")
    public Mono<InspectionDocument> rectify(@PathVariable String id, @Valid @RequestBody RectifyRequest b) {
        return CurrentUser.get().flatMap(u -> service.rectify(id, b.evidenceHash(), b.note(), u))
                .map(InspectionController::strip);
    }

    @PostMapping("/{id}/verify")
    public Mono<InspectionDocument> verify(@PathVariable String id, @Valid @RequestBody VerifyRequest b) {
        return CurrentUser.get()
                .flatMap(u -> service.verify(id, b.accepted() == null || b.accepted(), b.reason(), u))
                .map(InspectionController::strip);
    }

    /** Pending events and the idempotency key are internal. */
    private static InspectionDocument strip(InspectionDocument d) {
        d.outbox = null;
        d.idempotencyKey = null;
        return d;
    }
}
