package org.socialpsych.grid.visit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.grid.common.Keyset;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.VisitRecordedV1;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.resident.application.ResidentService;
import org.socialpsych.grid.resident.domain.Sensitivity;
import org.socialpsych.grid.resident.domain.TagCategory;
import org.socialpsych.grid.staff.application.GridAccess;
import org.socialpsych.grid.visit.domain.Plausibility;
import org.socialpsych.grid.visit.domain.VisitPolicy;
import org.socialpsych.grid.visit.domain.ScheduleStatus;
import org.socialpsych.grid.visit.infra.FollowUpDocument;
import org.socialpsych.grid.visit.infra.FollowUpListener;
import org.socialpsych.grid.visit.infra.ScheduleDocument;
import org.socialpsych.grid.visit.infra.VisitDocument;
import org.socialpsych.grid.visit.infra.VisitRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recording visits (event time and entry time apart, plausibility flags) and the due list per worker.
 * Visit records, scheduled visits and crisis/SMD follow-ups are case records about a person (record
 * class CASE of the chassis field-view policy): they are read with a GOVERNANCE view or richer only
 * (grid workers, area admins, platform operators in their scope); MINIMAL (police liaison) and NONE
 * (analysts, auditors, residents) get 403. A visit as served carries no note; the due list's
 * risk reasons ({@code RISK_*}) need a GOVERNANCE view of results (RESULT).
 */
@Service
public class VisitService {

    public record Record(String residentId, Instant visitedAt, Integer durationMinutes, Double latitude,
            Double longitude, String photoHash, String note) {
    }

    public record Recorded(VisitDocument visit, boolean created) {
    }

    /** One line of a worker's list: no clinical detail, police/justice reasons shown as KEY_POPULATION. */
    public record DueItem(String kind, String residentId, String subjectId, String gridCode, Instant dueAt,
            ScheduleStatus status, List<String> reasons) {
    }

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final VisitRepository visits;
    private final PolicyService policies;
    private final ReadAuditLog audit;
    private final ResidentService residents;
    private final ScheduleService schedules;
    private final GridAccess access;
    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final GridProperties properties;
    private final FieldViewPolicy views;
    private final Clock clock;

