package org.socialpsych.psych.unit.api;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.unit.application.AreaSlaService;
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
import reactor.core.publisher.Mono;

/** Crisis SLAs per area and tier, inherited down the area tree (like grid deadlines). */
@RestController
@RequestMapping("/api/v1/crisis-slas")
@Validated
public class CrisisSlaController {

    public record SlaRequest(Duration acknowledge, Duration firstContact, Duration escalationStep) {
    }

    public record SlaView(String areaCode, String tier, String acknowledge, String firstContact,
            String escalationStep) {
    }

    private final AreaSlaService slas;
    private final CrisisCaseService crisis;

    public CrisisSlaController(AreaSlaService slas, CrisisCaseService crisis) {
        this.slas = slas;
        this.crisis = crisis;
    }

    @PutMapping("/{areaCode}/{tier}")
    public Mono<SlaView> configure(@PathVariable String areaCode, @PathVariable RiskTier tier,
            @Valid @RequestBody SlaRequest body) {
        return CurrentUser.get().flatMap(user -> slas.configure(areaCode, tier, new AreaSlaService.Configure(
                body.acknowledge(), body.firstContact(), body.escalationStep()), user))
                .map(d -> new SlaView(d.areaCode, d.tier, d.acknowledge, d.firstContact, d.escalationStep));
    }

    /** The SLAs that apply to an area, per tier, with the area each value is inherited from (null: deployment). */
    @GetMapping
    public Mono<List<AreaSlaService.Effective>> effective(@RequestParam String area, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "area");
        return CurrentUser.requireAnyRole(Set.copyOf(CrisisCaseService.VIEWERS).toArray(String[]::new))
                .flatMap(user -> slas.effective(area, crisis.policy(), user));
    }
}
