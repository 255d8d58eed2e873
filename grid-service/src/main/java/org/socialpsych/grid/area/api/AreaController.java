package org.socialpsych.grid.area.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.area.application.AreaChangeService;
import org.socialpsych.grid.area.application.AreaService;
import org.socialpsych.grid.area.domain.Area;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/areas")
@Validated
public class AreaController {

    public record CreateAreaRequest(
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull AreaLevel level,
            @Size(max = 32) String parentCode,
            @PositiveOrZero Long population,
            Boolean urban,
            LocalDate validFrom) {
    }

    public record AreaResponse(String id, String code, String name, AreaLevel level, String parentCode,
            List<String> path, Long population, Boolean urban, LocalDate validFrom, LocalDate validTo, long version,
            List<String> successorCodes, List<String> predecessorCodes, List<String> neighbours,
            @JsonInclude(JsonInclude.Include.NON_NULL) PendingView pending) {

        static AreaResponse of(Area a) {
            return new AreaResponse(a.id(), a.code(), a.name(), a.level(), a.parentCode(), a.path(), a.population(),
                    a.urban(), a.validFrom(), a.validTo(), a.version(), List.of(), List.of(), List.of(), null);
        }

        static AreaResponse of(AreaChangeService.AreaDetails d) {
            Area a = d.area();
            return new AreaResponse(a.id(), a.code(), a.name(), a.level(), a.parentCode(), a.path(), a.population(),
                    a.urban(), a.validFrom(), a.validTo(), a.version(), d.successorCodes(), d.predecessorCodes(),
                    d.neighbours(), d.pending() == null ? null : new PendingView(d.pending().kind(),
                            d.pending().name(), d.pending().parentCode(), d.pending().effectiveFrom(),
                            d.pending().requestedBy(), d.pending().requestedAt()));
        }
    }

    /** A change dated after today, applied on {@code effectiveFrom}: RENAME (to {@code name}) or REPARENT (under {@code parentCode}). */
    public record PendingView(String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String parentCode, LocalDate effectiveFrom, String requestedBy,
            java.time.Instant requestedAt) {
    }

    public record RenameRequest(@NotBlank @Size(max = 100) String name, LocalDate effectiveFrom) {
    }

    public record ReparentRequest(@NotBlank @Size(max = 32) String parentCode, LocalDate effectiveFrom) {
    }

    public record MergeRequest(@NotBlank @Size(max = 32) String intoCode, LocalDate effectiveFrom) {
    }

    public record RetireRequest(LocalDate validTo, @Size(max = 100) List<@NotBlank String> successorCodes) {
    }

    public record NeighboursRequest(@NotNull @Size(max = 50) List<@NotBlank String> codes) {
    }

    private final AreaService service;
    private final AreaChangeService changes;

    public AreaController(AreaService service, AreaChangeService changes) {
        this.service = service;
        this.changes = changes;
    }

    @PostMapping
    public Mono<ResponseEntity<AreaResponse>> create(@Valid @RequestBody CreateAreaRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get()
                .flatMap(user -> service.create(new AreaService.CreateArea(body.code(), body.name(), body.level(),
                        body.parentCode(), body.population(), body.urban(), body.validFrom()), user, idempotencyKey))
                .map(c -> ResponseEntity.status(c.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/areas/" + c.area().code()))
                        .body(AreaResponse.of(c.area())));
    }

    /** The area now, or as it was on {@code asOf} (404 when it did not exist then). */
    @GetMapping("/{code}")
    public Mono<AreaResponse> get(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        return CurrentUser.get().flatMap(user -> changes.get(code, asOf, user)).map(AreaResponse::of);
    }

    /**
     * The subtree below {@code under} or the children of {@code parent} (current areas; with
     * {@code asOf} as they were that day), one cursor page in code order ({@code items}, {@code next};
     * {@code limit} 1–500, default 50); unknown parameters 400.
     */
    @GetMapping
    public Mono<CursorPage<AreaResponse>> list(ServerWebExchange exchange,
            @RequestParam(required = false) String under, @RequestParam(required = false) String parent,
            @RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "under", "parent", "asOf", "limit", "cursor");
        int max = CursorPage.limit(limit);
        if (asOf != null) {
            return CurrentUser.get().flatMap(user -> changes.listAsOf(under, parent, asOf, max, cursor, user))
                    .map(p -> p.map(AreaResponse::of));
        }
        return CurrentUser.get().flatMap(user -> service.list(under, parent, max, cursor, user))
                .map(p -> p.map(AreaResponse::of));
    }

    @PostMapping("/{code}/rename")
    public Mono<AreaResponse> rename(@PathVariable String code, @Valid @RequestBody RenameRequest body) {
        return CurrentUser.get().flatMap(u -> changes.rename(code, body.name(), body.effectiveFrom(), u))
                .map(AreaResponse::of);
    }

    @PostMapping("/{code}/reparent")
    public Mono<AreaResponse> reparent(@PathVariable String code, @Valid @RequestBody ReparentRequest body) {
        return CurrentUser.get().flatMap(u -> changes.reparent(code, body.parentCode(), body.effectiveFrom(), u))
                .map(AreaResponse::of);
    }

    /** Withdraws the area's pending (future-dated) rename or re-parent. */
    @DeleteMapping("/{code}/pending")
    public Mono<AreaResponse> cancelPending(@PathVariable String code) {
        return CurrentUser.get().flatMap(u -> changes.cancelPending(code, u)).map(AreaResponse::of);
    }

    @PostMapping("/{code}/merge")
    public Mono<AreaResponse> merge(@PathVariable String code, @Valid @RequestBody MergeRequest body) {
        return CurrentUser.get().flatMap(u -> changes.merge(code, body.intoCode(), body.effectiveFrom(), u))
                .map(AreaResponse::of);
    }

    @PostMapping("/{code}/retire")
    public Mono<AreaResponse> retire(@PathVariable String code, @Valid @RequestBody RetireRequest body) {
        return CurrentUser.get().flatMap(u -> changes.retire(code, body.validTo(), body.successorCodes(), u))
                .map(AreaResponse::of);
    }

    @PutMapping("/{code}/neighbours")
    public Mono<AreaResponse> neighbours(@PathVariable String code, @Valid @RequestBody NeighboursRequest body) {
        return CurrentUser.get().flatMap(u -> changes.setNeighbours(code, body.codes(), u)).map(AreaResponse::of);
    }
}
