package org.socialpsych.psych.smd.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.psych.crisis.application.Cursors;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.events.psych.SmdFollowUpRecordedV1;
import org.socialpsych.events.psych.SmdPatientRegisteredV1;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.smd.domain.FollowUpSchedule;
import org.socialpsych.psych.smd.domain.SmdFollowUp;
import org.socialpsych.psych.smd.domain.SmdPatient;
import org.socialpsych.psych.smd.infra.SmdPatientDocument;
import org.socialpsych.psych.smd.infra.SmdPatientRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SMD registry and its follow-ups (docs/domain.md §3, §4.4). */
@Service
public class SmdService {

    /**
     * Who registers patients and records follow-ups. Who reads the diagnosis group, risk and
     * follow-up notes is not this list but the field-view policy's CASE view ({@link #view}).
     */
    public static final Set<String> CLINICAL = Set.of(Roles.SYSTEM_ADMIN, Roles.CLINICIAN);
    /** Who reads the registry at all; the view decides which fields (grid workers get the due lists only). */
    public static final Set<String> READERS = Set.of(Roles.SYSTEM_ADMIN, Roles.CLINICIAN, Roles.AREA_ADMIN,
            Roles.GRID_WORKER);

    public record Register(String subjectId, boolean confirmed, LocalDate confirmedOn, String diagnosisGroup,
            String areaCode, String responsibleWorker, List<String> caseTeam) {
    }

    public record FollowUp(LocalDate date, int risk, boolean markedSymptoms, String note) {
    }

    public enum DueFilter {
        DUE, OVERDUE
    }

    private final SmdPatientRepository patients;
    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ZoneId zone;
    private final FollowUpSchedule schedule;
    private final ReadAuditLog audit;
    private final FieldViewPolicy views;
    private final PersonIndex persons;

    public SmdService(SmdPatientRepository patients, ReactiveMongoTemplate mongo, AreaTree areas,
            OutboxEventFactory events, OutboxRelay relay, Clock clock, SmdProperties properties,
            @Value("${socialpsych.psych.zone:Asia/Shanghai}") String zone, ReadAuditLog audit,
            FieldViewPolicy views, PersonIndex persons) {
        this.persons = persons;
        this.audit = audit;
        this.views = views;
        this.patients = patients;
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.schedule = properties.toSchedule();
    }

