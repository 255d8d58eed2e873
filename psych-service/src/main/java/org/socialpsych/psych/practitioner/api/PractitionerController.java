package org.socialpsych.psych.practitioner.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.psych.practitioner.application.PractitionerService;
import org.socialpsych.psych.practitioner.domain.PractitionerCategory;
import org.socialpsych.psych.practitioner.domain.TrainingRecord;
import org.socialpsych.psych.practitioner.domain.TrainingPlan;
import org.socialpsych.psych.practitioner.infra.PractitionerDocument;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Practitioners and their 8+x training hours. */
@RestController
@RequestMapping("/api/v1/practitioners")
@Validated
public class PractitionerController {

    public record RegisterRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull PractitionerCategory category,
            Boolean fullTime,
            @Size(max = 20) List<@Size(max = 100) String> qualifications,
            @Size(max = 20) List<@Size(max = 64) String> servicePointIds,
            @NotBlank @Size(max = 32) String areaCode,
            Boolean talentPool) {
    }

    public record TrainingRequest(@NotBlank @Size(max = 64) String module, @NotNull @Min(1) @Max(100) Integer hours,
            LocalDate completedOn) {
    }

    public record AvailabilityRequest(@NotNull Boolean available) {
    }

    public record PractitionerView(String id, String name, PractitionerCategory category, boolean fullTime,
            List<String> qualifications, List<String> servicePointIds, String areaCode, boolean talentPool,
            boolean available, List<TrainingRecord> training, int trainingHours, int requiredHours,
            boolean curriculumComplete, long version, int coreHours, int requiredCoreHours, int extraHours,
            int requiredExtraHours) {
    }

    private final PractitionerService service;

    public PractitionerController(PractitionerService service) {
        this.service = service;
    }

    PractitionerView view(PractitionerDocument d) {
        int required = service.plan().requiredHours(d.category);
        return new PractitionerView(d.id, d.name, d.category, d.fullTime, d.qualifications, d.servicePointIds,
                d.areaCode, d.talentPool, d.available, d.training, d.trainingHours, required,
                service.plan().complete(d.category, d.training), d.version, TrainingPlan.coreDone(d.training),
                service.plan().coreHours(), TrainingPlan.extraDone(d.training),
                service.plan().extraRequired(d.category));
    }

    @PostMapping
    public Mono<ResponseEntity<PractitionerView>> register(@Valid @RequestBody RegisterRequest b) {
        return CurrentUser.get().flatMap(user -> service.register(new PractitionerService.Register(b.name(),
                b.category(), Boolean.TRUE.equals(b.fullTime()), b.qualifications(), b.servicePointIds(),
                b.areaCode(), Boolean.TRUE.equals(b.talentPool())), user))
                .map(d -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/practitioners/"
                        + d.id)).body(view(d)));
    }

    @GetMapping("/{id}")
    public Mono<PractitionerView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user)).map(this::view);
    }

    @GetMapping
    public Mono<CursorPage<PractitionerView>> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) PractitionerCategory category,
            @RequestParam(required = false) Boolean available, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "category", "available", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.list(under, category, available, cursor, n, user))
                .map(p -> p.map(this::view));
    }

    @PostMapping("/{id}/training")
    public Mono<PractitionerView> training(@PathVariable String id, @Valid @RequestBody TrainingRequest b) {
        return CurrentUser.get().flatMap(user -> service.recordTraining(id, b.module(), b.hours(), b.completedOn(),
                user)).map(this::view);
    }

    @PostMapping("/{id}/availability")
    public Mono<PractitionerView> availability(@PathVariable String id, @Valid @RequestBody AvailabilityRequest b) {
        return CurrentUser.get().flatMap(user -> service.setAvailability(id, b.available(), user)).map(this::view);
    }
}
