package org.socialpsych.grid.gridevent.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.events.grid.GridEventClosedV1;
import org.socialpsych.events.grid.GridEventDispatchedV1;
import org.socialpsych.events.grid.GridEventOpenedV1;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.gridevent.domain.Deadlines;
import org.socialpsych.grid.gridevent.domain.GridEventRules;
import org.socialpsych.grid.gridevent.domain.GridEventRules.Step;
import org.socialpsych.grid.gridevent.domain.GridEventStatus;
import org.socialpsych.grid.gridevent.infra.GridEventDocument;
import org.socialpsych.grid.gridevent.infra.GridEventRepository;
import org.socialpsych.grid.staff.application.GridAccess;
import org.socialpsych.grid.staff.application.GridAccess.Visibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The grid event loop. Each step and its event are one version-conditional document update. A grid
 * event may name a person ({@code subjectId}) and tells their story (title, notes): it is a case
 * record (record class CASE of the chassis field-view policy). Roles whose view is NONE (analysts,
 * auditors, residents) get 403; the view a caller gets is {@link #viewOf}.
 */
@Service
public class GridEventService {

    public record Report(String category, String gridCode, String title, String description, Double latitude,
            Double longitude, String subjectId, Instant occurredAt) {
    }

    public record StepInput(String handlerId, String note, Integer score) {
    }

    private final GridEventRepository repo;
    private final AreaRepository areas;
    private final GridAccess access;
    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final GridProperties properties;
    private final DeadlineService deadlines;
    private final org.socialpsych.grid.calendar.application.WorkCalendarService calendars;
    private final FieldViewPolicy views;
    private final Clock clock;
    private final org.socialpsych.chassis.audit.ReadAuditLog audit;

    public GridEventService(GridEventRepository repo, AreaRepository areas, GridAccess access,
            ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay, GridProperties properties,
            DeadlineService deadlines, FieldViewPolicy views, Clock clock,
            org.socialpsych.chassis.audit.ReadAuditLog audit,
            org.socialpsych.grid.calendar.application.WorkCalendarService calendars) {
        this.calendars = calendars;
        this.audit = audit;
        this.views = views;
        this.deadlines = deadlines;
        this.repo = repo;
        this.areas = areas;
        this.access = access;
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<GridEventDocument> report(Report cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!properties.events().categories().containsKey(cmd.category())) {
            return Mono.error(Problems.invalidField("unknown-category", "category",
                    "one of " + properties.events().categories().keySet()));
        }
        if (!user.hasAnyRole(List.of(Roles.GRID_WORKER, Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only grid workers and area admins report grid events"));
        }
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        // the key is the caller's own; a replay is authorized again with the caller's current token
        Mono<GridEventDocument> replay = key == null ? Mono.empty()
                : repo.findByIdempotencyKey(key).flatMap(d -> replayable(d, user));
        return replay.switchIfEmpty(Mono.defer(() -> access.writable(user).flatMap(w -> areas.findByCode(cmd.gridCode())
                .switchIfEmpty(Mono.error(Problems.invalidField("unknown-grid", "gridCode", "no such grid")))
                .flatMap(a -> {
                    if (a.level != AreaLevel.GRID || a.validTo != null) {
                        return Mono.error(Problems.invalidField("not-a-grid", "gridCode", "not an active grid"));
                    }
                    if (!w.covers(a.path)) {
                        return Mono.error(ApiException.forbidden("The grid is outside your capture scope"));
                    }
                    Instant now = clock.instant();
                    GridEventDocument d = new GridEventDocument();
                    d.id = "ge-" + UUID.randomUUID();
                    d.category = cmd.category();
                    d.title = cmd.title();
                    d.description = cmd.description();
                    d.gridCode = a.code;
                    d.gridPath = a.path;
                    d.latitude = cmd.latitude();
                    d.longitude = cmd.longitude();
                    d.subjectId = cmd.subjectId();
                    d.occurredAt = cmd.occurredAt() == null ? now : cmd.occurredAt();
                    d.status = GridEventStatus.COLLECTED;
                    d.reportedBy = user.subject();
                    d.reportedAt = now;
                    d.version = 1;
                    d.idempotencyKey = key;
                    d.history.add(new GridEventDocument.Step("COLLECT", user.subject(), now, null));
                    return repo.insert(d).onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                            : repo.findByIdempotencyKey(key).flatMap(x -> replayable(x, user)));
                }))));
    }

    private Mono<GridEventDocument> replayable(GridEventDocument d, PlatformPrincipal user) {
        return access.writable(user).flatMap(w -> w.covers(d.gridPath) ? Mono.just(d)
                : Mono.error(ApiException.forbidden("The grid is outside your capture scope")));
    }

    /** The view of grid events the caller gets: GOVERNANCE or richer in full, MINIMAL without the story. */
    public FieldView viewOf(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.CASE);
    }

    /** Some view of cases, and a role that {@link GridAccess} scopes to grids (403 for the others). */
    private Mono<Void> requireCaseView(PlatformPrincipal user) {
        return viewOf(user) == FieldView.NONE || !GridAccess.reachesGrids(user)
                ? Mono.error(ApiException.forbidden("Your role has no access to grid events"))
                : Mono.empty();
    }

    public Mono<GridEventDocument> get(String id, PlatformPrincipal user) {
        return requireCaseView(user).then(access.viewable(user)).flatMap(v -> repo.findById(id).filter(d -> visible(v, d, user)))
                .switchIfEmpty(Mono.error(ApiException.notFound("Grid event", id)))
                .flatMap(d -> audited(d, user));
    }

    /**
     * An event that names a person ({@code subjectId}) is a person-level read: it goes to the chassis
     * read audit (purpose from {@code X-Purpose}) before it is served, in lists as in single reads.
     */
    private Mono<GridEventDocument> audited(GridEventDocument d, PlatformPrincipal user) {
        if (d.subjectId == null) {
            return Mono.just(d);
        }
        return audit.record(user, "grid-event", d.id, d.subjectId, viewOf(user).name().toLowerCase(java.util.Locale.ROOT),
                null).thenReturn(d);
    }

    private static boolean visible(Visibility v, GridEventDocument d, PlatformPrincipal user) {
        // the supervising area sees an escalated event through its admins only (person-level data)
        // the handler holds a task on the case (re-dispatched from a neighbouring grid), within their token's scope
        return v.covers(d.gridPath) || d.notifiedGrids.stream().anyMatch(v.grids()::contains)
                || (d.handlerId != null && d.handlerId.equals(user.subject()) && user.hasRole(Roles.GRID_WORKER)
                        && user.canView(d.gridPath))
                || (d.escalatedTo != null && user.hasRole(Roles.AREA_ADMIN) && user.canView(List.of(d.escalatedTo)));
    }

    /**
     * One page of the case list, in id order from {@code cursor}: events in a grid (and those
     * notified to it), under supervision by an area, under an area ({@code under}: a town's or
     * village's work list, the caller must see that area), or — without a filter — the caller's own:
     * a worker's grids, an admin's view scope, everything for SYSTEM_ADMIN. {@code status} and
     * {@code overdue} (deadline passed while dispatched or in handling) narrow it. The scope is part of
     * the query for {@code under} and the defaults; the visibility rules that are not (neighbour
     * notices, supervision, handler) are applied while reading on, so a page is only short when no
     * more events exist: no silent caps.
     */
    public Mono<CursorPage<GridEventDocument>> list(String grid, String supervisedBy, String under,
            GridEventStatus status, Boolean overdue, int limit, String cursor, PlatformPrincipal user) {
        return requireCaseView(user).then(access.viewable(user)).flatMap(v -> {
            Mono<Criteria> scope;
            if (grid != null) {
                scope = Mono.just(new Criteria().orOperator(Criteria.where("gridCode").is(grid),
                        Criteria.where("notifiedGrids").is(grid)));
            } else if (supervisedBy != null) {
                scope = Mono.just(Criteria.where("escalatedTo").is(supervisedBy).and("inSupervision").is(true));
            } else if (under != null) {
                scope = areas.findByCode(under).filter(a -> user.canView(a.path))
                        .switchIfEmpty(Mono.error(ApiException.notFound("Area", under)))
                        .map(a -> Criteria.where("gridPath").is(under));
            } else if (v.all()) {
                scope = Mono.just(new Criteria());
            } else if (!v.scopeRoots().isEmpty()) {
                scope = Mono.just(Criteria.where("gridPath").in(v.scopeRoots()));
            } else {
                List<String> grids = new ArrayList<>(v.grids());
                scope = Mono.just(new Criteria().orOperator(Criteria.where("gridCode").in(grids),
                        Criteria.where("notifiedGrids").in(grids), Criteria.where("handlerId").is(user.subject())));
            }
            return scope.flatMap(c -> {
                List<Criteria> all = new ArrayList<>(List.of(c));
                if (status != null) {
                    all.add(Criteria.where("status").is(status));
                }
                if (Boolean.TRUE.equals(overdue)) {
                    all.add(Criteria.where("deadlineAt").lt(clock.instant()).and("status")
                            .in(GridEventStatus.DISPATCHED, GridEventStatus.HANDLING));
                }
                if (cursor != null) {
                    all.add(Criteria.where("_id").gt(CursorPage.parts(cursor, 1).get(0)));
                }
                Query q = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new)))
                        .with(Sort.by(Sort.Direction.ASC, "_id"));
                return mongo.find(q, GridEventDocument.class).filter(d -> visible(v, d, user))
                        .take(limit + 1L).collectList()
                        .map(rows -> CursorPage.of(rows, limit, d -> CursorPage.cursor(d.id)));
            }).flatMap(page -> Flux.fromIterable(page.items()).concatMap(d -> audited(d, user)).collectList()
                    .map(items -> new CursorPage<>(items, page.next())));
        });
    }

    public Mono<GridEventDocument> step(String id, Step step, StepInput in, PlatformPrincipal user) {
        boolean supervisory = step != Step.HANDLE && step != Step.FEEDBACK && step != Step.SEND_BACK;
        if (supervisory && !user.hasAnyRole(List.of(Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only a supervisor (AREA_ADMIN) can " + step.name().toLowerCase()));
        }
        return get(id, user).flatMap(d -> {
            if (d.purgedAt != null) {
                return Mono.error(ApiException.conflict("purged", "The event's retention period ended; it was purged"));
            }
            if (supervisory && !user.canCapture(d.gridPath)) {
                return Mono.error(ApiException.forbidden("The event is outside your capture scope"));
            }
            try {
                GridEventRules.check(step, d.status, user.subject(), d.openedBy, d.handlerId,
                        in == null ? null : in.handlerId(), in == null ? null : in.note());
            } catch (GridEventRules.Violation e) {
                return Mono.error(e.code().equals("invalid-transition")
                        ? ApiException.conflict(e.code(), e.getMessage())
                        : ApiException.invalid(e.code(), e.getMessage(), java.util.Map.of()));
            }
            if (step == Step.EVALUATE && (in == null || in.score() == null || in.score() < 1 || in.score() > 5)) {
                return Mono.error(Problems.invalidField("invalid-score", "score", "1 to 5"));
            }
            // dispatch only to grid staff serving today in a grid of the dispatcher's capture scope
            Mono<Void> handler = step == Step.DISPATCH || step == Step.REDISPATCH
                    ? access.servesWithin(in.handlerId(), user).flatMap(ok -> ok ? Mono.<Void>empty()
                            : Mono.error(Problems.invalidField("unknown-handler", "handlerId",
                                    "no grid staff member serving in your scope today has this id")))
                    : Mono.empty();
            return handler.then(prepare(d, step, in, user)).flatMap(u -> apply(d, u));
        });
    }

    private Mono<Update> prepare(GridEventDocument d, Step step, StepInput in, PlatformPrincipal user) {
        Instant now = clock.instant();
        long v = d.version + 1;
        GridProperties.Category cat = properties.events().categories().getOrDefault(d.category,
                new GridProperties.Category(null, null, null, null));
        Update u = new Update().set("status", GridEventRules.to(step)).set("version", v)
                .push("history", new GridEventDocument.Step(step.name(), user.subject(), now,
                        in == null ? null : in.note()));
        switch (step) {
            case OPEN -> {
                Mono<List<String>> neighbours = cat.notifyNeighbours()
                        ? areas.findByCode(d.gridCode).map(a -> a.neighbours == null ? List.<String>of() : a.neighbours)
                                .defaultIfEmpty(List.of())
                        : Mono.just(List.of());
                return neighbours.map(n -> u.set("openedBy", user.subject()).set("openedAt", now)
                        .set("notifiedGrids", n)
                        .push("outbox", events.create(GridEvents.GRID_EVENT_OPENED, d.subjectId, new GridEventOpenedV1(
                                d.id, v, now, d.category, d.gridCode, d.gridPath, d.subjectId, now, n))));
            }
            case SEND_BACK -> {
                // back at the dispatching centre: no handler, no deadline running until it is dispatched again
                return Mono.just(u.unset("handlerId").unset("dispatchedAt").unset("deadlineAt")
                        .unset("nextEscalationAt"));
            }
            case DISPATCH, REDISPATCH -> {
                // the deadline of the category in this grid: grid → village → town → county → default
                // whole days count working days of the grid's calendar where the category says so
                return Mono.zip(deadlines.forCategory(d.gridPath, d.category), calendars.forPath(d.gridPath))
                        .map(t -> {
                    Deadlines.Resolved r = t.getT1();
                    Instant deadline = t.getT2().deadline(now, r.deadline(), cat.workingDays(), clock.getZone());
                    return u.set("handlerId", in.handlerId()).set("dispatchedAt", now).set("deadlineAt", deadline)
                            .set("nextEscalationAt", deadline)
                            .set("escalateEverySeconds", r.escalateEvery().toSeconds())
                            .set("deadlineFrom", r.deadlineFrom())
                            .push("outbox", events.create(GridEvents.GRID_EVENT_DISPATCHED, d.subjectId,
                                    new GridEventDispatchedV1(d.id, v, now, d.category, d.gridCode, d.gridPath,
                                            in.handlerId(), now, deadline)));
                });
            }
            case FEEDBACK -> u.set("feedbackAt", now).unset("nextEscalationAt");
            case REJECT -> u.unset("feedbackAt").set("nextEscalationAt",
                    d.escalationLevel == 0 ? d.deadlineAt : now.plus(d.escalateEvery(cat)));
            case CLOSE -> {
                boolean onTime = d.feedbackAt != null && d.deadlineAt != null && !d.feedbackAt.isAfter(d.deadlineAt);
                u.set("closedBy", user.subject()).set("closedAt", now).set("onTime", onTime)
                        .set("inSupervision", false).unset("nextEscalationAt")
                        .push("outbox", events.create(GridEvents.GRID_EVENT_CLOSED, d.subjectId, new GridEventClosedV1(
                                d.id, v, now, d.category, d.gridCode, d.gridPath, d.dispatchedAt, d.deadlineAt,
                                d.feedbackAt, now, onTime, d.escalationLevel > 0)));
            }
            case EVALUATE -> u.set("evaluationScore", in.score());
            default -> {
            }
        }
        return Mono.just(u);
    }

    private Mono<GridEventDocument> apply(GridEventDocument d, Update u) {
        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("version").is(d.version)), u,
                GridEventDocument.class)
                .flatMap(r -> r.getModifiedCount() == 0
                        ? Mono.error(ApiException.conflict("concurrent-change", "The event changed meanwhile; reload"))
                        : repo.findById(d.id))
                .doOnNext(x -> relay.nudge());
    }

}
