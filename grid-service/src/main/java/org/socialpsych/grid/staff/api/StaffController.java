package org.socialpsych.grid.staff.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.staff.application.StaffService;
import org.socialpsych.grid.staff.domain.Assignment;
import org.socialpsych.grid.staff.domain.StaffRole;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/grid-staff")
@Validated
public class StaffController {

    public record AssignRequest(@NotBlank @Size(max = 100) String personId, @NotNull StaffRole role,
            @NotBlank @Size(max = 32) String gridCode, LocalDate validFrom) {
    }

    public record EndRequest(LocalDate validTo) {
    }

    public record ReassignRequest(@NotBlank @Size(max = 100) String fromPersonId,
            @NotBlank @Size(max = 100) String toPersonId, LocalDate effectiveDate) {
    }

    public record ReassignResponse(List<Assignment> ended, List<Assignment> created) {
    }

    private final StaffService service;

    public StaffController(StaffService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<Assignment>> assign(@Valid @RequestBody AssignRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(u -> service.assign(
                new StaffService.Assign(body.personId(), body.role(), body.gridCode(), body.validFrom()), u, key))
                .map(a -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/grid-staff/" + a.id()))
                        .body(a));
    }

    @PostMapping("/{id}/end")
    public Mono<Assignment> end(@PathVariable String id, @RequestBody EndRequest body) {
        return CurrentUser.get().flatMap(u -> service.end(id, body.validTo(), u));
    }

    /** Staff of a grid or assignments of a person, one cursor page; unknown parameters 400. */
    @GetMapping
    public Mono<CursorPage<Assignment>> list(ServerWebExchange exchange, @RequestParam(required = false) String grid,
            @RequestParam(required = false) String person, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "grid", "person", "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.list(grid, person, max, cursor, u));
    }

    /** The staff roster under a town or village: assignments open today, a cursor page. */
    @GetMapping("/roster")
    public Mono<CursorPage<Assignment>> roster(ServerWebExchange exchange, @RequestParam String under,
            @RequestParam(required = false) StaffRole role, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "under", "role", "limit", "cursor");
        int max = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.roster(under, role, max, cursor, u));
    }

    @PostMapping("/reassign")
    public Mono<ReassignResponse> reassign(@Valid @RequestBody ReassignRequest body) {
        return CurrentUser.get()
                .flatMap(u -> service.reassign(body.fromPersonId(), body.toPersonId(), body.effectiveDate(), u))
                .map(r -> new ReassignResponse(r.ended(), r.created()));
    }
}
