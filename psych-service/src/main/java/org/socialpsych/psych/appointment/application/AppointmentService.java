package org.socialpsych.psych.appointment.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.person.PersonIndex;
import org.springframework.http.HttpStatus;
import org.socialpsych.events.psych.AppointmentBookedV1;
import org.socialpsych.events.psych.AppointmentCancelledV1;
import org.socialpsych.events.psych.AppointmentMissedV1;
import org.socialpsych.events.psych.CounsellingSessionRecordedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.appointment.domain.Appointment;
import org.socialpsych.psych.appointment.domain.AppointmentEvent;
import org.socialpsych.psych.appointment.domain.AppointmentStatus;
import org.socialpsych.psych.appointment.domain.Modality;
import org.socialpsych.psych.appointment.domain.ObservedRisk;
import org.socialpsych.psych.appointment.domain.SlotRules;
import org.socialpsych.psych.appointment.infra.AppointmentDocument;
import org.socialpsych.psych.appointment.infra.AppointmentRepository;
import org.socialpsych.psych.appointment.infra.SlotCounter;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.common.infra.AggregateWrites.StaleVersionException;
import org.socialpsych.psych.common.infra.Scopes;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.practitioner.infra.PractitionerDocument;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.infra.ServicePointDocument;
import org.socialpsych.psych.servicepoint.infra.ServicePointRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Counselling appointments at service points. Booking takes a seat of the slot with one atomic
 * conditional update of the slot's counter, then stores the appointment; a failed store gives the
 * seat back. Recording the session completes the appointment; a HIGH risk observation first opens
 * a crisis case ({@code sourceRef session:<appointmentId>}, idempotent), like a hotline triage.
 */
@Service
public class AppointmentService {

