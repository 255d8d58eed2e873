package org.socialpsych.psych.unit.api;

import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.psych.unit.application.UnitDirectoryService;
import org.socialpsych.psych.unit.application.UnitDirectoryService.Effective;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Responder units as data: which organisation plays each role for an area (inherited down the tree). */
@RestController
@RequestMapping("/api/v1/responder-units")
@Validated
public class ResponderUnitController {

    public record UnitRequest(@NotBlank @Size(max = 64) String organisationId, @Size(max = 200) String organisationName,
            @Size(max = 32) String channel, @Size(max = 200) String address,
            @Size(max = 200) List<@Size(max = 64) String> staffIds) {
    }

    public record UnitView(String areaCode, String role, String organisationId, String organisationName,
            String channel, List<String> staffIds) {
    }

    private final UnitDirectoryService units;

    public ResponderUnitController(UnitDirectoryService units) {
        this.units = units;
    }

    @PutMapping("/{areaCode}/{role}")
    public Mono<UnitView> configure(@PathVariable String areaCode, @PathVariable String role,
            @Valid @RequestBody UnitRequest body) {
        return CurrentUser.get().flatMap(user -> units.configure(areaCode, role, new UnitDirectoryService.Configure(
                body.organisationId(), body.organisationName(), body.channel(), body.address(), body.staffIds()), user))
                .map(d -> new UnitView(d.areaCode, d.role, d.organisationId, d.organisationName, d.channel,
                        d.staffIds));
    }

    /** The effective units of an area: its own entries and those inherited from ancestors ({@code definedAt}). */
    @GetMapping
    public Flux<Effective> list(@RequestParam String area, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "area");
        return CurrentUser.get().flatMapMany(user -> units.effective(area, user));
    }
}
