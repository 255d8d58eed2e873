package org.socialpsych.grid.staff.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.staff.domain.Assignment;
import org.socialpsych.grid.staff.domain.StaffRole;
import org.socialpsych.grid.staff.infra.AssignmentDocument;
import org.socialpsych.grid.staff.infra.AssignmentRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Dated assignments of grid leaders, workers and volunteers ("1+n+n"), and bulk reassignment. */
@Service
public class StaffService {

    public record Assign(String personId, StaffRole role, String gridCode, LocalDate validFrom) {
    }

    public record Reassigned(List<Assignment> ended, List<Assignment> created) {
    }

    private final AssignmentRepository assignments;
    private final AreaRepository areas;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public StaffService(AssignmentRepository assignments, AreaRepository areas, ReactiveMongoTemplate mongo,
            Clock clock) {
        this.assignments = assignments;
        this.areas = areas;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<Assignment> assign(Assign cmd, PlatformPrincipal user, String idempotencyKey) {
        Mono<Assignment> replay = idempotencyKey == null ? Mono.empty()
                : assignments.findByIdempotencyKey(idempotencyKey).map(AssignmentDocument::toDomain);
        return requireAdmin(user).then(replay.switchIfEmpty(Mono.defer(() -> grid(cmd.gridCode(), user)
                .flatMap(grid -> insert(cmd.personId(), cmd.role(), grid,
                        cmd.validFrom() == null ? LocalDate.now(clock) : cmd.validFrom(), user.subject(),
                        "gs-" + UUID.randomUUID(), idempotencyKey)))));
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
                    return close(d, to, user.subject()).then(assignments.findById(id)).map(AssignmentDocument::toDomain);
                });
    }

    public Flux<Assignment> list(String gridCode, String personId, PlatformPrincipal user) {
        Flux<AssignmentDocument> docs = gridCode != null ? assignments.findByGridCodeOrderByValidFromDesc(gridCode)
                : personId != null ? assignments.findByPersonIdOrderByValidFromDesc(personId)
                        : Flux.error(Problems.rule("missing-filter", "Give grid or person"));
        return docs.filter(d -> user.canView(d.gridPath) || user.subject().equals(d.personId))
                .map(AssignmentDocument::toDomain);
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
        return requireAdmin(user).thenMany(assignments.findByPersonIdAndValidToIsNull(from))
                .filter(d -> user.canCapture(d.gridPath))
                .concatMap(d -> close(d, day, user.subject()).then(
                        areas.findByCode(d.gridCode).flatMap(grid -> insert(to, d.role, grid, day, user.subject(),
                                d.id + "-to-" + to, null)).map(a -> List.of(d.toDomain(), a))))
                .collectList()
                .map(pairs -> new Reassigned(pairs.stream().map(p -> p.get(0)).toList(),
                        pairs.stream().map(p -> p.get(1)).toList()));
    }

    private Mono<Void> close(AssignmentDocument d, LocalDate to, String by) {
        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("validTo").is(null)),
                new Update().set("validTo", to).unset("activeLeaderOf").set("endedBy", by), AssignmentDocument.class)
                .then();
    }

    private Mono<Assignment> insert(String personId, StaffRole role, AreaDocument grid, LocalDate from, String by,
            String id, String idempotencyKey) {
        AssignmentDocument d = new AssignmentDocument();
        d.id = id;
        d.personId = personId;
        d.role = role;
        d.gridCode = grid.code;
        d.gridPath = grid.path;
        d.validFrom = from;
        d.activeLeaderOf = role == StaffRole.LEADER ? grid.code : null;
        d.createdAt = clock.instant();
        d.createdBy = by;
        d.idempotencyKey = idempotencyKey;
        return assignments.insert(d).map(AssignmentDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class, e -> assignments.findById(id)
                        .map(AssignmentDocument::toDomain)
                        .switchIfEmpty(Mono.defer(() -> idempotencyKey == null ? Mono.empty()
                                : assignments.findByIdempotencyKey(idempotencyKey).map(AssignmentDocument::toDomain)))
                        .switchIfEmpty(Mono.error(ApiException.conflict("grid-has-leader",
                                "Grid " + grid.code + " already has an active leader"))));
    }

    private Mono<AreaDocument> grid(String code, PlatformPrincipal user) {
        return areas.findByCode(code).filter(a -> user.canView(a.path))
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
}
