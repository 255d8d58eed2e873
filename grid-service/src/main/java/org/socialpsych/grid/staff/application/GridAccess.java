package org.socialpsych.grid.staff.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.grid.staff.infra.AssignmentDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Where a caller may see or write person-level grid data (residents, visits, grid events): the area
 * scope only. SYSTEM_ADMIN everything; AREA_ADMIN and POLICE_LIAISON their view (or capture) scope;
 * a GRID_WORKER only the grids they are assigned to today, within their scope ("own grids only").
 * Which fields a caller then gets is not decided here but by the chassis {@code FieldViewPolicy}.
 */
@Component
public class GridAccess {

    /** What a caller can see: everything, a set of scope roots, and/or a set of assigned grids. */
    public record Visibility(boolean all, Set<String> scopeRoots, Set<String> grids, Set<String> gridScopes) {
        public boolean covers(List<String> gridPath) {
            if (all) {
                return true;
            }
            if (gridPath == null || gridPath.isEmpty()) {
                return false;
            }
            if (gridPath.stream().anyMatch(scopeRoots::contains)) {
                return true;
            }
            return grids.contains(gridPath.get(gridPath.size() - 1)) && gridPath.stream().anyMatch(gridScopes::contains);
        }

        /** The grid at the end of the path is one the caller serves today (within their token's scope). */
        public boolean serves(List<String> gridPath) {
            return gridPath != null && !gridPath.isEmpty() && grids.contains(gridPath.get(gridPath.size() - 1))
                    && gridPath.stream().anyMatch(gridScopes::contains);
        }

        public boolean none() {
            return !all && scopeRoots.isEmpty() && grids.isEmpty();
        }

        /**
         * This visibility as a query filter on a record's grid path and grid code (everything for
         * SYSTEM_ADMIN): the scope goes into the query, so a page is never emptied by filtering after
         * the limit. It is wider than {@link #covers} for a worker (the token's scope over the grid is
         * checked on the rows read), never narrower.
         */
        public org.springframework.data.mongodb.core.query.Criteria criteria(String pathField, String gridField) {
            if (all) {
                return new org.springframework.data.mongodb.core.query.Criteria();
            }
            return new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                    org.springframework.data.mongodb.core.query.Criteria.where(pathField).in(scopeRoots),
                    org.springframework.data.mongodb.core.query.Criteria.where(gridField).in(grids));
        }
    }

    /** The roles this class gives an area scope over grid records; every other role reaches none. */
    public static final Set<String> SCOPED_ROLES = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.GRID_WORKER,
            Roles.POLICE_LIAISON);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    /** Whether the caller holds a role that can reach any grid's records at all. */
    public static boolean reachesGrids(PlatformPrincipal user) {
        return user.hasAnyRole(SCOPED_ROLES);
    }

    public GridAccess(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Grids the person serves today. */
    public Mono<Set<String>> assignedGrids(String personId) {
        LocalDate today = LocalDate.now(clock);
        return mongo.find(StaffService.openOf(personId), AssignmentDocument.class)
                .filter(d -> d.validTo == null && personId.equals(d.personId)).map(d -> d.toDomain())
                .filter(a -> a.activeOn(today)).map(a -> a.gridCode()).collect(Collectors.toSet());
    }

    /**
     * Whether {@code personId} serves today (an open, active assignment) in a grid within the capture
     * scope of {@code dispatcher}: who a case may be dispatched to.
     */
    public Mono<Boolean> servesWithin(String personId, PlatformPrincipal dispatcher) {
        LocalDate today = LocalDate.now(clock);
        return mongo.find(StaffService.openOf(personId), AssignmentDocument.class)
                .filter(d -> d.validTo == null && personId.equals(d.personId))
                .filter(d -> d.toDomain().activeOn(today) && dispatcher.canCapture(d.gridPath))
                .hasElements();
    }

    public Mono<Visibility> viewable(PlatformPrincipal user) {
        return visibility(user, false);
    }

    public Mono<Visibility> writable(PlatformPrincipal user) {
        return visibility(user, true);
    }

    private Mono<Visibility> visibility(PlatformPrincipal user, boolean write) {
        if (user.isSystemAdmin()) {
            return Mono.just(new Visibility(true, Set.of(), Set.of(), Set.of()));
        }
        Set<String> scopes = write ? user.captureAreas() : user.viewAreas();
        boolean scoped = user.hasRole(Roles.AREA_ADMIN) || (!write && user.hasRole(Roles.POLICE_LIAISON));
        Set<String> roots = scoped ? scopes : Set.of();
        if (!user.hasRole(Roles.GRID_WORKER)) {
            return Mono.just(new Visibility(false, roots, Set.of(), Set.of()));
        }
        // a worker's assigned grid counts only while the token still carries a scope over it
        return assignedGrids(user.subject()).map(grids -> new Visibility(false, roots, grids, scopes));
    }
}
