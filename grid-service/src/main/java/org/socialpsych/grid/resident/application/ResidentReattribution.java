package org.socialpsych.grid.resident.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.ResidentReattributedV1;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.resident.infra.ResidentDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * After a grid merges into another, its residents belong to the surviving grid from the merge day:
 * each resident moves in one version-conditional update that keeps the old grid in
 * {@code gridHistory}, marks the visit schedule for recomputation and records a
 * ResidentReattributed event. Visits, events and figures recorded before keep the old grid. The
 * merged area carries {@code reattribution} until none of its residents is left, so a crash, a
 * future merge day or a concurrent registration is finished by the periodic loop.
 */
@Component
public class ResidentReattribution implements PeriodicJob {

    private static final int BATCH = 200;
    private static final String REASON = "AREA_MERGED";

    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final org.socialpsych.grid.staff.application.StaffService staff;

    public ResidentReattribution(ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay,
            Clock clock, GridProperties properties, org.socialpsych.grid.staff.application.StaffService staff) {
        this.staff = staff;
        this.jobInterval = properties.scheduler().interval();
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    private final java.time.Duration jobInterval;

    /** The grid jobs' interval, {@code socialpsych.grid.scheduler.interval}. */
    @Override
    public java.time.Duration interval() {
        return jobInterval;
    }

    @Override
    public String name() {
        return "resident-reattribution";
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        Query pending = new Query(Criteria.where("reattributionPending").regex("^")).limit(20);
        return mongo.find(pending, AreaDocument.class).concatMap(a -> run(a.code, now)).reduce(0L, Long::sum);
    }

    /** Moves the residents of merged grid {@code code} if its merge day has come; emits how many moved. */
    public Mono<Long> run(String code, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone());
        return mongo.findOne(new Query(Criteria.where("code").is(code)), AreaDocument.class)
                .filter(a -> a.reattribution != null && !a.reattribution.effectiveFrom().isAfter(today))
                .flatMap(merged -> mongo.findOne(new Query(Criteria.where("code").is(merged.reattribution.intoCode())),
                        AreaDocument.class)
                        // the staff move with the residents, on the same day: nobody is left without a worker
                        .flatMap(into -> staff.moveOnMerge(merged.code, into, merged.reattribution.effectiveFrom())
                                .then(moveAll(merged, into, now))));
    }

    private Mono<Long> moveAll(AreaDocument merged, AreaDocument into, Instant now) {
        // tombstones of purged residents keep their last grid and stay there
        Query residents = new Query(Criteria.where("gridCode").is(merged.code).and("purgedAt").exists(false))
                .limit(BATCH);
        return mongo.find(residents, ResidentDocument.class)
                .concatMap(r -> move(r, merged, into, now))
                .reduce(0L, Long::sum)
                .flatMap(n -> mongo.exists(new Query(Criteria.where("gridCode").is(merged.code).and("purgedAt")
                        .exists(false)), ResidentDocument.class)
                        .flatMap(left -> left ? Mono.just(n)
                                : mongo.updateFirst(new Query(Criteria.where("_id").is(merged.id)),
                                        new Update().unset("reattribution").unset("reattributionPending"),
                                        AreaDocument.class).thenReturn(n)))
                .doOnNext(n -> {
                    if (n > 0) {
                        relay.nudge();
                    }
                });
    }

    private Mono<Long> move(ResidentDocument r, AreaDocument merged, AreaDocument into, Instant now) {
        long v = r.version + 1;
        LocalDate day = merged.reattribution.effectiveFrom();
        Update u = new Update().set("gridCode", into.code).set("gridPath", into.path).set("version", v)
                .set("scheduleDirty", true)
                .push("gridHistory", new ResidentDocument.GridSpell(r.gridCode, r.gridPath, day))
                .push("outbox", events.create(GridEvents.RESIDENT_REATTRIBUTED, r.id, new ResidentReattributedV1(r.id,
                        v, now, r.gridCode, r.gridPath, into.code, into.path, day, REASON, r.id, into.path)));
        return mongo.updateFirst(new Query(Criteria.where("_id").is(r.id).and("version").is(r.version)), u,
                ResidentDocument.class).map(res -> res.getModifiedCount());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