    /** Who books, cancels and records no-shows (in the service point's capture scope). */
    public static final Set<String> BOOKERS = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN, Roles.HOTLINE_OPERATOR, Roles.GRID_WORKER);
    /**
     * Who records sessions. Who reads a session's notes and observed risk is not this list but the
     * field-view policy's CASE view ({@link #view}): CLINICAL only.
     */
    public static final Set<String> SESSION_RECORDERS = Set.of(Roles.SYSTEM_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN);

    public record Book(String personId, String servicePointId, String practitionerId, Instant slotStart) {
    }

    public record RecordSession(String practitionerId, int durationMinutes, Modality modality, ObservedRisk risk,
            String notes) {
    }

    public record Booked(Appointment appointment, boolean created) {
    }

    private final AppointmentRepository appointments;
    private final ServicePointRepository servicePoints;
    private final SlotCounter slots;
    private final ReactiveMongoTemplate mongo;
    private final CrisisCaseService crisis;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final ReadAuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final AppointmentProperties properties;
    private final FieldViewPolicy views;
    private final PersonIndex persons;

    public AppointmentService(AppointmentRepository appointments, ServicePointRepository servicePoints,
            SlotCounter slots, ReactiveMongoTemplate mongo, CrisisCaseService crisis, OutboxEventFactory events,
            OutboxRelay relay, ReadAuditLog audit, Clock clock, AppointmentProperties properties,
            @Value("${socialpsych.psych.zone:Asia/Shanghai}") String zone, FieldViewPolicy views,
            PersonIndex persons) {
        this.persons = persons;
        this.views = views;
        this.appointments = appointments;
        this.servicePoints = servicePoints;
        this.slots = slots;
        this.mongo = mongo;
        this.crisis = crisis;
        this.events = events;
        this.relay = relay;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.zone = ZoneId.of(zone);
    }

    public Mono<Booked> book(Book cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(BOOKERS)) {
            return Mono.error(ApiException.forbidden("Your role may not book appointments"));
        }
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Booked> replay = key == null ? Mono.empty()
                : appointments.findByIdempotencyKey(key).flatMap(d -> replayed(d, user));
        // a service point outside the caller's scope is refused (403), not reported as unknown (422):
        // the refusal must come from authorization, not look like a business rule that passed it
        return replay.switchIfEmpty(Mono.defer(() -> persons.requireCaptured("personId", cmd.personId(), user)
                // ownership (ADR 0010): a booking about a person outside the caller's capture scope
                // is refused; it would otherwise be a record planted to reach the person's archive
                .then(servicePoints.findById(cmd.servicePointId()))
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-service-point", "Service point "
                        + cmd.servicePointId() + " is not known", Map.of("errors", List.of(Map.of("field",
                                "servicePointId", "message", "no such service point"))))))
                .flatMap(sp -> {
                    if (!user.canCapture(sp.areaPath)) {
                        return Mono.error(ApiException.forbidden("The service point is outside your capture scope"));
                    }
                    if (sp.status == ServicePointStatus.PLANNED) {
                        return Mono.error(ApiException.conflict("service-point-not-in-service",
                                "The service point is only planned"));
                    }
                    int seats;
                    try {
                        SlotRules.checkSlot(cmd.slotStart(), properties.slotLength(), sp.openingHours, zone,
                                clock.instant());
                        seats = SlotRules.seats(sp.capacity, properties.defaultSeats());
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    return practitionerKnown(cmd.practitionerId())
                            .then(Mono.defer(() -> take(sp, cmd, seats, user, key)));
                })));
    }

    /** A replay of the caller's own key, answered only while the appointment is still in the caller's capture scope. */
    private static Mono<Booked> replayed(AppointmentDocument d, PlatformPrincipal user) {
        return user.canCapture(d.areaPath) ? Mono.just(new Booked(d.toDomain(), false))
                : Mono.error(ApiException.forbidden("The appointment of this Idempotency-Key is outside your scope"));
    }

    /**
     * The view of an appointment the caller gets, from the chassis field-view policy (CASE records):
     * the session's notes and observed risk in the CLINICAL view only.
     */
    public FieldView view(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.SESSION);
    }

    private Mono<Void> practitionerKnown(String practitionerId) {
        if (practitionerId == null) {
            return Mono.empty();
        }
        return mongo.exists(new Query(Criteria.where("_id").is(practitionerId)), PractitionerDocument.class)
                .flatMap(found -> found ? Mono.<Void>empty()
                        : Mono.error(ApiException.invalid("unknown-practitioner", "Practitioner " + practitionerId
                                + " is not known", Map.of("errors", List.of(Map.of("field", "practitionerId",
                                        "message", "no such practitioner"))))));
    }

    private Mono<Booked> take(ServicePointDocument sp, Book cmd, int seats, PlatformPrincipal user,
            String idempotencyKey) {
        return slots.take(sp.id, cmd.slotStart(), seats)
                .switchIfEmpty(Mono.error(new ApiException(HttpStatus.CONFLICT, "slot-full", "Slot full",
                        "All " + seats + " seat(s) of this slot are booked", Map.of("seats", seats))))
                .flatMap(taken -> {
                    String id = idempotencyKey == null ? "ap-" + UUID.randomUUID()
                            : "ap-" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
                    Appointment a;
                    try {
                        a = Appointment.book(id, cmd.personId(), sp.id, cmd.practitionerId(), cmd.slotStart(),
                                sp.areaCode, sp.areaPath, user.subject(), clock.instant());
                    } catch (RuleException e) {
                        return slots.release(sp.id, cmd.slotStart()).then(Mono.error(Problems.of(e)));
                    }
                    AppointmentDocument d = AppointmentDocument.of(a);
                    d.idempotencyKey = idempotencyKey;
                    d.outbox.addAll(outbox(a, taken, seats));
                    return appointments.insert(d)
                            .map(x -> {
                                relay.nudge();
                                return new Booked(a, true);
                            })
                            // the seat goes back whatever failed; a lost race on the Idempotency-Key replays the winner
                            .onErrorResume(e -> slots.release(sp.id, cmd.slotStart())
                                    .then(e instanceof DuplicateKeyException && idempotencyKey != null
                                            ? appointments.findByIdempotencyKey(idempotencyKey)
                                                    .flatMap(w -> replayed(w, user))
                                            : Mono.error(e)));
                });
    }

    public Mono<Appointment> get(String id, PlatformPrincipal user) {
        requireReader(user);
        return appointments.findById(id).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Appointment", id)))
                .map(AppointmentDocument::toDomain)
                .flatMap(a -> audited(a, user));
    }

    /** A service point's appointments in a time window, by slot. */
    public Flux<Appointment> list(String servicePointId, Instant from, Instant to, PlatformPrincipal user) {
        requireReader(user);
        Criteria c = Criteria.where("servicePointId").is(servicePointId);
        if (from != null || to != null) {
            c = c.and("slotStart");
            if (from != null) {
                c = c.gte(from);
            }
            if (to != null) {
                c = c.lt(to);
            }
        }
        return mongo.find(new Query(Scopes.viewable(c, user, "areaPath")).with(Sort.by("slotStart")).limit(500),
                        AppointmentDocument.class)
                .filter(d -> user.canView(d.areaPath)).map(AppointmentDocument::toDomain)
                .concatMap(a -> audited(a, user));
    }

    private Mono<Appointment> audited(Appointment a, PlatformPrincipal user) {
        return audit.record(user, "appointment", a.id(), a.personId(), view(user).name().toLowerCase(Locale.ROOT),
                null).thenReturn(a);
    }

    public Mono<Appointment> cancel(String id, PlatformPrincipal user) {
        return mutate(id, user, BOOKERS, a -> a.cancel(user.subject(), clock.instant()))
                .flatMap(a -> slots.release(a.servicePointId(), a.slotStart()).thenReturn(a));
    }

    public Mono<Appointment> noShow(String id, PlatformPrincipal user) {
        return mutate(id, user, BOOKERS, a -> a.markNoShow(user.subject(), clock.instant()));
    }

    /**
     * Completes the appointment; a MEDIUM or HIGH risk observation opens (or joins) a crisis case of
     * that tier first. The case is routed by the person's owning area (their home grid's units and
     * responders), not by the service point where the session took place; a person the index does
     * not know yet falls back to the appointment's area.
     */
    public Mono<Appointment> recordSession(String id, RecordSession cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(SESSION_RECORDERS)) {
            return Mono.error(ApiException.forbidden("Only counsellors and clinicians record sessions"));
        }
        return loadForChange(id, user).flatMap(d -> {
            RiskTier tier = sessionTier(cmd.risk());
            if (tier == null || d.status != AppointmentStatus.BOOKED) {
                return Mono.just("");
            }
            return persons.find(d.personId)
                    .map(owner -> Map.entry(owner.areaCode(), owner.areaPath()))
                    .defaultIfEmpty(Map.entry(d.areaCode, d.areaPath))
                    .flatMap(area -> crisis.open(d.personId, tier, CaseSource.MANUAL, "session:" + d.id,
                            area.getKey(), area.getValue(), List.of("counselling-session"), user.subject(), null))
                    .map(o -> o.crisisCase().id());
        }).flatMap(caseId -> mutate(id, user, SESSION_RECORDERS, a -> a.recordSession(cmd.practitionerId(),
                cmd.durationMinutes(), cmd.modality(), cmd.risk(), cmd.notes(), caseId.isEmpty() ? null : caseId,
                user.subject(), clock.instant())));
    }

    /** The crisis tier a session's observed risk opens: MEDIUM and HIGH do, LOW and NONE do not. */
    static RiskTier sessionTier(ObservedRisk risk) {
        return risk == ObservedRisk.HIGH ? RiskTier.HIGH : risk == ObservedRisk.MEDIUM ? RiskTier.MEDIUM : null;
    }

    private Mono<AppointmentDocument> loadForChange(String id, PlatformPrincipal user) {
        if (view(user) == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Your role has no access to appointments"));
        }
        return Mono.defer(() -> appointments.findById(id))
                .filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Appointment", id)))
                .flatMap(d -> user.canCapture(d.areaPath) ? Mono.just(d)
                        : Mono.error(ApiException.forbidden("The appointment is outside your capture scope")));
    }

    private Mono<Appointment> mutate(String id, PlatformPrincipal user, Set<String> roles,
            java.util.function.Consumer<Appointment> change) {
        if (!user.hasAnyRole(roles)) {
            return Mono.error(ApiException.forbidden("Your role may not change appointments this way"));
        }
        return loadForChange(id, user).flatMap(d -> {
            Appointment a = d.toDomain();
            long read = a.version();
            try {
                change.accept(a);
            } catch (RuleException e) {
                return Mono.error(Problems.of(e));
            }
            return AggregateWrites.update(mongo, AppointmentDocument.COLLECTION, AppointmentDocument.of(a), a.id(),
                    read, outbox(a, 0, 0)).flatMap(ok -> {
                        if (!ok) {
                            return Mono.error(new StaleVersionException(a.id()));
                        }
                        relay.nudge();
                        return Mono.just(a);
                    });
        }).retryWhen(Retry.backoff(3, Duration.ofMillis(20)).filter(StaleVersionException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> ApiException.conflict("concurrent-update",
                        "The appointment changed while this request ran; try again")));
    }

    private List<OutboxEvent> outbox(Appointment a, int taken, int seats) {
        List<OutboxEvent> out = new ArrayList<>();
        for (AppointmentEvent e : a.changes()) {
            if (e instanceof AppointmentEvent.Booked) {
                out.add(events.create(PsychEvents.APPOINTMENT_BOOKED, a.personId(), new AppointmentBookedV1(a.id(),
                        e.version(), e.at(), a.personId(), a.servicePointId(), a.practitionerId(), a.slotStart(),
                        a.areaCode(), a.areaPath(), taken, seats)));
            } else if (e instanceof AppointmentEvent.Cancelled) {
                out.add(events.create(PsychEvents.APPOINTMENT_CANCELLED, a.personId(), new AppointmentCancelledV1(
                        a.id(), e.version(), e.at(), a.personId(), a.servicePointId(), a.practitionerId(),
                        a.slotStart(), a.areaCode(), a.areaPath())));
            } else if (e instanceof AppointmentEvent.Missed) {
                out.add(events.create(PsychEvents.APPOINTMENT_MISSED, a.personId(), new AppointmentMissedV1(a.id(),
                        e.version(), e.at(), a.personId(), a.servicePointId(), a.practitionerId(), a.slotStart(),
                        a.areaCode(), a.areaPath())));
            } else if (e instanceof AppointmentEvent.SessionRecorded) {
                var s = a.session();
                out.add(events.create(PsychEvents.COUNSELLING_SESSION_RECORDED, a.personId(),
                        new CounsellingSessionRecordedV1(a.id(), e.version(), e.at(), a.personId(),
                                a.servicePointId(), a.practitionerId(), a.slotStart(), a.areaCode(), a.areaPath(),
                                s.durationMinutes(), s.modality().name(), s.riskObserved().name(), s.crisisCaseId())));
            }
        }
        return out;
    }

    private void requireReader(PlatformPrincipal user) {
        if (!user.hasAnyRole(BOOKERS) || view(user) == FieldView.NONE) {
            throw ApiException.forbidden("Your role has no access to appointments");
        }
    }
}
