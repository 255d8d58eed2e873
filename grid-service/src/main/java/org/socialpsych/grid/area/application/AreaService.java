package org.socialpsych.grid.area.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.grid.area.domain.Area;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.domain.AreaRuleException;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.springframework.dao.DuplicateKeyException;
import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Creating and reading areas. A new area and its AreaCreated event are one document write. */
@Service
public class AreaService {

    public record CreateArea(String code, String name, AreaLevel level, String parentCode, Long population,
            Boolean urban, LocalDate validFrom) {
    }

    /** The stored area, and whether this call created it (false: an Idempotency-Key replay). */
    public record Created(Area area, boolean created) {
    }

    private final AreaRepository areas;
    private final ReactiveMongoTemplate mongo;
    private final AreaTree tree;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public AreaService(AreaRepository areas, ReactiveMongoTemplate mongo, AreaTree tree, OutboxEventFactory events,
            OutboxRelay relay, Clock clock) {
        this.areas = areas;
        this.mongo = mongo;
        this.tree = tree;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<Created> create(CreateArea cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(java.util.List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN may create areas"));
        }
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        // the key is the caller's own; a replay is authorized again with the caller's current token
        Mono<Created> replay = key == null ? Mono.empty()
                : areas.findByIdempotencyKey(key).flatMap(d -> replayable(d, user))
                        .map(d -> new Created(d.toDomain(), false));
        return replay.switchIfEmpty(Mono.defer(() -> doCreate(cmd, user, key)));
    }

    /** A replayed creation: the caller must still capture the parent (a root: be SYSTEM_ADMIN). */
    private static Mono<AreaDocument> replayable(AreaDocument d, PlatformPrincipal user) {
        List<String> path = d.path == null ? List.of() : d.path;
        boolean ok = user.isSystemAdmin() || path.size() > 1 && user.canCapture(path.subList(0, path.size() - 1));
        return ok ? Mono.just(d) : Mono.error(ApiException.forbidden("The parent area is outside your capture scope"));
    }

    private Mono<Created> doCreate(CreateArea cmd, PlatformPrincipal user, String idempotencyKey) {
        Mono<Area> parent = cmd.parentCode() == null ? Mono.empty()
                : areas.findByCode(cmd.parentCode()).map(AreaDocument::toDomain)
                        .switchIfEmpty(Mono.error(ApiException.invalid("unknown-parent",
                                "Parent area " + cmd.parentCode() + " does not exist",
                                Map.of("errors", java.util.List.of(Map.of("field", "parentCode",
                                        "message", "no such area"))))));
        return parent.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(p -> {
                    if (p.isEmpty() && !user.isSystemAdmin()) {
                        return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN may create a root area"));
                    }
                    if (p.isPresent() && !user.canCapture(p.get().path())) {
                        return Mono.error(ApiException.forbidden("The parent area is outside your capture scope"));
                    }
                    Area area;
                    try {
                        area = Area.create(cmd.code(), cmd.name(), cmd.level(), p.orElse(null), cmd.population(),
                                cmd.urban(), cmd.validFrom() == null ? LocalDate.now(clock) : cmd.validFrom());
                    } catch (AreaRuleException e) {
                        return Mono.error(ApiException.invalid(e.code(), e.getMessage(), Map.of()));
                    }
                    AreaDocument doc = AreaDocument.of(area);
                    doc.createdAt = clock.instant();
                    doc.createdBy = user.subject();
                    doc.idempotencyKey = idempotencyKey;
                    doc.outbox.add(events.create(GridEvents.AREA_CREATED, area.id(), new AreaCreatedV1(area.id(),
                            area.version(), doc.createdAt, area.code(), area.name(), area.level().name(),
                            area.parentCode(), area.path(), area.population(), area.urban(), area.validFrom())));
                    return areas.insert(doc)
                            .doOnSuccess(d -> relay.nudge())
                            .flatMap(d -> tree.changed().thenReturn(d))
                            .map(d -> new Created(d.toDomain(), true))
                            .onErrorResume(DuplicateKeyException.class, e -> idempotencyKey == null
                                    ? Mono.error(ApiException.conflict("duplicate-area-code",
                                            "An area with code " + cmd.code() + " already exists"))
                                    : areas.findByIdempotencyKey(idempotencyKey).flatMap(d -> replayable(d, user))
                                            .map(d -> new Created(d.toDomain(), false))
                                            .switchIfEmpty(Mono.error(ApiException.conflict("duplicate-area-code",
                                                    "An area with code " + cmd.code() + " already exists"))));
                });
    }

    public Mono<Area> get(String code, PlatformPrincipal user) {
        return areas.findByCode(code).map(AreaDocument::toDomain)
                .filter(a -> user.canView(a.path()))
                // outside scope looks exactly like absent: no existence leak
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", code)));
    }

    /**
     * The subtree below {@code under} (or the children of {@code parent}, or every area the caller
     * can see), current areas only, one cursor page in code order. The caller's view scope and
     * "current" are applied while scanning the cached tree shape, so a narrow scope never gets an
     * empty page while areas in it exist further on.
     */
    public Mono<org.socialpsych.chassis.web.CursorPage<Area>> list(String under, String parent, int limit,
            String cursor, PlatformPrincipal user) {
        String after = cursor == null ? null : org.socialpsych.chassis.web.CursorPage.parts(cursor, 1).get(0);
        LocalDate today = LocalDate.now(clock);
        java.util.function.Predicate<AreaTree.Node> filter = n -> n.currentOn(today) && user.canView(n.path());
        Mono<List<String>> codes = parent != null ? tree.children(parent, filter, after, limit + 1)
                : tree.subtree(under, filter, after, limit + 1);
        java.util.function.Predicate<AreaDocument> stillMatches = parent != null ? d -> parent.equals(d.parentCode)
                : under != null ? d -> d.path != null && d.path.contains(under) : d -> true;
        return codes.flatMap(cs -> {
            List<String> served = cs.size() > limit ? cs.subList(0, limit) : cs;
            String next = cs.size() > limit ? org.socialpsych.chassis.web.CursorPage.cursor(served.get(limit - 1))
                    : null;
            return page(served, stillMatches, today, user).collectList()
                    .map(items -> new org.socialpsych.chassis.web.CursorPage<>(items, next));
        });
    }

    /**
     * The areas with these codes (from the cached tree shape), read by the unique {@code code} index
     * in one query, in code order, re-checked against the documents themselves (a stale shape can only
     * shorten a page, never widen the scope).
     */
    private Flux<Area> page(List<String> cs, java.util.function.Predicate<AreaDocument> stillMatches,
            LocalDate today, PlatformPrincipal user) {
        return cs.isEmpty() ? Flux.empty()
                : mongo.find(new Query(Criteria.where("code").in(cs)), AreaDocument.class)
                        .filter(stillMatches)
                        // current lists: areas that ended (merged, retired) are history (see ?asOf=)
                        .filter(d -> d.validTo == null || d.validTo.isAfter(today))
                        .map(AreaDocument::toDomain)
                        .filter(a -> user.canView(a.path()))
                        .sort(java.util.Comparator.comparing(Area::code));
    }
}
