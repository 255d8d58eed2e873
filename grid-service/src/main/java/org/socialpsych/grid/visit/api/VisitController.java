package org.socialpsych.grid.visit.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.visit.application.PolicyService;
import org.socialpsych.grid.visit.application.VisitService;
import org.socialpsych.grid.visit.domain.VisitPolicy;
import org.socialpsych.grid.visit.infra.PolicyDocument;
import org.socialpsych.grid.visit.infra.VisitDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

@RestController
@Validated
public class VisitController {

    public record RecordVisitRequest(@NotBlank @Size(max = 64) String residentId, @NotNull Instant visitedAt,
            @PositiveOrZero Integer durationMinutes, @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9:+/=_-]*") String photoHash, @Size(max = 2000) String note) {
    }

    public record VisitView(String id, String residentId, String gridCode, List<String> gridPath, String workerId,
            Instant visitedAt, Instant enteredAt, Integer durationMinutes, Double latitude, Double longitude,
            String photoHash, Instant dueAt, Boolean onTime, boolean lateEntry, List<String> flags, Boolean counted) {
        static VisitView of(VisitDocument v) {
            return new VisitView(v.id, v.residentId, v.gridCode, v.gridPath, v.workerId, v.visitedAt, v.enteredAt,
                    v.durationMinutes, v.latitude, v.longitude, v.photoHash, v.dueAt, v.onTime, v.lateEntry, v.flags,
                    v.counted);
        }
    }

    /** Interval maps: tag or risk names to a number of days (no operator keys, no empty values). */
    public record PolicyRequest(
            @Size(max = 50) Map<@NotBlank @Pattern(regexp = "[A-Z_]{1,40}") String,
                    @NotNull @Positive @Max(3650) Integer> tagIntervalDays,
            @Size(max = 10) Map<@NotBlank @Pattern(regexp = "[A-Z_]{1,40}") String,
                    @NotNull @Positive @Max(3650) Integer> riskIntervalDays,
            @PositiveOrZero Integer initialDays, @PositiveOrZero Integer leadDays, @PositiveOrZero Integer expireDays,
            VisitPolicy.EarlyVisits earlyVisits,
            @Size(max = 50) List<@NotBlank @Pattern(regexp = "[A-Z_]{1,40}") String> photoRequiredTags) {
    }

    private final VisitService visits;
    private final PolicyService policies;

    public VisitController(VisitService visits, PolicyService policies) {
        this.visits = visits;
        this.policies = policies;
    }

    @PostMapping("/api/v1/visits")
    public Mono<ResponseEntity<VisitView>> record(@Valid @RequestBody RecordVisitRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(u -> visits.record(new VisitService.Record(b.residentId(), b.visitedAt(),
                b.durationMinutes(), b.latitude(), b.longitude(), b.photoHash(), b.note()), u, key))
                .map(r -> ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/visits/" + r.visit().id)).body(VisitView.of(r.visit())));
    }

    @GetMapping("/api/v1/visits/{id}")
    public Mono<VisitView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> visits.get(id, u)).map(VisitView::of);
    }

    /**
     * Visits of a resident or of a grid (optionally in a period), one cursor page newest first
     * ({@code items}, {@code next}; {@code limit} 1–500, default 50); unknown parameters 400.
     */
    @GetMapping("/api/v1/visits")
    public Mono<CursorPage<VisitView>> list(ServerWebExchange exchange,
            @RequestParam(required = false) String resident, @RequestParam(required = false) String grid,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "resident", "grid", "from", "to", "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> visits.list(resident, grid, from, to, max, cursor, u))
                .map(p -> p.map(VisitView::of));
    }

    /**
     * The caller's due list, one cursor page in due order ({@code items}, {@code next}; {@code limit}
     * 1–500, default 50); unknown parameters 400.
     */
    @GetMapping("/api/v1/visits/due")
    public Mono<CursorPage<VisitService.DueItem>> due(ServerWebExchange exchange,
            @RequestParam(required = false) String grid, @RequestParam(defaultValue = "0") int horizonDays,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "grid", "horizonDays", "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> visits.due(grid, horizonDays, max, cursor, u));
    }

    @PutMapping("/api/v1/visit-policies/{areaCode}")
    public Mono<PolicyDocument> putPolicy(@PathVariable String areaCode, @Valid @RequestBody PolicyRequest b) {
        PolicyDocument d = new PolicyDocument();
        d.tagIntervalDays = b.tagIntervalDays();
        d.riskIntervalDays = b.riskIntervalDays();
        d.initialDays = b.initialDays();
        d.leadDays = b.leadDays();
        d.expireDays = b.expireDays();
        d.earlyVisits = b.earlyVisits();
        d.photoRequiredTags = b.photoRequiredTags();
        return CurrentUser.get().flatMap(u -> policies.put(areaCode, d, u));
    }

    @GetMapping("/api/v1/visit-policies/{areaCode}")
    public Mono<VisitPolicy> getPolicy(@PathVariable String areaCode) {
        return CurrentUser.get().flatMap(u -> policies.get(areaCode, u));
    }
}
