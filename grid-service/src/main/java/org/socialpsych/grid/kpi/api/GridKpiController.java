package org.socialpsych.grid.kpi.api;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.kpi.application.GridKpis;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** A grid's work figures (counts, no persons) for its own workers and its supervisors. */
@RestController
public class GridKpiController {

    private final GridKpis kpis;

    public GridKpiController(GridKpis kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/api/v1/grids/{code}/kpis")
    public Mono<GridKpis.Kpis> kpis(@PathVariable String code, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange);
        return CurrentUser.get().flatMap(u -> kpis.of(code, u));
    }
}
