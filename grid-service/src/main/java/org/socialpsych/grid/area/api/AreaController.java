package org.socialpsych.grid.area.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.grid.area.application.AreaService;
import org.socialpsych.grid.area.domain.Area;
import org.socialpsych.grid.area.domain.AreaLevel;
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
            List<String> path, Long population, Boolean urban, LocalDate validFrom, LocalDate validTo, long version) {

        static AreaResponse of(Area a) {
            return new AreaResponse(a.id(), a.code(), a.name(), a.level(), a.parentCode(), a.path(), a.population(),
                    a.urban(), a.validFrom(), a.validTo(), a.version());
        }
    }

    private final AreaService service;

    public AreaController(AreaService service) {
        this.service = service;
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

    @GetMapping("/{code}")
    public Mono<AreaResponse> get(@PathVariable String code) {
        return CurrentUser.get().flatMap(user -> service.get(code, user)).map(AreaResponse::of);
    }

    @GetMapping
    public Flux<AreaResponse> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) String parent, @RequestParam(defaultValue = "200") int limit) {
        return CurrentUser.get().flatMapMany(user -> service.list(under, parent, limit, user)).map(AreaResponse::of);
    }
}
