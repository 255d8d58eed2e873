package org.socialpsych.psych.servicepoint.api;

import java.net.URI;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.psych.servicepoint.application.ServicePointService;
import org.socialpsych.psych.servicepoint.domain.OpeningSlot;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.domain.ServicePointType;
import org.socialpsych.psych.servicepoint.infra.ServicePointDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The service network (docs/domain.md §3), filtered to the caller's view scope. */
@RestController
@RequestMapping("/api/v1/service-points")
@Validated
public class ServicePointController {

    public record RegisterRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull ServicePointType type,
            @Min(1) @Max(4) Integer tier,
            @NotBlank @Size(max = 32) String areaCode,
            ServicePointStatus status,
            @Size(max = 200) String hostPremises,
            @PositiveOrZero Integer capacity,
            @Size(max = 50) List<@Size(max = 64) String> services,
            @Size(max = 50) List<@Valid @NotNull OpeningSlot> openingHours,
            @Size(max = 200) List<@Size(max = 64) String> staffIds,
            @Min(-90) @Max(90) Double latitude,
            @Min(-180) @Max(180) Double longitude) {
    }

    public record StatusRequest(@NotNull ServicePointStatus status) {
    }

    public record ServicePointView(String id, String name, ServicePointType type, int tier, String areaCode,
            List<String> areaPath, ServicePointStatus status, String hostPremises, Integer capacity,
            List<String> services, List<OpeningSlot> openingHours, List<String> staffIds, Double latitude,
            Double longitude, long version) {

        static ServicePointView of(ServicePointDocument d) {
            return new ServicePointView(d.id, d.name, d.type, d.tier, d.areaCode, d.areaPath, d.status, d.hostPremises,
                    d.capacity, d.services, d.openingHours, d.staffIds, d.latitude, d.longitude, d.version);
        }
    }

    private final ServicePointService service;

    public ServicePointController(ServicePointService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<ServicePointView>> register(@Valid @RequestBody RegisterRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.register(new ServicePointService.Register(b.name(), b.type(),
                b.tier(), b.areaCode(), b.status(), b.hostPremises(), b.capacity(), b.services(), b.openingHours(),
                b.staffIds(), b.latitude(), b.longitude()), user, idempotencyKey))
                .map(e -> ResponseEntity.status(e.getValue() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/service-points/" + e.getKey().id))
                        .body(ServicePointView.of(e.getKey())));
    }

    @GetMapping("/{id}")
    public Mono<ServicePointView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user)).map(ServicePointView::of);
    }

    /** {@code under} = an area code (its whole subtree); {@code openNow} uses the service's time zone. */
    @GetMapping
    public Mono<CursorPage<ServicePointView>> search(@RequestParam(required = false) String under,
            @RequestParam(required = false) String area, @RequestParam(required = false) ServicePointType type,
            @RequestParam(required = false) ServicePointStatus status,
            @RequestParam(defaultValue = "false") boolean openNow, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "area", "type", "status", "openNow", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.search(new ServicePointService.Search(
                under != null ? under : area, type, status, openNow, n), cursor, user)).map(p -> p.map(ServicePointView::of));
    }

    @PostMapping("/{id}/status")
    public Mono<ServicePointView> status(@PathVariable String id, @Valid @RequestBody StatusRequest body) {
        return CurrentUser.get().flatMap(user -> service.changeStatus(id, body.status(), user))
                .map(ServicePointView::of);
    }
}
