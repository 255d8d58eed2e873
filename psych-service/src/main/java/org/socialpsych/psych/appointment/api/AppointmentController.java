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

    /** The clinical view (COUNSELLOR, CLINICIAN, HOTLINE_OPERATOR by default): the session with notes and risk. */
    public record AppointmentView(String id, String personId, String servicePointId, String practitionerId,
            Instant slotStart, String areaCode, AppointmentStatus status, Instant bookedAt, Instant endedAt,
            CounsellingSession session, long version) {

        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id(), a.personId(), a.servicePointId(), a.practitionerId(), a.slotStart(),
                    a.areaCode(), a.status(), a.bookedAt(), a.endedAt(), a.session(), a.version());
        }
    }

    /** That a session was held, when, how long and how; never its notes, observed risk or crisis link. */
    public record SessionSummary(Instant recordedAt, String practitionerId, int durationMinutes, Modality modality) {
    }

    /** The governance view (GRID_WORKER, AREA_ADMIN, SYSTEM_ADMIN by default). */
    public record GovernanceAppointmentView(String id, String personId, String servicePointId,
            String practitionerId, Instant slotStart, String areaCode, AppointmentStatus status, Instant bookedAt,
            Instant endedAt, SessionSummary session, long version) {

        static GovernanceAppointmentView of(Appointment a) {
            CounsellingSession s = a.session();
            return new GovernanceAppointmentView(a.id(), a.personId(), a.servicePointId(), a.practitionerId(),
                    a.slotStart(), a.areaCode(), a.status(), a.bookedAt(), a.endedAt(),
                    s == null ? null : new SessionSummary(s.recordedAt(), s.practitionerId(), s.durationMinutes(),
                            s.modality()),
                    a.version());
        }
    }

    /** The minimal view: the booking only. */
    public record MinimalAppointmentView(String id, String personId, String servicePointId, Instant slotStart,
            String areaCode, AppointmentStatus status, long version) {

        static MinimalAppointmentView of(Appointment a) {
            return new MinimalAppointmentView(a.id(), a.personId(), a.servicePointId(), a.slotStart(), a.areaCode(),
                    a.status(), a.version());
        }
    }

    private final AppointmentService service;

    public AppointmentController(AppointmentService service) {
        this.service = service;
    }

    /** The appointment in the view the field-view policy gives the caller for CASE records. */
    Object view(Appointment a, PlatformPrincipal user) {
        return switch (service.view(user)) {
            case CLINICAL -> AppointmentView.of(a);
            case GOVERNANCE -> GovernanceAppointmentView.of(a);
            case MINIMAL, NONE -> MinimalAppointmentView.of(a);
        };
    }

    /** 201 booked; 200 replay of the same Idempotency-Key; 409 {@code slot-full} when no seat is left. */
    @PostMapping
    public Mono<ResponseEntity<Object>> book(@Valid @RequestBody BookRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.book(new AppointmentService.Book(body.personId(),
                body.servicePointId(), body.practitionerId(), body.slotStart()), user, idempotencyKey)
                .map(b -> ResponseEntity.status(b.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/appointments/" + b.appointment().id()))
                        .body(view(b.appointment(), user))));
    }

    @GetMapping
    public Flux<Object> list(@RequestParam String servicePointId,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        return CurrentUser.get().flatMapMany(user -> service.list(servicePointId, from, to, user)
                .map(a -> view(a, user)));
    }

    @GetMapping("/{id}")
    public Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user).map(a -> view(a, user)));
    }

    @PostMapping("/{id}/cancel")
    public Mono<Object> cancel(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.cancel(id, user).map(a -> view(a, user)));
    }

    @PostMapping("/{id}/no-show")
    public Mono<Object> noShow(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.noShow(id, user).map(a -> view(a, user)));
    }

    /** Records the session held; {@code riskObserved: HIGH} opens a crisis case ({@code sourceRef session:<id>}). */
    @PostMapping("/{id}/session")
    public Mono<Object> session(@PathVariable String id, @Valid @RequestBody SessionRequest body) {
        return CurrentUser.get().flatMap(user -> service.recordSession(id, new AppointmentService.RecordSession(
                body.practitionerId(), body.durationMinutes(), body.modality(), body.riskObserved(), body.notes()),
                user).map(a -> view(a, user)));
    }
}
