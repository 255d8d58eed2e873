package org.socialpsych.psych.appointment.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.psych.appointment.application.AppointmentService;
import org.socialpsych.psych.appointment.domain.Appointment;
import org.socialpsych.psych.appointment.domain.AppointmentStatus;
import org.socialpsych.psych.appointment.domain.CounsellingSession;
import org.socialpsych.psych.appointment.domain.Modality;
import org.socialpsych.psych.appointment.domain.ObservedRisk;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counselling appointments: book a slot (capacity enforced), cancel, no-show, record the session. */
@RestController
@RequestMapping("/api/v1/appointments")
@Validated
public class AppointmentController {

    public record BookRequest(
            @NotBlank @Size(max = 64) String personId,
            @NotBlank @Size(max = 64) String servicePointId,
            @Size(max = 64) String practitionerId,
            @NotNull Instant slotStart) {
    }

    public record SessionRequest(
            @Size(max = 64) String practitionerId,
            @NotNull @Min(1) @Max(600) Integer durationMinutes,
            @NotNull Modality modality,
            @NotNull ObservedRisk riskObserved,
            @Size(max = 8000) String notes) {
    }

    /** The session as clinicians see it; others get {@code session: null} (no notes, no risk). */
    public record AppointmentView(String id, String personId, String servicePointId, String practitionerId,
            Instant slotStart, String areaCode, AppointmentStatus status, Instant bookedAt, Instant endedAt,
            CounsellingSession session, long version) {

        static AppointmentView of(Appointment a, PlatformPrincipal user) {
            boolean clinical = user.hasAnyRole(AppointmentService.CLINICAL);
            return new AppointmentView(a.id(), a.personId(), a.servicePointId(), a.practitionerId(), a.slotStart(),
                    a.areaCode(), a.status(), a.bookedAt(), a.endedAt(), clinical ? a.session() : null, a.version());
        }
    }

    private final AppointmentService service;

    public AppointmentController(AppointmentService service) {
        this.service = service;
    }

    /** 201 booked; 200 replay of the same Idempotency-Key; 409 {@code slot-full} when no seat is left. */
    @PostMapping
    public Mono<ResponseEntity<AppointmentView>> book(@Valid @RequestBody BookRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.book(new AppointmentService.Book(body.personId(),
                body.servicePointId(), body.practitionerId(), body.slotStart()), user, idempotencyKey)
                .map(b -> ResponseEntity.status(b.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/appointments/" + b.appointment().id()))
                        .body(AppointmentView.of(b.appointment(), user))));
    }

    @GetMapping
    public Flux<AppointmentView> list(@RequestParam String servicePointId,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        return CurrentUser.get().flatMapMany(user -> service.list(servicePointId, from, to, user)
                .map(a -> AppointmentView.of(a, user)));
    }

    @GetMapping("/{id}")
    public Mono<AppointmentView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user).map(a -> AppointmentView.of(a, user)));
    }

    @PostMapping("/{id}/cancel")
    public Mono<AppointmentView> cancel(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.cancel(id, user).map(a -> AppointmentView.of(a, user)));
    }

    @PostMapping("/{id}/no-show")
    public Mono<AppointmentView> noShow(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.noShow(id, user).map(a -> AppointmentView.of(a, user)));
    }

    /** Records the session held; {@code riskObserved: HIGH} opens a crisis case ({@code sourceRef session:<id>}). */
    @PostMapping("/{id}/session")
    public Mono<AppointmentView> session(@PathVariable String id, @Valid @RequestBody SessionRequest body) {
        return CurrentUser.get().flatMap(user -> service.recordSession(id, new AppointmentService.RecordSession(
                body.practitionerId(), body.durationMinutes(), body.modality(), body.riskObserved(), body.notes()),
                user).map(a -> AppointmentView.of(a, user)));
    }
}
