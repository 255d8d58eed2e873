package org.socialpsych.grid.gridevent.application;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.events.grid.GridEventEscalatedV1;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.grid.gridevent.domain.GridEventRules;
import org.socialpsych.grid.gridevent.domain.GridEventStatus;
import org.socialpsych.grid.gridevent.infra.GridEventDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Puts grid events past their deadline into supervision (督办) and escalates them one level up
 * the area tree (parent of the grid first, then further every {@code escalateEvery}). Each
 * escalation is one update conditional on the version the poller read: with several replicas only
 * one wins, the others change nothing.
 */
@Component
public class SupervisionJob implements PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(SupervisionJob.class);

    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final GridProperties properties;
    private final Counter escalations;

    public SupervisionJob(ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay,
            GridProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.properties = properties;
        this.escalations = Counter.builder("grid.events.escalations").register(meters);
    }

    /** The grid jobs' interval, {@code socialpsych.grid.scheduler.interval}. */
    @Override
    public java.time.Duration interval() {
        return properties.scheduler().interval();
    }

    @Override
    public String name() {
        return "grid-event-supervision";
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        Query due = new Query(Criteria.where("nextEscalationAt").lte(now).and("status")
                .in(GridEventStatus.DISPATCHED, GridEventStatus.HANDLING))
                .with(Sort.by("nextEscalationAt")).limit(200);
        return mongo.find(due, GridEventDocument.class).concatMap(d -> escalate(d, now))
                .filter(Boolean::booleanValue).count()
                .doOnNext(n -> {
                    if (n > 0) {
                        relay.nudge();
                    }
                });
    }

    Mono<Boolean> escalate(GridEventDocument d, Instant now) {
        Query same = new Query(Criteria.where("_id").is(d.id).and("version").is(d.version));
        int level = d.escalationLevel + 1;
        if (d.gridPath.size() - 1 - level < 0) {
            // nobody above: stay in supervision at the top
            return mongo.updateFirst(same, new Update().unset("nextEscalationAt"), GridEventDocument.class)
                    .thenReturn(false);
        }
        String target = GridEventRules.escalationTarget(d.gridPath, level);
        GridProperties.Category cat = properties.events().categories().getOrDefault(d.category,
                new GridProperties.Category(null, null, null, null));
        long v = d.version + 1;
        Update u = new Update().set("inSupervision", true).set("escalationLevel", level).set("escalatedTo", target)
                .set("nextEscalationAt", now.plus(d.escalateEvery(cat))).set("version", v)
                .push("history", new GridEventDocument.Step("ESCALATE", "system", now, "to " + target))
                .push("outbox", events.create(GridEvents.GRID_EVENT_ESCALATED, d.subjectId, new GridEventEscalatedV1(
                        d.id, v, now, d.category, d.gridCode, d.gridPath, level, target, d.deadlineAt)));
        return mongo.updateFirst(same, u, GridEventDocument.class).map(r -> r.getModifiedCount() > 0)
                .doOnNext(won -> {
                    if (won) {
                        escalations.increment();
                        log.info("Grid event {} past its deadline escalated to area {} (level {})", d.id, target, level);
                    }
                });
    }

}
