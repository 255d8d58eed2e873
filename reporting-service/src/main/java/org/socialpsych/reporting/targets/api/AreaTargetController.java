package org.socialpsych.reporting.targets.api;

import java.time.LocalDate;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.reporting.targets.application.AreaTargets;
import org.socialpsych.reporting.targets.domain.AreaTarget;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** Targets (and the tasks they carry) that area admins set for their own subtree. */
@RestController
@RequestMapping("/api/v1/targets")
public class AreaTargetController {

    public record SetTargetRequest(
            @NotBlank @Size(max = 64) String indicator,
            @NotBlank @Size(max = 32) String areaCode,
            @Size(max = 40) String segment,
            @NotNull Double value,
            @NotNull LocalDate effectiveFrom,
            @Size(max = 100) String responsibleUnit,
            LocalDate deadline) {
    }

    private final AreaTargets targets;

    public AreaTargetController(AreaTargets targets) {
        this.targets = targets;
    }

    @PostMapping
    public Mono<ResponseEntity<AreaTarget>> set(@Valid @RequestBody SetTargetRequest b) {
        return CurrentUser.get().flatMap(u -> targets.set(new AreaTargets.SetTarget(b.indicator(), b.areaCode(),
                        b.segment(), b.value(), b.effectiveFrom(), b.responsibleUnit(), b.deadline()), u))
                .map(t -> ResponseEntity.status(HttpStatus.CREATED).body(t));
    }

    @GetMapping
    public Mono<CursorPage<AreaTarget>> list(ServerWebExchange exchange, @RequestParam String area,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        QueryParameters.allowOnly(exchange, "area", "indicator", "cursor", "limit");
        return CurrentUser.get().flatMap(u -> targets.list(area, indicator, cursor, limit, u));
    }
}