    public VisitService(VisitRepository visits, ResidentService residents, ScheduleService schedules,
            GridAccess access, ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay,
            GridProperties properties, FieldViewPolicy views, Clock clock, ReadAuditLog audit,
            PolicyService policies) {
        this.policies = policies;
        this.views = views;
        this.visits = visits;
        this.audit = audit;
        this.residents = residents;
        this.schedules = schedules;
        this.access = access;
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<Recorded> record(Record cmd, PlatformPrincipal user, String idempotencyKey) {
        Instant now = clock.instant();
        if (cmd.visitedAt().isAfter(now.plus(CLOCK_SKEW))) {
            return Mono.error(Problems.invalidField("visit-in-future", "visitedAt", "lies in the future"));
        }
        if ((cmd.latitude() == null) != (cmd.longitude() == null)) {
            return Mono.error(Problems.invalidField("invalid-location", "longitude", "give both or neither"));
        }
        if (!user.hasAnyRole(List.of(Roles.GRID_WORKER, Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only grid workers record visits"));
        }
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        // the key is the caller's own; a replay is authorized again with the caller's current token
        Mono<Recorded> replay = key == null ? Mono.empty()
                : visits.findByIdempotencyKey(key).flatMap(v -> replayable(v, user)).map(v -> new Recorded(v, false));
        return replay.switchIfEmpty(Mono.defer(() -> residents.visibleDoc(cmd.residentId(), user)
                .flatMap(r -> access.writable(user).flatMap(w -> w.covers(r.gridPath) ? Mono.just(r)
                        : Mono.error(ApiException.forbidden("The resident is outside your capture scope"))))
                // a visit after the resident moved out, died or was deregistered did not happen here;
                // one from before (carried in late) is still recorded
                // a visit on a later day (platform zone) than the departure day did not happen here;
                // one on the departure day itself, at any hour, is a visit before the resident left
                .flatMap(r -> r.departure != null && LocalDate.ofInstant(cmd.visitedAt(), clock.getZone())
                        .isAfter(r.departure.day(clock.getZone()))
                        ? Mono.error(ApiException.conflict("resident-departed",
                                "The resident had left before the time given for this visit"))
                        : Mono.just(r))
                .flatMap(r -> Mono.zip(
                        mongo.findById("vs-" + r.id, ScheduleDocument.class).map(java.util.Optional::of)
                                .defaultIfEmpty(java.util.Optional.empty()),
                        flags(cmd, user.subject(), r), policies.effective(r.gridPath)).flatMap(t -> {
                            ScheduleDocument s = t.getT1().orElse(null);
                            VisitPolicy policy = t.getT3();
                            List<String> flags = new ArrayList<>(t.getT2());
                            LocalDate today = LocalDate.now(clock);
                            List<String> activeTags = r.tags == null ? List.of() : r.tags.stream()
                                    .filter(tag -> tag.activeOn(today)).map(tag -> tag.category()).toList();
                            if (cmd.photoHash() == null && policy.photoRequired(activeTags)) {
                                flags.add(Plausibility.MISSING_PHOTO);
                            }
                            // one visit per due item: a back-dated visit from before the registration
                            // proves nothing, and a visit that fulfils no item (a burst of visits, an
                            // early one the policy ignores) is recorded as an extra visit
                            boolean counts = s != null && !flags.contains(Plausibility.BEFORE_REGISTRATION)
                                    && policy.fulfils(cmd.visitedAt(), s.firstVisit ? null : s.anchorAt,
                                            s.windowOpensAt, s.intervalDays, s.firstVisit);
                            if (s != null && s.windowOpensAt != null && !counts
                                    && !flags.contains(Plausibility.BEFORE_REGISTRATION)) {
                                flags.add(Plausibility.EXTRA_VISIT);
                            }
                            VisitDocument v = new VisitDocument();
                            v.id = "v-" + UUID.randomUUID();
                            v.residentId = r.id;
                            v.gridCode = r.gridCode;
                            v.gridPath = r.gridPath;
                            v.workerId = user.subject();
                            v.visitedAt = cmd.visitedAt();
                            v.enteredAt = now;
                            v.durationMinutes = cmd.durationMinutes();
                            v.latitude = cmd.latitude();
                            v.longitude = cmd.longitude();
                            v.photoHash = cmd.photoHash();
                            v.note = cmd.note();
                            v.dueAt = counts ? s.dueAt : null;
                            v.onTime = counts ? !v.visitedAt.isAfter(v.dueAt) : null;
                            v.counted = counts;
                            v.lateEntry = Duration.between(v.visitedAt, now).compareTo(properties.visits().lateEntry()) > 0;
                            v.flags = flags;
                            v.scheduleApplied = false;
                            v.version = 1;
                            v.idempotencyKey = key;
                            v.outbox.add(events.create(GridEvents.VISIT_RECORDED, r.id, new VisitRecordedV1(v.id, 1,
                                    now, r.id, v.gridCode, v.gridPath, v.workerId, v.visitedAt, v.enteredAt, v.dueAt,
                                    v.onTime, v.lateEntry, v.flags)));
                            return visits.insert(v).map(saved -> new Recorded(saved, true))
                                    .onErrorResume(DuplicateKeyException.class, e -> key == null
                                            ? Mono.error(e)
                                            : visits.findByIdempotencyKey(key).flatMap(x -> replayable(x, user))
                                                    .map(x -> new Recorded(x, false)));
                        }))
                .flatMap(rec -> {
                    relay.nudge();
                    return rec.created() ? schedules.applyVisit(rec.visit()).onErrorResume(e -> Mono.just(false))
                            .then(completeLowFollowUps(rec.visit())).thenReturn(rec) : Mono.just(rec);
                })));
    }

    /**
     * The LOW loop closes with the grid worker's visit: open LOW follow-ups of the visited person
     * requested before the visit are completed by it. A failure leaves the item due (shown again,
     * never lost); the visit itself is stored either way.
     */
    private Mono<Void> completeLowFollowUps(VisitDocument v) {
        return mongo.updateMulti(new Query(Criteria.where("subjectId").is(v.residentId).and("kind")
                                .is(FollowUpListener.LOW_KIND).and("open").is(true)),
                        new Update().set("open", false).set("completedByVisit", v.id).set("completedAt", v.visitedAt),
                        FollowUpDocument.class)
                .then().onErrorResume(e -> Mono.empty());
    }

    private Mono<VisitDocument> replayable(VisitDocument v, PlatformPrincipal user) {
        return access.writable(user).flatMap(w -> w.covers(v.gridPath) ? Mono.just(v)
                : Mono.error(ApiException.forbidden("The visit is outside your capture scope")));
    }

    /**
     * Visit records, schedules and follow-ups are CASE records: a GOVERNANCE view or richer reads them,
     * and only a role that {@link GridAccess} scopes to grids can reach any (403 for the others).
     */
    private Mono<Void> requireCaseView(PlatformPrincipal user) {
        return views.allows(user, RecordClass.CASE, FieldView.GOVERNANCE) && GridAccess.reachesGrids(user)
                ? Mono.empty()
                : Mono.error(ApiException.forbidden("Your role has no access to visit records"));
    }

    private Mono<List<String>> flags(Record cmd, String worker,
            org.socialpsych.grid.resident.infra.ResidentDocument resident) {
        GridProperties.Visits rules = properties.visits();
        Mono<Boolean> repeated = visits.existsByResidentIdAndVisitedAtBetween(resident.id,
                cmd.visitedAt().minus(rules.repeatWindow()), cmd.visitedAt().plus(rules.repeatWindow()));
        Mono<Boolean> reused = cmd.photoHash() == null ? Mono.just(false) : visits.existsByPhotoHash(cmd.photoHash());
        Mono<Boolean> travel = cmd.latitude() == null ? Mono.just(false)
                : visits.findByWorkerIdAndVisitedAtBetween(worker, cmd.visitedAt().minus(Duration.ofHours(12)),
                        cmd.visitedAt().plus(Duration.ofHours(12)))
                        .filter(o -> o.latitude != null)
                        .any(o -> Plausibility.impossibleTravel(
                                new Plausibility.Fix(o.latitude, o.longitude, o.visitedAt),
                                new Plausibility.Fix(cmd.latitude(), cmd.longitude(), cmd.visitedAt()),
                                properties.visits().maxSpeedKmh()));
        return Mono.zip(travel, reused, repeated).map(t -> {
            List<String> f = new ArrayList<>();
            java.time.ZonedDateTime local = cmd.visitedAt().atZone(clock.getZone());
            if (Plausibility.nightHours(local.toLocalTime(), rules.nightStart(), rules.nightEnd())) {
                f.add(Plausibility.NIGHT_HOURS);
            }
            if (resident.createdAt != null
                    && local.toLocalDate().isBefore(LocalDate.ofInstant(resident.createdAt, clock.getZone()))) {
                f.add(Plausibility.BEFORE_REGISTRATION);
            }
            if (cmd.latitude() == null) {
                f.add(Plausibility.MISSING_LOCATION);
            } else if (Plausibility.zeroLocation(cmd.latitude(), cmd.longitude())) {
                f.add(Plausibility.ZERO_LOCATION);
            }
            if (t.getT3()) {
                f.add(Plausibility.REPEATED_VISIT);
            }
            if (t.getT1()) {
                f.add(Plausibility.IMPOSSIBLE_TRAVEL);
            }
            if (Plausibility.implausiblyShort(cmd.durationMinutes(), properties.visits().minDuration())) {
                f.add(Plausibility.IMPLAUSIBLY_SHORT);
            }
            if (t.getT2()) {
                f.add(Plausibility.REUSED_PHOTO_HASH);
            }
            return List.copyOf(f);
        });
    }

    public Mono<VisitDocument> get(String id, PlatformPrincipal user) {
        return requireCaseView(user).then(access.viewable(user)).flatMap(v -> visits.findById(id).filter(d -> v.covers(d.gridPath)))
                .switchIfEmpty(Mono.error(ApiException.notFound("Visit", id)))
                .flatMap(d -> audit.record(user, "visit", d.id, d.residentId, "visit", null).thenReturn(d));
    }

    /**
     * Visits of a resident, or of a grid in a period, attributed to the grid as it was at the visit:
     * one cursor page, newest first ({@code visitedAt}, then id, both descending). The caller's scope
     * is part of the query, so a narrow scope never gets a page emptied by filtering after the limit.
     */
    public Mono<CursorPage<VisitDocument>> list(String residentId, String grid, Instant from, Instant to, int limit,
            String cursor, PlatformPrincipal user) {
        if (residentId == null && grid == null) {
            return Mono.error(Problems.rule("missing-filter", "Give resident or grid"));
        }
        List<Criteria> all = new ArrayList<>();
        if (residentId != null) {
            all.add(Criteria.where("residentId").is(residentId));
        }
        if (grid != null) {
            all.add(Criteria.where("gridCode").is(grid));
        }
        if (from != null || to != null || residentId == null) {
            all.add(Criteria.where("visitedAt").gte(from == null ? Instant.EPOCH : from)
                    .lte(to == null ? clock.instant().plus(CLOCK_SKEW) : to));
        }
        if (cursor != null) {
            List<String> c = Keyset.parts(cursor);
            all.add(Keyset.after("visitedAt", Keyset.instant(c.get(0)), c.get(1), Sort.Direction.DESC));
        }
        // every visit served names a resident: one read-audit entry each (purpose from X-Purpose)
        return requireCaseView(user).then(access.viewable(user)).flatMap(v -> {
            List<Criteria> scoped = new ArrayList<>(all);
            scoped.add(v.criteria("gridPath", "gridCode"));
            Query q = new Query(new Criteria().andOperator(scoped.toArray(Criteria[]::new)))
                    .with(Keyset.sort("visitedAt", Sort.Direction.DESC));
            return mongo.find(q, VisitDocument.class).filter(d -> v.covers(d.gridPath)).take(limit + 1L)
                    .collectList()
                    .map(rows -> CursorPage.of(rows, limit, d -> Keyset.cursor(d.visitedAt, d.id)));
        }).flatMap(page -> Flux.fromIterable(page.items())
                .concatMap(d -> audit.record(user, "visit", d.id, d.residentId, "visit", null).thenReturn(d))
                .collectList().map(items -> new CursorPage<>(items, page.next())));
    }

    /**
     * The caller's due list: scheduled visits whose window has opened (or opens within
     * {@code horizonDays}) in the grids they serve, plus visit-due items from psych-service, one
     * cursor page in due order ({@code dueAt}, then the item's key; follow-ups before schedules on
     * equal due times). An AREA_ADMIN names the grid. Both sources are read from the cursor on in that
     * order and merged, so no item is lost or repeated between pages.
     */
    public Mono<CursorPage<DueItem>> due(String grid, int horizonDays, int limit, String cursor,
            PlatformPrincipal user) {
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(Math.max(0, horizonDays)));
        boolean police = user.isSystemAdmin() || user.hasRole(Roles.POLICE_LIAISON);
        boolean risk = views.allows(user, RecordClass.RESULT, FieldView.GOVERNANCE);
        // the cursor: the due time and the key of the last item served (f:<follow-up id> / s:<schedule id>)
        Instant afterDue;
        String afterKey;
        if (cursor != null) {
            List<String> c = Keyset.parts(cursor);
            afterDue = Keyset.instant(c.get(0));
            afterKey = c.get(1);
            if (!afterKey.startsWith(FOLLOW_UP_KEY) && !afterKey.startsWith(SCHEDULE_KEY)) {
                return Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST,
                        "invalid-parameter", "Invalid query parameter", "cursor is not one this list issued",
                        java.util.Map.of()));
            }
        } else {
            afterDue = null;
            afterKey = null;
        }
        return requireCaseView(user).then(access.viewable(user)).flatMap(v -> {
            Mono<List<String>> gridsMono;
            if (grid != null) {
                gridsMono = mongo.findOne(new Query(Criteria.where("code").is(grid)),
                        org.socialpsych.grid.area.infra.AreaDocument.class)
                        .filter(a -> v.covers(a.path)).map(a -> List.of(a.code))
                        .switchIfEmpty(Mono.error(ApiException.notFound("Grid", grid)));
            } else {
                gridsMono = Mono.just(List.copyOf(v.grids()));
            }
            return gridsMono.flatMap(grids -> {
                Criteria afterFollowUp = null;
                // every schedule sorts after a follow-up of the same due time
                String afterSchedule = null;
                if (afterDue != null) {
                    afterSchedule = afterKey.startsWith(SCHEDULE_KEY) ? afterKey.substring(SCHEDULE_KEY.length())
                            : null;
                    afterFollowUp = afterKey.startsWith(FOLLOW_UP_KEY)
                            ? Keyset.after("dueAt", afterDue, afterKey.substring(FOLLOW_UP_KEY.length()),
                                    Sort.Direction.ASC)
                            : Criteria.where("dueAt").gt(afterDue);
                }
                Flux<Keyed> scheduled = schedules.dueIn(grids, until, afterDue, afterSchedule, limit + 1)
                        .map(s -> new Keyed(SCHEDULE_KEY + s.id, new DueItem("VISIT", s.residentId, null,
                                s.gridCode, s.dueAt, ScheduleStatus.at(now, s.dueAt, s.leadDays, s.expireDays),
                                s.reasons.stream().filter(r -> risk || !r.startsWith("RISK_"))
                                        .map(r -> police ? r : hidePolice(r)).distinct().toList())));
                List<Criteria> f = new ArrayList<>(List.of(Criteria.where("areaPath").in(grids), Criteria.where("open")
                        .is(true), Criteria.where("dueAt").lte(until.plus(Duration.ofDays(properties.visits()
                                .leadDays())))));
                if (afterFollowUp != null) {
                    f.add(afterFollowUp);
                }
                Query fq = new Query(new Criteria().andOperator(f.toArray(Criteria[]::new)))
                        .with(Keyset.sort("dueAt", Sort.Direction.ASC)).limit(limit + 1);
                Flux<Keyed> followUps = grids.isEmpty() ? Flux.empty()
                        : mongo.find(fq, FollowUpDocument.class).map(fu -> new Keyed(FOLLOW_UP_KEY + fu.id,
                                new DueItem(fu.kind, null, fu.subjectId, fu.areaCode, fu.dueAt,
                                        ScheduleStatus.at(now, fu.dueAt, properties.visits().leadDays(),
                                                properties.visits().expireDays()),
                                        fu.escalatedTo == null ? List.of(fu.kind)
                                                : List.of(fu.kind, "ESCALATED_TO:" + fu.escalatedTo))));
                return Mono.zip(followUps.collectList(), scheduled.collectList()).map(t -> {
                    List<Keyed> merged = new ArrayList<>(t.getT1());
                    merged.addAll(t.getT2());
                    merged.sort(java.util.Comparator.comparing((Keyed k) -> k.item().dueAt())
                            .thenComparing(Keyed::key));
                    return CursorPage.of(merged.subList(0, Math.min(merged.size(), limit + 1)), limit,
                            k -> Keyset.cursor(k.item().dueAt(), k.key()));
                });
            });
        }).flatMap(page -> Flux.fromIterable(page.items())
                // each item names a person: audited before it is served
                .concatMap(k -> audit.record(user, "visit-due",
                        k.item().residentId() != null ? "vs-" + k.item().residentId() : k.item().kind(),
                        k.item().residentId() != null ? k.item().residentId() : k.item().subjectId(), "due", null)
                        .thenReturn(k.item()))
                .collectList().map(items -> new CursorPage<>(items, page.next())));
    }

    private static final String FOLLOW_UP_KEY = "f:";
    private static final String SCHEDULE_KEY = "s:";

    /** A due item with its paging key. */
    private record Keyed(String key, DueItem item) {
    }

    private static String hidePolice(String reason) {
        // categories an area adds are never police/justice ones
        return TagCategory.find(reason).filter(c -> c.sensitivity() == Sensitivity.POLICE_JUSTICE)
                .map(c -> "KEY_POPULATION").orElse(reason);
    }
}
