package org.socialpsych.grid.resident.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.resident.application.ResidentService;
import org.socialpsych.grid.resident.application.ResidentView;
import org.socialpsych.grid.resident.domain.DepartureReason;
import org.socialpsych.grid.resident.domain.RiskLevel;
import org.socialpsych.grid.resident.domain.TagCategory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Residents and their population tags. Reads take an optional {@code X-Purpose} header that goes
 * into the read audit.
 */
@RestController
@RequestMapping("/api/v1/residents")
@Validated
public class ResidentController {

    public record RegisterRequest(@NotBlank @Size(max = 32) String idNumber, @NotBlank @Size(max = 100) String name,
            @Size(max = 32) @Pattern(regexp = "[0-9+() -]*") String phone, @Size(max = 300) String address,
            @NotBlank @Size(max = 32) String gridCode, @Size(max = 64) String householdId,
            @Size(max = 64) String guardianId, RiskLevel riskLevel) {
    }

    public record TagRequest(@NotNull @jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
            String category, @Size(max = 64) String department, LocalDate validFrom) {
    }

    public record EndTagRequest(LocalDate validTo) {
    }

    public record RiskRequest(@NotNull RiskLevel riskLevel) {
    }

    /** {@code at}: an ISO date ({@code 2025-03-01}) or instant, not in the future. */
    public record DepartureRequest(@NotNull DepartureReason reason, @NotBlank @Size(max = 40) String at) {
    }

    /** {@code reason}: why the person moves (kept in grid-service, never in the event). */
    public record TransferRequest(@NotBlank @Size(max = 32) String toGrid, @NotBlank @Size(max = 500) String reason) {
    }

    private final ResidentService service;

    public ResidentController(ResidentService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<ResidentView>> register(@Valid @RequestBody RegisterRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(u -> service.register(new ResidentService.Register(b.idNumber(), b.name(),
                b.phone(), b.address(), b.gridCode(), b.householdId(), b.guardianId(), b.riskLevel()), u, key))
                .map(r -> ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/residents/" + r.resident().id())).body(r.resident()));
    }

    @GetMapping("/{id}")
    public Mono<ResidentView> get(@PathVariable String id,
            @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        return CurrentUser.get().flatMap(u -> service.get(id, u, purpose));
    }

    /**
     * By identity number (hashed, never stored or logged): the match as a one-item page. Otherwise a
     * work list, one cursor page ({@code items}, {@code next}): {@code grid}, {@code household},
     * {@code under} (an area: a town's or village's residents), {@code tag} (an active tag category),
     * {@code name} (via its keyed hash), combinable; {@code limit} 1-500, {@code cursor}; unknown
     * parameters 400. Every resident served is read-audited.
     */
    @GetMapping
    public Mono<CursorPage<ResidentView>> search(ServerWebExchange exchange,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String grid,
            @RequestParam(required = false) String household, @RequestParam(required = false) String under,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        QueryParameters.allowOnly(exchange, "idNumber", "grid", "household", "under", "tag", "name", "limit",
                "cursor");
        int max = CursorPage.limit(limit);
        if (idNumber != null) {
            return CurrentUser.get().flatMapMany(u -> service.search(idNumber, null, null, 1, u, purpose))
                    .collectList().map(items -> new CursorPage<>(items, null));
        }
        return CurrentUser.get().flatMap(u -> service.list(new ResidentService.ListFilter(grid, household, under, tag,
                name), max, cursor, u, purpose));
    }

    @PostMapping("/{id}/tags")
    public Mono<ResponseEntity<ResidentView>> tag(@PathVariable String id, @Valid @RequestBody TagRequest b) {
        return CurrentUser.get()
                .flatMap(u -> service.addTag(id, new ResidentService.AddTag(b.category(), b.department(),
                        b.validFrom()), u))
                .map(v -> ResponseEntity.status(HttpStatus.CREATED).body(v));
    }

    @PostMapping("/{id}/tags/{tagId}/end")
    public Mono<ResidentView> endTag(@PathVariable String id, @PathVariable String tagId,
            @RequestBody EndTagRequest b) {
        return CurrentUser.get().flatMap(u -> service.endTag(id, tagId, b.validTo(), u));
    }

    @PutMapping("/{id}/risk")
    public Mono<ResidentView> risk(@PathVariable String id, @Valid @RequestBody RiskRequest b) {
        return CurrentUser.get().flatMap(u -> service.setRisk(id, b.riskLevel(), u));
    }

    /** Records that the resident left; repeating the same departure answers it unchanged. */
    @PostMapping("/{id}/departure")
    public Mono<ResidentView> depart(@PathVariable String id, @Valid @RequestBody DepartureRequest b) {
        return CurrentUser.get().flatMap(u -> service.depart(id, b.reason(), b.at(), u));
    }

    /** Moves the ownership of the resident to another grid (audited; ResidentTransferred.v1). */
    @PostMapping("/{id}/transfer")
    public Mono<ResidentView> transfer(@PathVariable String id, @Valid @RequestBody TransferRequest b) {
        return CurrentUser.get().flatMap(u -> service.transfer(id, b.toGrid(), b.reason(), u));
    }

    /** Registrations queued as duplicates of a person registered in another area (ids and areas only). */
    /** The duplicate queue, one cursor page in id order; unknown parameters 400. */
    @GetMapping("/duplicate-queue")
    public Mono<CursorPage<ResidentService.QueuedDuplicate>> duplicateQueue(ServerWebExchange exchange,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.duplicateQueue(max, cursor, u));
    }

    /** No fields: the body is {@code {}}, so a malformed request is refused rather than acted on. */
    public record RotationRequest() {
    }

    /** SYSTEM_ADMIN: re-wrap every record's data key with the active master key. */
    @PostMapping("/key-rotation")
    public Mono<Map<String, Object>> rotate(@RequestBody RotationRequest body) {
        return CurrentUser.get().flatMap(service::rotateKeys).map(n -> Map.of("rewrapped", n));
    }
}
