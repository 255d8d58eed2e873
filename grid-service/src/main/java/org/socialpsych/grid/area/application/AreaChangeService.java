package org.socialpsych.grid.area.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.events.grid.AreaMergedV1;
import org.socialpsych.events.grid.AreaRenamedV1;
import org.socialpsych.events.grid.AreaReparentedV1;
import org.socialpsych.events.grid.AreaRetiredV1;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.grid.area.domain.Area;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.domain.AreaRuleException;
import org.socialpsych.grid.area.domain.AreaTimeline;
import org.socialpsych.grid.area.domain.AreaVersion;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.resident.application.ResidentReattribution;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/**
 * Effective-dated changes of areas (rename, re-parent, merge, retire/split), "as of" reads and
 * neighbouring grids. History is kept in the area's own document, so each change and its event are
 * one conditional update. Records elsewhere keep the area code and path they were made under, so
 * past figures stay attributed to the area as it was.
 */
@Service
public class AreaChangeService implements PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(AreaChangeService.class);

    /** An area seen on a day, with its links. */
    public record AreaDetails(Area area, List<String> successorCodes, List<String> predecessorCodes,
            List<String> neighbours, AreaDocument.PendingChange pending) {
    }

    private final AreaRepository areas;
    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final ResidentReattribution reattribution;
    private final AreaTree tree;
    private final Clock clock;

    public AreaChangeService(AreaRepository areas, ReactiveMongoTemplate mongo, OutboxEventFactory events,
            OutboxRelay relay, ResidentReattribution reattribution, AreaTree tree, Clock clock, GridProperties properties) {
        this.jobInterval = properties.scheduler().interval();
        this.reattribution = reattribution;
        this.tree = tree;
        this.areas = areas;
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public static AreaDetails details(AreaDocument d, Area seen) {
        return new AreaDetails(seen, nn(d.successorCodes), nn(d.predecessorCodes), nn(d.neighbours), d.pending);
    }

    private static List<String> nn(List<String> l) {
        return l == null ? List.of() : l;
    }

    public Mono<AreaDetails> get(String code, LocalDate asOf, PlatformPrincipal user) {
        return areas.findByCode(code).filter(d -> visible(d, user)).flatMap(d -> {
            Optional<Area> seen = asOf == null ? Optional.of(d.toDomain())
                    : AreaTimeline.view(d.toDomain(), d.historyOrEmpty(), asOf);
            return Mono.justOrEmpty(seen.map(a -> details(d, a)));
        }).switchIfEmpty(Mono.error(ApiException.notFound("Area", code)));
    }

    /** The subtree under {@code under} (or children of {@code parent}) as it was on {@code asOf}. */
    public Mono<org.socialpsych.chassis.web.CursorPage<AreaDetails>> listAsOf(String under, String parent,
            LocalDate asOf, int limit, String cursor, PlatformPrincipal user) {
        String anchor = under != null ? under : parent;
        if (anchor == null) {
            return Mono.error(ApiException.invalid("missing-filter", "asOf needs under or parent", Map.of()));
        }
        List<Criteria> all = new java.util.ArrayList<>(List.of(new Criteria().orOperator(
                Criteria.where("path").is(anchor), Criteria.where("historyPaths").is(anchor))));
        if (!user.isSystemAdmin()) {
            // the view scope in the query (now or in a past version); the exact check follows per row
            all.add(new Criteria().orOperator(Criteria.where("path").in(user.viewAreas()),
                    Criteria.where("historyPaths").in(user.viewAreas())));
        }
        if (cursor != null) {
            all.add(Criteria.where("code").gt(org.socialpsych.chassis.web.CursorPage.parts(cursor, 1).get(0)));
        }
        Query q = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new))).with(Sort.by("code"));
        return mongo.find(q, AreaDocument.class)
                .filter(d -> visible(d, user))
                .concatMap(d -> Mono.justOrEmpty(AreaTimeline.view(d.toDomain(), d.historyOrEmpty(), asOf)
                        .filter(a -> under != null ? a.path().contains(under) : parent.equals(a.parentCode()))
                        .map(a -> details(d, a))))
                .take(limit + 1L).collectList()
                .map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                        r -> org.socialpsych.chassis.web.CursorPage.cursor(r.area().code())));
    }

    private static boolean visible(AreaDocument d, PlatformPrincipal user) {
        if (user.canView(d.path)) {
            return true;
        }
        return d.historyOrEmpty().stream().anyMatch(v -> user.canView(v.path()));
    }

    /** A rename from {@code effective}; one dated after today is pending until its day (see {@link #applyPending}). */
    public Mono<AreaDetails> rename(String code, String name, LocalDate effective, PlatformPrincipal user) {
        LocalDate day = day(effective);
        return editable(code, user).flatMap(d -> {
            Area a = d.toDomain();
            rule(() -> AreaTimeline.checkChange(a, day));
            if (day.isAfter(LocalDate.now(clock))) {
                return schedule(d, new AreaDocument.PendingChange("RENAME", name.strip(), null, day, user.subject(),
                        clock.instant(), null));
            }
            return noPending(d).then(applyRename(d, name.strip(), day));
        });
    }

    private Mono<AreaDetails> applyRename(AreaDocument d, String name, LocalDate day) {
        Area a = d.toDomain();
        long v = d.version + 1;
        Update u = closeVersion(d, day).set("name", name).set("validFrom", day).set("version", v)
                .unset("pending").unset("pendingKey")
                .push("outbox", events.create(GridEvents.AREA_RENAMED, a.id(), new AreaRenamedV1(a.id(), v,
                        clock.instant(), a.code(), name, a.name(), a.path(), day)));
        return apply(d, u);
    }

    /**
     * Moves the area and its subtree under {@code parentCode} from {@code effective}. A move dated
     * after today is only recorded as pending (the tree, scopes, residents and staff stay as they
     * are); on its day the leased job applies it, and then all of them move together.
     */
    public Mono<AreaDetails> reparent(String code, String parentCode, LocalDate effective, PlatformPrincipal user) {
        LocalDate day = day(effective);
        // the area first, then the parent: an area the caller may not change is refused whatever the parent
        return editable(code, user).flatMap(area -> editable(parentCode, user)
                .onErrorMap(e -> e instanceof ApiException x && x.status().value() == 404
                        ? ApiException.invalid("unknown-parent", "Parent area " + parentCode + " does not exist",
                                Map.of("errors", List.of(Map.of("field", "parentCode", "message", "no such area"))))
                        : e)
                .map(parent -> Tuples.of(area, parent)))
                .flatMap(t -> {
                    AreaDocument d = t.getT1();
                    AreaDocument p = t.getT2();
                    rule(() -> AreaTimeline.checkReparent(d.toDomain(), p.toDomain(), day));
                    if (day.isAfter(LocalDate.now(clock))) {
                        return schedule(d, new AreaDocument.PendingChange("REPARENT", null, p.code, day,
                                user.subject(), clock.instant(), null));
                    }
                    return noPending(d).then(applyReparent(d, p, day));
                });
    }

    private Mono<AreaDetails> applyReparent(AreaDocument d, AreaDocument p, LocalDate day) {
        Area a = d.toDomain();
        List<String> newPath = new ArrayList<>(p.path);
        newPath.add(a.code());
        long v = d.version + 1;
        Update u = closeVersion(d, day).set("parentCode", p.code).set("path", newPath)
                .set("validFrom", day).set("version", v)
                .set("cascade", new AreaDocument.Cascade(a.path(), newPath, day))
                .unset("pending").unset("pendingKey")
                .push("outbox", events.create(GridEvents.AREA_REPARENTED, a.id(), new AreaReparentedV1(
                        a.id(), v, clock.instant(), a.code(), p.code, newPath, a.parentCode(), a.path(),
                        day)));
        return apply(d, u).flatMap(res -> tree.changed().then(cascade(a.code())).thenReturn(res));
    }

    /** Records {@code change} as the area's pending change (409 {@code change-pending} if it has one). */
    private Mono<AreaDetails> schedule(AreaDocument d, AreaDocument.PendingChange change) {
        return noPending(d).then(mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("version")
                .is(d.version).and("pendingKey").exists(false)),
                new Update().set("pending", change).set("pendingKey", d.code), AreaDocument.class))
                .flatMap(r -> r.getModifiedCount() == 0
                        ? Mono.error(ApiException.conflict("concurrent-change", "The area changed meanwhile; reload"))
                        : areas.findById(d.id))
                .map(x -> details(x, x.toDomain()));
    }

    private static Mono<Void> noPending(AreaDocument d) {
        return d.pending == null ? Mono.empty() : Mono.error(ApiException.conflict("change-pending",
                "Area " + d.code + " has a " + d.pending.kind() + " pending from " + d.pending.effectiveFrom()
                        + "; cancel it first"));
    }

    /** Withdraws the area's pending change; without one the area is answered as it is (idempotent). */
    public Mono<AreaDetails> cancelPending(String code, PlatformPrincipal user) {
        return editable(code, user).flatMap(d -> d.pending == null ? Mono.just(details(d, d.toDomain()))
                : mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("pendingKey").is(d.code)),
                        new Update().unset("pending").unset("pendingKey"), AreaDocument.class)
                        .then(areas.findById(d.id)).map(x -> details(x, x.toDomain())));
    }

    /**
     * Applies the pending change of {@code d} if its day has come ({@code today} in the platform
     * zone); a change the rules now refuse (the new parent ended meanwhile, say) is dropped and kept
     * in {@code pendingFailed}. Emits 1 when something was applied or dropped.
     */
    Mono<Long> applyPending(AreaDocument d, LocalDate today) {
        AreaDocument.PendingChange c = d.pending;
        if (c == null || c.effectiveFrom().isAfter(today)) {
            return Mono.just(0L);
        }
        Mono<AreaDetails> applied = switch (c.kind()) {
            case "RENAME" -> Mono.fromRunnable(() -> rule(() -> AreaTimeline.checkChange(d.toDomain(),
                    c.effectiveFrom()))).then(applyRename(d, c.name(), c.effectiveFrom()));
            case "REPARENT" -> areas.findByCode(c.parentCode())
                    .switchIfEmpty(Mono.error(ApiException.invalid("unknown-parent", "Parent area " + c.parentCode()
                            + " does not exist", Map.of())))
                    .flatMap(p -> {
                        rule(() -> AreaTimeline.checkReparent(d.toDomain(), p.toDomain(), c.effectiveFrom()));
                        return applyReparent(d, p, c.effectiveFrom());
                    });
            default -> Mono.error(ApiException.invalid("unknown-change", "Unknown change " + c.kind(), Map.of()));
        };
        return applied.thenReturn(1L).onErrorResume(ApiException.class, e -> {
            if (e.status().value() == 409) {
                return Mono.just(0L); // changed meanwhile: the next run tries again
            }
            log.warn("Scheduled {} of area {} refused on its day: {}", c.kind(), d.code, e.getMessage());
            return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("pendingKey").is(d.code)),
                    new Update().unset("pending").unset("pendingKey").set("pendingFailed", c.failed(e.getMessage())),
                    AreaDocument.class).thenReturn(1L);
        });
    }

    public Mono<AreaDetails> merge(String code, String intoCode, LocalDate effective, PlatformPrincipal user) {
        LocalDate day = day(effective);
        return editable(code, user).flatMap(area -> editable(intoCode, user).map(into -> Tuples.of(area, into)))
                .flatMap(t -> {
            AreaDocument d = t.getT1();
            AreaDocument into = t.getT2();
            Area a = d.toDomain();
            rule(() -> AreaTimeline.checkMerge(a, into.toDomain(), day));
            return noPending(d).then(noActiveChildren(a.code())).then(Mono.defer(() -> {
                long v = d.version + 1;
                Update u = new Update().set("validTo", day).set("successorCodes", List.of(into.code))
                        .set("version", v)
                        .push("outbox", events.create(GridEvents.AREA_MERGED, a.id(), new AreaMergedV1(a.id(), v,
                                clock.instant(), a.code(), a.path(), into.code, into.path, day)));
                if (d.level == AreaLevel.GRID) {
                    // a merged grid's residents move to the surviving grid from the merge day
                    u.set("reattribution", new AreaDocument.Reattribution(into.code, day))
                            .set("reattributionPending", d.code);
                }
                return apply(d, u).flatMap(res -> link(into.code, a.code()).then(tree.changed())
                        .then(reattribution.run(a.code(), clock.instant()).onErrorResume(e -> Mono.just(0L)))
                        .thenReturn(res));
            }));
        });
    }

    /** Ends an area (e.g. after a split into {@code successors}, created beforehand). */
    public Mono<AreaDetails> retire(String code, LocalDate validTo, List<String> successors, PlatformPrincipal user) {
        LocalDate day = day(validTo);
        List<String> next = successors == null ? List.of() : List.copyOf(new LinkedHashSet<>(successors));
        return editable(code, user).flatMap(d -> {
            Area a = d.toDomain();
            rule(() -> AreaTimeline.checkChange(a, day));
            if (next.contains(code)) {
                return Mono.error(ApiException.invalid("invalid-successor", "An area cannot succeed itself", Map.of()));
            }
            return Flux.fromIterable(next).concatMap(s -> areas.findByCode(s).switchIfEmpty(Mono.error(
                    ApiException.invalid("unknown-successor", "Successor " + s + " does not exist", Map.of()))))
                    .then(noPending(d)).then(noActiveChildren(code))
                    .then(Mono.defer(() -> {
                        long v = d.version + 1;
                        Update u = new Update().set("validTo", day).set("successorCodes", next).set("version", v)
                                .push("outbox", events.create(GridEvents.AREA_RETIRED, a.id(), new AreaRetiredV1(
                                        a.id(), v, clock.instant(), a.code(), a.path(), day, next)));
                        return apply(d, u).flatMap(res -> Flux.fromIterable(next).concatMap(s -> link(s, code))
                                .then(tree.changed()).then(Mono.just(res)));
                    }));
        });
    }

    /** Sets the neighbours of a grid; the relation is kept symmetric (one update per grid). */
    public Mono<AreaDetails> setNeighbours(String code, List<String> codes, PlatformPrincipal user) {
        Set<String> wanted = new LinkedHashSet<>(codes);
        wanted.remove(code);
        return editable(code, user).flatMap(d -> {
            if (d.level != AreaLevel.GRID) {
                return Mono.error(ApiException.invalid("not-a-grid", "Neighbours are kept for grids", Map.of()));
            }
            // a neighbour link changes the other grid too: it must be in the caller's capture scope
            // (one the caller cannot see at all is unknown, no existence leak)
            return Flux.fromIterable(wanted).concatMap(n -> areas.findByCode(n)
                    .filter(x -> x.level == AreaLevel.GRID && user.canView(x.path))
                    .switchIfEmpty(Mono.error(ApiException.invalid("unknown-neighbour", "No grid " + n, Map.of())))
                    .flatMap(x -> user.canCapture(x.path) ? Mono.just(x)
                            : Mono.error(ApiException.forbidden("Grid " + n + " is outside your capture scope"))))
                    .then(Mono.defer(() -> {
                        List<String> removed = nn(d.neighbours).stream().filter(x -> !wanted.contains(x)).toList();
                        return mongo.updateFirst(byId(d.id), new Update().set("neighbours", List.copyOf(wanted)),
                                AreaDocument.class)
                                .thenMany(Flux.fromIterable(wanted).concatMap(n -> mongo.updateFirst(byCode(n),
                                        new Update().addToSet("neighbours", code), AreaDocument.class)))
                                .thenMany(Flux.fromIterable(removed).concatMap(n -> mongo.updateFirst(byCode(n),
                                        new Update().pull("neighbours", code), AreaDocument.class)))
                                .then(get(code, null, user));
                    }));
        });
    }

    private final java.time.Duration jobInterval;

    /** The grid jobs' interval, {@code socialpsych.grid.scheduler.interval}. */
    @Override
    public java.time.Duration interval() {
        return jobInterval;
    }

    @Override
    public String name() {
        return "area-path-cascade";
    }

    /** Finishes re-parent cascades a crash left unfinished. */
    @Override
    public Mono<Long> runOnce(Instant now) {
        Query pending = new Query(Criteria.where("cascade").ne(null)).limit(20);
        return mongo.find(pending, AreaDocument.class).concatMap(d -> cascade(d.code)).count();
    }

    /**
     * Moves the subtree of a re-parented area to its new path: each descendant gets a new version
     * and its own AreaReparented event in one conditional update; already moved ones are skipped,
     * so the cascade can be repeated safely.
     */
    Mono<Void> cascade(String code) {
        return areas.findByCode(code).filter(d -> d.cascade != null).flatMap(root -> {
            AreaDocument.Cascade c = root.cascade;
            Query subtree = new Query(Criteria.where("path").is(code).and("validTo").is(null).and("_id").ne(root.id))
                    .with(Sort.by("code"));
            return mongo.find(subtree, AreaDocument.class)
                    .sort(Comparator.comparingInt(d -> d.path.size()))
                    .filter(d -> startsWith(d.path, c.fromPath()))
                    .concatMap(d -> {
                        List<String> newPath = new ArrayList<>(c.toPath());
                        newPath.addAll(d.path.subList(c.fromPath().size(), d.path.size()));
                        long v = d.version + 1;
                        Update u = closeVersion(d, c.effectiveFrom()).set("path", newPath).set("version", v)
                                .set("validFrom", c.effectiveFrom().isAfter(d.validFrom) ? c.effectiveFrom() : d.validFrom)
                                .push("outbox", events.create(GridEvents.AREA_REPARENTED, d.id, new AreaReparentedV1(
                                        d.id, v, clock.instant(), d.code, d.parentCode, newPath, d.parentCode, d.path,
                                        c.effectiveFrom())));
                        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("version").is(d.version)),
                                u, AreaDocument.class);
                    })
                    .then(tree.changed())
                    .then(movePeople(code, c))
                    .then(mongo.updateFirst(new Query(Criteria.where("_id").is(root.id).and("cascade").ne(null)),
                            new Update().unset("cascade"), AreaDocument.class))
                    .doOnSuccess(x -> relay.nudge())
                    .then();
        }).onErrorResume(e -> {
            log.warn("A re-parent cascade failed ({}); the poller repeats it", e.getClass().getSimpleName());
            return Mono.empty();
        });
    }

    /** Collections whose records are scoped by the path of their (current) grid or area, and that path's field. */
    private static final List<Map.Entry<String, String>> SCOPED = List.of(Map.entry("residents", "gridPath"),
            Map.entry("grid_staff", "gridPath"), Map.entry("visit_schedules", "gridPath"),
            Map.entry("grid_events", "gridPath"), Map.entry("anonymous_subjects", "areaPath"));

    /**
     * The records under a moved area take its new path in the same cascade: residents (and their
     * visit schedules, marked for recomputation since the policy may come from the new parent),
     * open staff assignments, open grid events and anonymous subjects, so scopes follow the tree at
     * once. Ended assignments and closed events keep the path they had (history stays attributed as
     * it was), and so do visits and inspections. Repeatable: moved records no longer match.
     */
    private Mono<Long> movePeople(String code, AreaDocument.Cascade c) {
        return Flux.fromIterable(SCOPED).concatMap(e -> {
            String field = e.getValue();
            Criteria crit = Criteria.where(field).is(code);
            if ("grid_staff".equals(e.getKey())) {
                crit = crit.and("validTo").is(null);
            } else if ("grid_events".equals(e.getKey())) {
                crit = crit.and("status").nin("CLOSED", "EVALUATED");
            }
            return mongo.find(new Query(crit), org.bson.Document.class, e.getKey())
                    .filter(doc -> doc.get("purgedAt") == null)
                    .concatMap(doc -> {
                        List<String> path = doc.getList(field, String.class);
                        if (path == null || !startsWith(path, c.fromPath())) {
                            return Mono.just(0L);
                        }
                        List<String> moved = new ArrayList<>(c.toPath());
                        moved.addAll(path.subList(c.fromPath().size(), path.size()));
                        Update u = new Update().set(field, moved);
                        if ("residents".equals(e.getKey())) {
                            return moveResident(doc, path, moved, c.effectiveFrom());
                        }
                        if ("anonymous_subjects".equals(e.getKey())) {
                            return moveAnonymousSubject(doc, path, moved, c.effectiveFrom());
                        }
                        return mongo.updateFirst(new Query(Criteria.where("_id").is(doc.get("_id")).and(field)
                                .is(path)), u, e.getKey()).map(r -> r.getModifiedCount());
                    });
        }).reduce(0L, Long::sum);
    }

    /**
     * A resident under a re-parented area takes the new path in one version-conditional update that
     * also records ResidentReattributed (reason AREA_REPARENTED, same grid, new path): the other
     * services' person indexes learn the new owning path at once, so the old town's staff lose the
     * person and the new town's gain them everywhere, not only in grid (ownership, ADR 0010).
     */
    private Mono<Long> moveResident(org.bson.Document doc, List<String> path, List<String> moved, LocalDate day) {
        String id = doc.getString("_id");
        long version = ((Number) doc.get("version")).longValue();
        long v = version + 1;
        String grid = doc.getString("gridCode");
        Update u = new Update().set("gridPath", moved).set("scheduleDirty", true).set("version", v)
                .push("outbox", events.create(GridEvents.RESIDENT_REATTRIBUTED, id,
                        new org.socialpsych.events.grid.ResidentReattributedV1(id, v, clock.instant(), grid, path,
                                grid, moved, day, "AREA_REPARENTED", id, moved)));
        return mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("version").is(version)
                        .and("gridPath").is(path)), u,
                org.socialpsych.grid.resident.infra.ResidentDocument.class)
                .map(r -> r.getModifiedCount())
                .doOnNext(n -> {
                    if (n > 0) {
                        relay.nudge();
                    }
                });
    }

    /**
     * An anonymous screening subject ({@code a-…}) owned by an area under a re-parented one takes the
     * new path in one version-conditional update that also records AnonymousSubjectReattributed
     * (reason AREA_REPARENTED, same area, new path): the person indexes of the other services move
     * the subject with its area at once, as they do residents.
     */
    private Mono<Long> moveAnonymousSubject(org.bson.Document doc, List<String> path, List<String> moved,
            LocalDate day) {
        String id = doc.getString("_id");
        Object stored = doc.get("version");
        long version = stored instanceof Number n ? n.longValue() : 0L;
        long v = Math.max(version, 1L) + 1;
        String area = doc.getString("areaCode");
        Update u = new Update().set("areaPath", moved).set("version", v)
                .push("outbox", events.create(GridEvents.ANONYMOUS_SUBJECT_REATTRIBUTED, id,
                        new org.socialpsych.events.grid.AnonymousSubjectReattributedV1(id, v, clock.instant(), id,
                                path, area, moved, day, "AREA_REPARENTED")));
        Criteria unchanged = Criteria.where("_id").is(id).and("areaPath").is(path);
        unchanged = stored == null ? unchanged.and("version").exists(false) : unchanged.and("version").is(stored);
        return mongo.updateFirst(new Query(unchanged), u, "anonymous_subjects")
                .map(r -> r.getModifiedCount())
                .doOnNext(n -> {
                    if (n > 0) {
                        relay.nudge();
                    }
                });
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** Closes the current version on {@code day} (kept in history) unless it starts that day. */
    private static Update closeVersion(AreaDocument d, LocalDate day) {
        Update u = new Update();
        if (day.isAfter(d.validFrom)) {
            u.push("history", new AreaVersion(d.name, d.parentCode, d.path, d.validFrom, day));
            u.addToSet("historyPaths").each(d.path.toArray());
        }
        return u;
    }

    private Mono<Void> noActiveChildren(String code) {
        return mongo.exists(new Query(Criteria.where("parentCode").is(code).and("validTo").is(null)), AreaDocument.class)
                .flatMap(has -> has ? Mono.error(ApiException.invalid("area-has-children",
                        "Move, merge or retire the areas under " + code + " first", Map.of())) : Mono.empty());
    }

    private Mono<Void> link(String successor, String predecessor) {
        return mongo.updateFirst(byCode(successor), new Update().addToSet("predecessorCodes", predecessor),
                AreaDocument.class).then();
    }

    private Mono<AreaDetails> apply(AreaDocument d, Update u) {
        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("version").is(d.version)), u,
                AreaDocument.class)
                .flatMap(r -> r.getModifiedCount() == 0
                        ? Mono.error(ApiException.conflict("concurrent-change", "The area changed meanwhile; reload"))
                        : areas.findById(d.id))
                .doOnNext(x -> relay.nudge())
                .map(x -> details(x, x.toDomain()));
    }

    private Mono<AreaDocument> editable(String code, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN change areas"));
        }
        return areas.findByCode(code).filter(d -> user.canView(d.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", code)))
                .flatMap(d -> user.canCapture(d.path) ? Mono.just(d)
                        : Mono.error(ApiException.forbidden("Area " + code + " is outside your capture scope")));
    }

    private LocalDate day(LocalDate d) {
        return d == null ? LocalDate.now(clock) : d;
    }

    private static void rule(Runnable check) {
        try {
            check.run();
        } catch (AreaRuleException e) {
            throw ApiException.invalid(e.code(), e.getMessage(), Map.of());
        }
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }

    private static Query byCode(String code) {
        return new Query(Criteria.where("code").is(code));
    }
}
