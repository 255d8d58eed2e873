package org.socialpsych.grid.visit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.VisitDueV1;
import org.socialpsych.events.grid.VisitExpiredV1;
import org.socialpsych.events.grid.VisitOverdueV1;
import org.socialpsych.grid.resident.application.ResidentChanged;
import org.socialpsych.grid.resident.domain.PopulationTag;
import org.socialpsych.grid.resident.infra.ResidentDocument;
import org.socialpsych.grid.resident.infra.ResidentRepository;
import org.socialpsych.grid.visit.domain.ScheduleStatus;
import org.socialpsych.grid.visit.domain.VisitPolicy;
import org.socialpsych.grid.visit.infra.ScheduleDocument;
import org.socialpsych.grid.visit.infra.VisitDocument;
import org.socialpsych.grid.visit.infra.VisitRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Keeps each resident's visit schedule in step with tags, risk, policy and visits, and announces
 * due → overdue → expired as events. Every write is a single-document update conditional on the
 * schedule's version, so replicas and the request path never double-announce. A departed
 * resident's schedule has no due date (it leaves the due lists and announces nothing more).
 */
@Service
public class ScheduleService implements ResidentChanged, PeriodicJob {

    private static final int BATCH = 200;

    private final ReactiveMongoTemplate mongo;
    private final ResidentRepository residents;
    private final VisitRepository visits;
    private final PolicyService policies;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public ScheduleService(ReactiveMongoTemplate mongo, ResidentRepository residents, VisitRepository visits,
            PolicyService policies, OutboxEventFactory events, OutboxRelay relay, Clock clock,
            GridProperties properties) {
        this.jobInterval = properties.scheduler().interval();
        this.mongo = mongo;
        this.residents = residents;
        this.visits = visits;
        this.policies = policies;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public Mono<Void> residentChanged(String residentId) {
        return refresh(residentId);
    }

    /** Recomputes the schedule of a resident from its sources; idempotent. */
    public Mono<Void> refresh(String residentId) {
        return residents.findById(residentId).flatMap(r -> Mono.defer(() -> refreshOnce(r))
                .retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance))
                .then(mongo.updateFirst(new Query(Criteria.where("_id").is(r.id).and("version").is(r.version)),
                        new Update().unset("scheduleDirty"), ResidentDocument.class)))
                .then();
    }

    private Mono<Void> refreshOnce(ResidentDocument r) {
        Instant now = clock.instant();
        // tags are dated in the platform zone (the clock's), like every business date
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<String> tags = r.tags.stream().filter(t -> t.activeOn(today)).map(PopulationTag::category).distinct()
                .toList();
        Mono<ScheduleDocument> existing = mongo.findById("vs-" + r.id, ScheduleDocument.class);
        return Mono.zip(policies.effective(r.gridPath),
                // only a visit that fulfilled a due item moves the schedule (one visit per item)
                visits.findFirstByResidentIdAndCountedNotOrderByVisitedAtDesc(r.id, false).map(v -> v.visitedAt)
                        .defaultIfEmpty(Instant.EPOCH),
                existing.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(t -> {
                    VisitPolicy policy = t.getT1();
                    Instant lastVisit = t.getT2().equals(Instant.EPOCH) ? null : t.getT2();
                    ScheduleDocument s = t.getT3().orElse(null);
                    // a resident who left is due no visit any more: the schedule ends
                    VisitPolicy.Interval interval = r.departedAt != null ? null
                            : policy.intervalFor(tags, r.riskLevel.name());
                    Instant anchor = s == null || s.anchorAt == null ? now : s.anchorAt;
                    boolean first = s == null || s.firstVisit;
                    if (lastVisit != null && lastVisit.isAfter(anchor)) {
                        anchor = lastVisit;
                        first = false;
                    }
                    Instant due = interval == null ? null
                            : anchor.plus(Duration.ofDays(first ? Math.min(policy.initialDays(), interval.days())
                                    : interval.days()));
                    Update u = new Update().set("residentId", r.id).set("gridCode", r.gridCode)
                            .set("gridKey", ScheduleDocument.gridKey(r.gridCode, r.id))
                            .set("gridPath", r.gridPath)
                            .set("intervalDays", interval == null ? null : interval.days())
                            .set("reasons", interval == null ? List.of() : interval.reasons())
                            .set("anchorAt", anchor).set("firstVisit", first)
                            .set("leadDays", policy.leadDays()).set("expireDays", policy.expireDays());
                    setDue(u, due, policy.leadDays(), policy.expireDays(), now);
                    boolean newPeriod = s == null || due == null || !due.equals(s.dueAt);
                    if (newPeriod) {
                        // a new period starts unannounced; the poller announces it when it is due
                        u.set("announced", due == null ? ScheduleStatus.NONE : ScheduleStatus.UPCOMING)
                                .set("nextCheckAt", due == null ? null : now);
                    }
                    if (s == null) {
                        ScheduleDocument d = new ScheduleDocument();
                        d.id = "vs-" + r.id;
                        d.residentId = r.id;
                        d.version = 0;
                        return mongo.insert(d).onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                                .then(Mono.error(new OptimisticLockingFailureException("created, apply again")));
                    }
                    return conditional(s, u);
                });
    }

    private static void setDue(Update u, Instant due, int lead, int expire, Instant now) {
        u.set("dueAt", due).set("windowOpensAt", due == null ? null : due.minus(Duration.ofDays(lead)))
                .set("expiresAt", due == null ? null : due.plus(Duration.ofDays(expire)));
    }

    private Mono<Void> conditional(ScheduleDocument s, Update u) {
        u.set("version", s.version + 1);
        return mongo.updateFirst(new Query(Criteria.where("_id").is(s.id).and("version").is(s.version)), u,
                ScheduleDocument.class)
                .flatMap(res -> res.getModifiedCount() == 0 && res.getMatchedCount() == 0
                        ? Mono.error(new OptimisticLockingFailureException("schedule " + s.id + " changed"))
                        : Mono.fromRunnable(relay::nudge))
                .then();
    }

    private final java.time.Duration jobInterval;

    /** The grid jobs' interval, {@code socialpsych.grid.scheduler.interval}. */
    @Override
    public java.time.Duration interval() {
        return jobInterval;
    }

    @Override
    public String name() {
        return "visit-schedules";
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        Mono<Long> dirtyResidents = residents.findByScheduleDirtyTrue(PageRequest.of(0, BATCH))
                .concatMap(r -> refresh(r.id).thenReturn(1L)).count();
        Mono<Long> unappliedVisits = visits.findByScheduleAppliedFalse(PageRequest.of(0, BATCH))
                .concatMap(v -> applyVisit(v)).count();
        Query due = new Query(Criteria.where("nextCheckAt").lte(now)).limit(BATCH);
        Mono<Long> transitions = mongo.find(due, ScheduleDocument.class)
                .concatMap(s -> announce(s, now)).filter(Boolean::booleanValue).count();
        return backfillGridKeys().then(dirtyResidents).then(unappliedVisits).then(transitions);
    }

    /** Recomputes the schedule after a visit and marks the visit applied. */
    public Mono<Boolean> applyVisit(VisitDocument v) {
        return refresh(v.residentId).then(mongo.updateFirst(new Query(Criteria.where("_id").is(v.id)),
                new Update().unset("scheduleApplied"), VisitDocument.class)).thenReturn(true);
    }

    /** Moves {@code announced} forward to the status at {@code now}, with one event per stage passed. */
    Mono<Boolean> announce(ScheduleDocument s, Instant now) {
        if (s.dueAt == null) {
            return mongo.updateFirst(new Query(Criteria.where("_id").is(s.id).and("version").is(s.version)),
                    new Update().unset("nextCheckAt"), ScheduleDocument.class).thenReturn(false);
        }
        List<OutboxEvent> out = new ArrayList<>();
        long version = s.version;
        ScheduleStatus announced = s.announced;
        Instant dueAt = s.dueAt;
        Instant anchor = s.anchorAt;
        boolean first = s.firstVisit;
        int missed = s.missed;
        ScheduleStatus status = ScheduleStatus.at(now, dueAt, s.leadDays, s.expireDays);
        int guard = 0;
        while (status.ordinal() > announced.ordinal() && guard++ < 50) {
            ScheduleStatus next = ScheduleStatus.values()[announced.ordinal() + 1];
            version++;
            out.add(event(s, next, version, now, dueAt));
            announced = next;
            if (next == ScheduleStatus.EXPIRED) {
                // missed for this period: the schedule rolls on from the missed due date
                missed++;
                anchor = dueAt;
                first = false;
                dueAt = dueAt.plus(Duration.ofDays(s.intervalDays == null ? 30 : s.intervalDays));
                announced = ScheduleStatus.UPCOMING;
                status = ScheduleStatus.at(now, dueAt, s.leadDays, s.expireDays);
            }
        }
        Update u = new Update().set("announced", announced).set("version", version).set("anchorAt", anchor)
                .set("firstVisit", first).set("missed", missed)
                .set("nextCheckAt", ScheduleStatus.nextChange(now, dueAt, s.leadDays, s.expireDays));
        setDue(u, dueAt, s.leadDays, s.expireDays, now);
        out.forEach(e -> u.push("outbox", e));
        return mongo.updateFirst(new Query(Criteria.where("_id").is(s.id).and("version").is(s.version)), u,
                ScheduleDocument.class)
                .map(r -> r.getModifiedCount() > 0)
                .doOnNext(changed -> {
                    if (changed && !out.isEmpty()) {
                        relay.nudge();
                    }
                });
    }

    private OutboxEvent event(ScheduleDocument s, ScheduleStatus stage, long version, Instant now, Instant dueAt) {
        return switch (stage) {
            case DUE -> events.create(GridEvents.VISIT_DUE, s.residentId,
                    new VisitDueV1(s.id, version, now, s.residentId, s.gridCode, s.gridPath, dueAt, s.reasons));
            case OVERDUE -> events.create(GridEvents.VISIT_OVERDUE, s.residentId,
                    new VisitOverdueV1(s.id, version, now, s.residentId, s.gridCode, s.gridPath, dueAt, s.reasons));
            case EXPIRED -> events.create(GridEvents.VISIT_EXPIRED, s.residentId,
                    new VisitExpiredV1(s.id, version, now, s.residentId, s.gridCode, s.gridPath, dueAt, s.reasons));
            default -> throw new IllegalStateException("no event for " + stage);
        };
    }

    /**
     * Schedules of these grids whose window opens by {@code until}, in ({@code dueAt}, id) order
     * strictly after ({@code afterDue}, {@code afterId}) (both null for the first page; a null
     * {@code afterId} with a due time: from that due time on, inclusive), at most {@code limit}. The
     * grids are the query (an anchored prefix on the unique {@code gridKey}: the embedded Mongo-wire
     * server uses an index only for a query on exactly that field); the window and the keyset are
     * applied to the schedules of those grids before the limit, so pages are never cut short.
     */
    public Flux<ScheduleDocument> dueIn(List<String> grids, Instant until, Instant afterDue, String afterId,
            int limit) {
        if (grids.isEmpty()) {
            return Flux.empty();
        }
        Query q = new Query(Criteria.where("gridKey").regex(ScheduleDocument.gridKeyPrefix(grids)));
        java.util.Comparator<ScheduleDocument> order = java.util.Comparator.comparing((ScheduleDocument s) -> s.dueAt)
                .thenComparing(s -> s.id);
        return mongo.find(q, ScheduleDocument.class)
                .filter(s -> s.windowOpensAt != null && s.dueAt != null && !s.windowOpensAt.isAfter(until)
                        && grids.contains(s.gridCode))
                .filter(s -> afterDue == null || s.dueAt.isAfter(afterDue)
                        || s.dueAt.equals(afterDue) && (afterId == null || s.id.compareTo(afterId) > 0))
                .sort(order)
                .take(limit);
    }

    private volatile boolean gridKeysComplete;

    /** Gives schedules stored before {@code gridKey} existed their key; stops once a pass finds none. */
    Mono<Long> backfillGridKeys() {
        if (gridKeysComplete) {
            return Mono.just(0L);
        }
        Query missing = new Query(Criteria.where("gridKey").exists(false).and("gridCode").ne(null)).limit(BATCH);
        return mongo.find(missing, ScheduleDocument.class)
                .concatMap(s -> mongo.updateFirst(new Query(Criteria.where("_id").is(s.id).and("gridCode").is(s.gridCode)),
                        new Update().set("gridKey", ScheduleDocument.gridKey(s.gridCode, s.residentId)),
                        ScheduleDocument.class))
                .count()
                .doOnNext(n -> gridKeysComplete = n == 0);
    }
}
