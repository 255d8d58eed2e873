package org.socialpsych.grid.staff.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.StaffAssignmentEndedV1;
import org.socialpsych.events.grid.StaffAssignmentStartedV1;
import org.socialpsych.events.grid.StaffReassignedV1;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.staff.domain.Assignment;
import org.socialpsych.grid.staff.domain.StaffRole;
import org.socialpsych.grid.staff.infra.AssignmentDocument;
import org.socialpsych.grid.staff.infra.AssignmentRepository;
import org.socialpsych.grid.staff.infra.ReassignmentDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Dated assignments of grid leaders, workers and volunteers ("1+n+n"), and bulk reassignment.
 * Each assignment carries its own StaffAssignmentStarted/Ended events (one document write each);
 * a bulk reassignment adds one StaffReassigned summary. Events hold pseudonymous subject ids only.
 * Staff lists (who serves which grid) are read by those who manage or supervise grids only: see
 * {@link #list}.
 */
@Service
public class StaffService implements PeriodicJob {

    public record Assign(String personId, StaffRole role, String gridCode, LocalDate validFrom) {
    }

    public record Reassigned(List<Assignment> ended, List<Assignment> created) {
    }

    private static final String ENDED = "ENDED";
    private static final String REASSIGNED = "REASSIGNED";

    private final AssignmentRepository assignments;
    private final AreaRepository areas;
    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final GridAccess access;
    private final Clock clock;
    private volatile boolean openKeysComplete;

    public StaffService(AssignmentRepository assignments, AreaRepository areas, ReactiveMongoTemplate mongo,
            OutboxEventFactory events, OutboxRelay relay, GridAccess access, Clock clock,
            GridProperties properties) {
        this.jobInterval = properties.scheduler().interval();
        this.access = access;
        this.assignments = assignments;
        this.areas = areas;
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<Assignment> assign(Assign cmd, PlatformPrincipal user, String idempotencyKey) {
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        // the key is the caller's own; a replay is authorized again with the caller's current token
        Mono<Assignment> replay = key == null ? Mono.empty()
                : assignments.findByIdempotencyKey(key).flatMap(d -> replayable(d, user))
                        .map(AssignmentDocument::toDomain);
        return requireAdmin(user).then(replay.switchIfEmpty(Mono.defer(() -> grid(cmd.gridCode(), user)
                .flatMap(grid -> insert(cmd.personId(), cmd.role(), grid,
                        cmd.validFrom() == null ? LocalDate.now(clock) : cmd.validFrom(), user.subject(),
                        "gs-" + UUID.randomUUID(), key, null, null)))));
    }

    private static Mono<AssignmentDocument> replayable(AssignmentDocument d, PlatformPrincipal user) {
        return user.canCapture(d.gridPath) ? Mono.just(d)
                : Mono.error(ApiException.forbidden("The grid is outside your capture scope"));
    }

    public Mono<Assignment> end(String id, LocalDate validTo, PlatformPrincipal user) {
        return requireAdmin(user).then(assignments.findById(id))
                .filter(d -> user.canCapture(d.gridPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Assignment", id)))
                .flatMap(d -> {
                    LocalDate to = validTo == null ? LocalDate.now(clock) : validTo;
                    if (d.validTo != null) {
                        return Mono.just(d.toDomain());
                    }
                    if (to.isBefore(d.validFrom)) {
                        return Mono.error(Problems.invalidField("invalid-date", "validTo", "before validFrom"));
                    }
                    return close(d, to, user.subject(), ENDED, null).then(assignments.findById(id))
                            .map(AssignmentDocument::toDomain);
                });
    }

    /**
     * Staff of a grid, or the assignments of a person. Read by the roles that manage or supervise
     * grids: SYSTEM_ADMIN everywhere, AREA_ADMIN in their view scope, a GRID_WORKER for the grids they
     * serve today (their colleagues there) and their own assignments, and the AUDITOR in their view
     * scope (who could reach which grid's residents is what an access review checks). Every other
     * role (police liaison, hotline, clinicians, counsellors, analysts, residents, external systems)
     * gets 403: who serves where is not what they need, and reporting counts staff from the events.
     * One cursor page, latest start first ({@code validFrom}, then id, both descending), the caller's
     * scope in the query.
     */
    public Mono<org.socialpsych.chassis.web.CursorPage<Assignment>> list(String gridCode, String personId, int limit,
            String cursor, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.GRID_WORKER, Roles.AUDITOR))) {
            return Mono.error(ApiException.forbidden("Staff lists are for those who manage or supervise grids"));
        }
        if (gridCode == null && personId == null) {
            return Mono.error(Problems.rule("missing-filter", "Give grid or person"));
        }
        List<Criteria> all = new java.util.ArrayList<>();
        if (gridCode != null) {
            all.add(Criteria.where("gridCode").is(gridCode));
        }
        if (personId != null) {
            all.add(Criteria.where("personId").is(personId));
        }
        if (cursor != null) {
            List<String> c = org.socialpsych.grid.common.Keyset.parts(cursor);
            all.add(org.socialpsych.grid.common.Keyset.after("validFrom", org.socialpsych.grid.common.Keyset.date(
                    c.get(0)), c.get(1), org.springframework.data.domain.Sort.Direction.DESC));
        }
        boolean scoped = user.hasAnyRole(List.of(Roles.AREA_ADMIN, Roles.AUDITOR));
        boolean worker = user.hasRole(Roles.GRID_WORKER);
        return access.viewable(user).flatMap(v -> {
            // the caller's scope in the query: their view scope, the grids they serve today, their own
            List<Criteria> scope = new java.util.ArrayList<>();
            if (!user.isSystemAdmin()) {
                if (scoped) {
                    scope.add(Criteria.where("gridPath").in(user.viewAreas()));
                }
                if (worker) {
                    scope.add(Criteria.where("personId").is(user.subject()));
                    scope.add(Criteria.where("gridCode").in(v.grids()));
                }
                all.add(new Criteria().orOperator(scope.toArray(Criteria[]::new)));
            }
            Query q = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new)))
                    .with(org.socialpsych.grid.common.Keyset.sort("validFrom",
                            org.springframework.data.domain.Sort.Direction.DESC));
            return mongo.find(q, AssignmentDocument.class)
                    .filter(d -> user.isSystemAdmin() || (scoped && user.canView(d.gridPath))
                            || (worker && (user.subject().equals(d.personId) || v.serves(d.gridPath))))
                    .take(limit + 1L).map(AssignmentDocument::toDomain).collectList()
                    .map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                            a -> org.socialpsych.grid.common.Keyset.cursor(a.validFrom(), a.id())));
        });
    }

    /**
     * The staff roster of a town or village (or any area): the assignments open today in grids under
     * {@code under}, optionally of one role, a cursor page in id order. SYSTEM_ADMIN; AREA_ADMIN and
     * AUDITOR with {@code under} in their view scope (404 outside it, the scope being in the query);
     * other roles 403.
     */
    public Mono<org.socialpsych.chassis.web.CursorPage<Assignment>> roster(String under, StaffRole role, int limit,
            String cursor, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.AUDITOR))) {
            return Mono.error(ApiException.forbidden("The staff roster is for those who manage or supervise grids"));
        }
        LocalDate today = LocalDate.now(clock);
        return areas.findByCode(under).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", under)))
                .flatMap(a -> {
                    List<Criteria> all = new java.util.ArrayList<>();
                    all.add(Criteria.where("gridPath").is(a.code));
                    all.add(new Criteria().orOperator(Criteria.where("validTo").is(null),
                            Criteria.where("validTo").gt(today)));
                    all.add(Criteria.where("validFrom").lte(today));
                    if (role != null) {
                        all.add(Criteria.where("role").is(role));
                    }
                    if (cursor != null) {
                        all.add(Criteria.where("_id").gt(org.socialpsych.chassis.web.CursorPage.parts(cursor, 1)
                                .get(0)));
                    }
                    Query q = new Query(new Criteria().andOperator(all.toArray(new Criteria[0])))
                            .with(org.springframework.data.domain.Sort.by("_id")).limit(limit + 1);
                    return mongo.find(q, AssignmentDocument.class).map(AssignmentDocument::toDomain).collectList()
                            .map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                                    x -> org.socialpsych.chassis.web.CursorPage.cursor(x.id())));
                });
    }

    /** The open assignments of a person (one prefix query on the unique {@code openKey} index). */
    public static Query openOf(String personId) {
        return new Query(Criteria.where("openKey").regex(AssignmentDocument.openKeyPrefix(personId)));
    }

    /**
     * Everything {@code from} serves (within the caller's capture scope) passes to {@code to} on
     * {@code effective}: the old assignments end, new ones with the same grid and role start. Visit
     * due lists and grid access follow automatically, since both are derived from assignments.
     */
    public Mono<Reassigned> reassign(String from, String to, LocalDate effective, PlatformPrincipal user) {
        LocalDate day = effective == null ? LocalDate.now(clock) : effective;
        if (from.equals(to)) {
            return Mono.error(Problems.invalidField("invalid-reassignment", "toPersonId", "same as fromPersonId"));
        }
        String reassignmentId = "sr-" + UUID.randomUUID();
        return requireAdmin(user).thenMany(mongo.find(openOf(from), AssignmentDocument.class))
                .filter(d -> d.validTo == null && user.canCapture(d.gridPath))
                .concatMap(d -> close(d, day, user.subject(), REASSIGNED, reassignmentId).then(
                        areas.findByCode(d.gridCode).flatMap(grid -> insert(to, d.role, grid, day, user.subject(),
                                d.id + "-to-" + to, null, reassignmentId, d.id)).map(a -> List.of(d.toDomain(), a))))
                .collectList()
                .flatMap(pairs -> {
                    Reassigned r = new Reassigned(pairs.stream().map(p -> p.get(0)).toList(),
                            pairs.stream().map(p -> p.get(1)).toList());
                    return r.ended().isEmpty() ? Mono.just(r)
                            : summary(reassignmentId, from, to, day, r, user.subject()).thenReturn(r);
                });
    }

    /**
     * A grid merged into {@code into} from {@code day}: everyone serving the merged grid serves the
     * surviving grid from that day (their assignment ends with reason REASSIGNED, a new one starts
     * with the old one as predecessor; reassignment id {@code merge-<code>}), so no resident who moves
     * with the merge is left without a worker. A leader of the merged grid becomes a worker of the
     * surviving one (it keeps its own leader). Repeating it finds nothing left to move.
     */
    public Mono<Long> moveOnMerge(String mergedCode, AreaDocument into, LocalDate day) {
        String reassignmentId = "merge-" + mergedCode;
        Query open = new Query(Criteria.where("gridCode").is(mergedCode).and("validTo").is(null));
        return mongo.find(open, AssignmentDocument.class)
                .concatMap(d -> close(d, day.isBefore(d.validFrom) ? d.validFrom : day, "system:merge", REASSIGNED,
                        reassignmentId)
                        .then(insert(d.personId, d.role == StaffRole.LEADER ? StaffRole.WORKER : d.role, into,
                                day.isBefore(d.validFrom) ? d.validFrom : day, "system:merge",
                                d.id + "-to-" + into.code, null, reassignmentId, d.id)))
                .count();
    }

    private Mono<Void> summary(String id, String from, String to, LocalDate day, Reassigned r, String by) {
        ReassignmentDocument d = new ReassignmentDocument();
        d.id = id;
        d.fromPersonId = from;
        d.toPersonId = to;
        d.effectiveDate = day;
        d.gridCodes = r.ended().stream().map(Assignment::gridCode).distinct().toList();
        d.endedAssignmentIds = r.ended().stream().map(Assignment::id).toList();
        d.startedAssignmentIds = r.created().stream().map(Assignment::id).toList();
        d.createdAt = clock.instant();
        d.createdBy = by;
        d.version = 1;
        d.outbox.add(events.create(GridEvents.STAFF_REASSIGNED, null, new StaffReassignedV1(id, 1, d.createdAt, from,
                to, day, d.gridCodes, d.endedAssignmentIds, d.startedAssignmentIds)));
        return mongo.insert(d).doOnSuccess(x -> relay.nudge()).then();
    }

    /** Ends an open assignment with its StaffAssignmentEnded event, in one conditional update. */
    private Mono<Void> close(AssignmentDocument d, LocalDate to, String by, String reason, String reassignmentId) {
        long v = d.version + 1;
        Instant now = clock.instant();
        Update u = new Update().set("validTo", to).unset("activeLeaderOf").unset("openKey").set("endedBy", by)
                .set("version", v)
                .push("outbox", events.create(GridEvents.STAFF_ASSIGNMENT_ENDED, d.personId, new StaffAssignmentEndedV1(
                        d.id, v, now, d.personId, d.role.name(), d.gridCode, d.gridPath, d.validFrom, to, reason,
                        reassignmentId)));
        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("validTo").is(null)), u,
                AssignmentDocument.class).doOnSuccess(x -> relay.nudge()).then();
    }

    private Mono<Assignment> insert(String personId, StaffRole role, AreaDocument grid, LocalDate from, String by,
            String id, String idempotencyKey, String reassignmentId, String predecessorId) {
        AssignmentDocument d = new AssignmentDocument();
        d.id = id;
        d.personId = personId;
        d.role = role;
        d.gridCode = grid.code;
        d.gridPath = grid.path;
        d.validFrom = from;
        d.activeLeaderOf = role == StaffRole.LEADER ? grid.code : null;
        d.openKey = AssignmentDocument.openKey(personId, id);
        d.createdAt = clock.instant();
        d.createdBy = by;
        d.idempotencyKey = idempotencyKey;
        d.version = 1;
        d.outbox.add(events.create(GridEvents.STAFF_ASSIGNMENT_STARTED, personId, new StaffAssignmentStartedV1(id, 1,
                d.createdAt, personId, role.name(), grid.code, grid.path, from, reassignmentId, predecessorId)));
        return assignments.insert(d).doOnSuccess(x -> relay.nudge()).map(AssignmentDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class, e -> assignments.findById(id)
                        .map(AssignmentDocument::toDomain)
                        .switchIfEmpty(Mono.defer(() -> idempotencyKey == null ? Mono.empty()
                                : assignments.findByIdempotencyKey(idempotencyKey).map(AssignmentDocument::toDomain)))
                        .switchIfEmpty(Mono.error(ApiException.conflict("grid-has-leader",
                                "Grid " + grid.code + " already has an active leader"))));
    }

    private Mono<AreaDocument> grid(String code, PlatformPrincipal user) {
        // a grid outside the caller's capture scope is refused (403) below, never taken for a missing one
        return areas.findByCode(code)
                .switchIfEmpty(Mono.error(Problems.invalidField("unknown-grid", "gridCode", "no such grid")))
                .flatMap(a -> {
                    if (a.level != AreaLevel.GRID) {
                        return Mono.error(Problems.invalidField("not-a-grid", "gridCode", "the area is not a grid"));
                    }
                    if (a.validTo != null) {
                        return Mono.error(Problems.invalidField("area-ended", "gridCode", "the grid has ended"));
                    }
                    if (!user.canCapture(a.path)) {
                        return Mono.error(ApiException.forbidden("The grid is outside your capture scope"));
                    }
                    return Mono.just(a);
                });
    }

    private static Mono<Void> requireAdmin(PlatformPrincipal user) {
        return user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN)) ? Mono.empty()
                : Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN manage grid staff"));
    }

    private final java.time.Duration jobInterval;

    /** The grid jobs' interval, {@code socialpsych.grid.scheduler.interval}. */
    @Override
    public java.time.Duration interval() {
        return jobInterval;
    }

    @Override
    public String name() {
        return "staff-open-keys";
    }

    /**
     * Gives open assignments stored before {@code openKey} existed their key (a batch per tick);
     * once a pass finds none it stops, since every assignment written since carries one.
     */
    @Override
    public Mono<Long> runOnce(Instant now) {
        if (openKeysComplete) {
            return Mono.just(0L);
        }
        Query missing = new Query(Criteria.where("validTo").is(null).and("openKey").exists(false)).limit(200);
        return mongo.find(missing, AssignmentDocument.class)
                .concatMap(d -> mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("validTo").is(null)),
                        new Update().set("openKey", AssignmentDocument.openKey(d.personId, d.id)),
                        AssignmentDocument.class))
                .count()
                .doOnNext(n -> openKeysComplete = n == 0);
    }
}
