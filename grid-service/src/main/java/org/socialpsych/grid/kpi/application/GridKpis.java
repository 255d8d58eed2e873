package org.socialpsych.grid.kpi.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.gridevent.infra.GridEventDocument;
import org.socialpsych.grid.resident.infra.ResidentDocument;
import org.socialpsych.grid.staff.application.GridAccess;
import org.socialpsych.grid.staff.infra.AssignmentDocument;
import org.socialpsych.grid.visit.infra.ScheduleDocument;
import org.socialpsych.grid.visit.infra.VisitDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * A grid's work figures now (counts only, no person): residents looked after, staff serving,
 * visits due and overdue, visits in the last 30 days and how many of them fulfilled a due item,
 * open and overdue cases. The grid's own workers see their grids; AREA_ADMIN and AUDITOR within
 * their view scope; SYSTEM_ADMIN all; other roles 403, a grid out of sight 404.
 */
@Service
public class GridKpis {

    /** The figures of one grid at {@code asOf}. */
    public record Kpis(String gridCode, List<String> gridPath, Instant asOf, long residents, long staff,
            long visitsDue, long visitsOverdue, long visitsLast30Days, long countedVisitsLast30Days, long openCases,
            long overdueCases) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final GridAccess access;
    private final Clock clock;

    public GridKpis(ReactiveMongoTemplate mongo, AreaRepository areas, GridAccess access, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.access = access;
        this.clock = clock;
    }

    public Mono<Kpis> of(String gridCode, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.AUDITOR, Roles.GRID_WORKER))) {
            return Mono.error(ApiException.forbidden("Grid figures are for the grid's workers and supervisors"));
        }
        boolean supervisor = user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.AUDITOR));
        return Mono.zip(areas.findByCode(gridCode).filter(a -> a.level == AreaLevel.GRID), access.viewable(user))
                .filter(t -> supervisor ? user.canView(t.getT1().path) : t.getT2().serves(t.getT1().path))
                .map(t -> t.getT1())
                .switchIfEmpty(Mono.error(ApiException.notFound("Grid", gridCode)))
                .flatMap(grid -> {
                    Instant now = clock.instant();
                    LocalDate today = LocalDate.now(clock);
                    Criteria inGrid = Criteria.where("gridCode").is(grid.code);
                    Mono<Long> residents = count(new Criteria().andOperator(inGrid,
                            Criteria.where("purgedAt").exists(false), Criteria.where("departedAt").exists(false),
                            Criteria.where("duplicateOf").exists(false)), ResidentDocument.class);
                    Mono<Long> staff = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("validFrom").lte(today), new Criteria().orOperator(
                                    Criteria.where("validTo").is(null), Criteria.where("validTo").gt(today))),
                            AssignmentDocument.class);
                    Mono<Long> due = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("windowOpensAt").lte(now), Criteria.where("dueAt").gte(now)),
                            ScheduleDocument.class);
                    Mono<Long> overdue = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("dueAt").lt(now), Criteria.where("expiresAt").gt(now)),
                            ScheduleDocument.class);
                    Instant monthAgo = now.minus(Duration.ofDays(30));
                    Mono<Long> visits = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("visitedAt").gte(monthAgo)), VisitDocument.class);
                    Mono<Long> counted = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("visitedAt").gte(monthAgo), Criteria.where("counted").ne(false)),
                            VisitDocument.class);
                    Mono<Long> open = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("status").nin("CLOSED", "EVALUATED"),
                            Criteria.where("purgedAt").exists(false)), GridEventDocument.class);
                    Mono<Long> late = count(new Criteria().andOperator(Criteria.where("gridCode").is(grid.code),
                            Criteria.where("status").in("DISPATCHED", "HANDLING"),
                            Criteria.where("deadlineAt").lt(now)), GridEventDocument.class);
                    return Mono.zip(List.of(residents, staff, due, overdue, visits, counted, open, late),
                            r -> new Kpis(grid.code, grid.path, now, (Long) r[0], (Long) r[1], (Long) r[2],
                                    (Long) r[3], (Long) r[4], (Long) r[5], (Long) r[6], (Long) r[7]));
                });
    }

    private Mono<Long> count(Criteria c, Class<?> type) {
        return mongo.count(new Query(c), type);
    }
}