    /**
     * The view of a patient record the caller gets, from the chassis field-view policy (CASE
     * records): diagnosis group, risk and follow-ups (with notes) in the CLINICAL view only.
     */
    public FieldView view(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.CASE);
    }

    private boolean reader(PlatformPrincipal user) {
        return user.hasAnyRole(READERS) && view(user) != FieldView.NONE;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Mono<SmdPatient> register(Register cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(CLINICAL) || view(user) == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Only clinicians register SMD patients"));
        }
        // ownership (ADR 0010): an issued person whose owning area the clinician captures
        return persons.requireCaptured("subjectId", cmd.subjectId(), user).then(areas.get(cmd.areaCode()))
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    SmdPatient p;
                    try {
                        p = SmdPatient.register("smd-" + UUID.randomUUID(), cmd.subjectId(), cmd.confirmed(),
                                cmd.confirmedOn(), cmd.diagnosisGroup(), area.code(), area.path(),
                                cmd.responsibleWorker(), cmd.caseTeam(), clock.instant(), today(), schedule);
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    SmdPatientDocument d = SmdPatientDocument.of(p);
                    d.outbox.add(events.create(PsychEvents.SMD_PATIENT_REGISTERED, p.subjectId(),
                            new SmdPatientRegisteredV1(p.id(), p.version(), p.registeredAt(), p.subjectId(),
                                    p.areaCode(), p.areaPath(), p.nextDue())));
                    return patients.insert(d).doOnSuccess(x -> relay.nudge()).thenReturn(p)
                            .onErrorMap(DuplicateKeyException.class, e -> ApiException.conflict("already-registered",
                                    "This person is already on the SMD registry"));
                });
    }

    public Mono<SmdPatient> get(String id, PlatformPrincipal user) {
        if (!reader(user)) {
            return Mono.error(ApiException.forbidden("Your role has no access to the SMD registry"));
        }
        return patients.findById(id).filter(d -> user.canView(d.areaPath)).map(SmdPatientDocument::toDomain)
                .switchIfEmpty(Mono.error(ApiException.notFound("SMD patient", id)))
                .flatMap(p -> audited(p, user));
    }

    /** Every read of a patient record is audit-logged before it is served. */
    private Mono<SmdPatient> audited(SmdPatient p, PlatformPrincipal user) {
        return audit.record(user, "smd-patient", p.id(), p.subjectId(), view(user).name().toLowerCase(Locale.ROOT),
                null).thenReturn(p);
    }

    /** Due and overdue lists, per worker when {@code worker} is given; {@code withinDays} widens "due". */
    public Mono<CursorPage<SmdPatient>> list(String under, String worker, DueFilter due, int withinDays, String cursor,
            int limit, PlatformPrincipal user) {
        if (!reader(user)) {
            return Mono.error(ApiException.forbidden("Your role has no access to the SMD registry"));
        }
        Criteria c = new Criteria();
        if (under != null) {
            c = c.and("areaPath").is(under);
        }
        if (worker != null) {
            c = c.and("responsibleWorker").is(worker);
        }
        LocalDate today = today();
        if (due == DueFilter.OVERDUE) {
            c = c.and("nextDue").lt(today);
        } else if (due == DueFilter.DUE) {
            c = c.and("nextDue").lte(today.plusDays(Math.max(0, withinDays)));
        }
        // due first, then by id: the scope filter is in the query, pages follow the cursor
        return Cursors.page(mongo, Scopes.viewable(c, user, "areaPath"), SmdPatientDocument.class, "nextDue",
                        LocalDate::parse, d -> d.nextDue, d -> d.id, cursor, limit)
                .flatMap(page -> Flux.fromIterable(page.items()).filter(d -> user.canView(d.areaPath))
                        .map(SmdPatientDocument::toDomain).concatMap(p -> audited(p, user)).collectList()
                        .map(items -> new CursorPage<>(items, page.next())));
    }

    public Mono<SmdPatient> recordFollowUp(String id, FollowUp cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(CLINICAL) || view(user) == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Only clinicians record SMD follow-ups"));
        }
        return patients.findById(id).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("SMD patient", id)))
                .flatMap(d -> {
                    if (!user.canCapture(d.areaPath)) {
                        return Mono.error(ApiException.forbidden("The patient is outside your capture scope"));
                    }
                    SmdPatient p = d.toDomain();
                    long read = p.version();
                    SmdFollowUp f;
                    try {
                        f = p.recordFollowUp(cmd.date() == null ? today() : cmd.date(), cmd.risk(),
                                cmd.markedSymptoms(), user.subject(), cmd.note(), today(), schedule);
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    var event = events.create(PsychEvents.SMD_FOLLOW_UP_RECORDED, p.subjectId(),
                            new SmdFollowUpRecordedV1(p.id(), p.version(), clock.instant(), p.subjectId(),
                                    p.areaCode(), p.areaPath(), f.date(), f.risk(), f.classification().name(),
                                    f.onTime(), f.nextDue(), p.followUpsIn(f.date().getYear())));
                    return AggregateWrites.update(mongo, SmdPatientDocument.COLLECTION, SmdPatientDocument.of(p),
                            p.id(), read, List.of(event))
                            .flatMap(ok -> ok ? Mono.just(p).doOnNext(x -> relay.nudge())
                                    : Mono.error(ApiException.conflict("concurrent-update",
                                            "The patient record changed while this request ran; try again")));
                });
    }

    /** Changes the responsible worker and the multi-agency case team (clinicians and administrators in capture scope). */
    public Mono<SmdPatient> changeCaseTeam(String id, String responsibleWorker, List<String> caseTeam,
            PlatformPrincipal user) {
        if (!user.hasAnyRole(java.util.Set.of(Roles.CLINICIAN, Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))
                || view(user) == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Only clinicians and administrators change a case team"));
        }
        return patients.findById(id).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("SMD patient", id)))
                .flatMap(d -> {
                    if (!user.canCapture(d.areaPath)) {
                        return Mono.error(ApiException.forbidden("The patient is outside your capture scope"));
                    }
                    SmdPatient p = d.toDomain();
                    long read = p.version();
                    p.assignCaseTeam(responsibleWorker == null ? p.responsibleWorker() : responsibleWorker, caseTeam);
                    return AggregateWrites.update(mongo, SmdPatientDocument.COLLECTION, SmdPatientDocument.of(p),
                            p.id(), read, List.of())
                            .flatMap(ok -> ok ? Mono.just(p)
                                    : Mono.error(ApiException.conflict("concurrent-update",
                                            "The patient record changed while this request ran; try again")));
                })
                .flatMap(p -> audited(p, user));
    }

    public int followUpsThisYear(SmdPatient p) {
        return p.followUpsIn(today().getYear());
    }

    public boolean overdue(SmdPatient p) {
        return p.overdue(today());
    }
}
