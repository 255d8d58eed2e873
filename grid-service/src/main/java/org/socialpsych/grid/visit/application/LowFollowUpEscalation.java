package org.socialpsych.grid.visit.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.grid.visit.infra.FollowUpListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * The LOW loop's escalation: a LOW follow-up still open after its due time (the 72 h first-contact
 * SLA) is escalated to the grid's parent area (the village), once, like other overdue grid items;
 * the due lists show it with {@code ESCALATED_TO:<area>}. Metric {@code grid.low.escalations}.
 * Runs under the chassis lease (one replica per tick); each escalation is one conditional update.
 */
@Component
public class LowFollowUpEscalation implements PeriodicJob {

    private final ReactiveMongoTemplate mongo;
    private final GridProperties properties;
    private final MeterRegistry meters;

    public LowFollowUpEscalation(ReactiveMongoTemplate mongo, GridProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public String name() {
        return "grid-low-follow-up-escalation";
    }

    @Override
    public Duration interval() {
        return properties.scheduler().interval();
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        Query overdue = new Query(Criteria.where("kind").is(FollowUpListener.LOW_KIND).and("open").is(true)
                .and("escalatedTo").exists(false).and("dueAt").lt(Date.from(now))).limit(200);
        return mongo.find(overdue, Document.class, FollowUpListener.COLLECTION)
                .concatMap(d -> {
                    java.util.List<String> path = d.getList("areaPath", String.class, java.util.List.of());
                    String parent = path.size() >= 2 ? path.get(path.size() - 2) : path.isEmpty() ? null : path.get(0);
                    if (parent == null) {
                        return Mono.just(0L);
                    }
                    return mongo.updateFirst(new Query(Criteria.where("_id").is(d.get("_id")).and("open").is(true)
                                    .and("escalatedTo").exists(false)),
                            new Update().set("escalatedTo", parent).set("escalatedAt", Date.from(now)),
                            FollowUpListener.COLLECTION).map(r -> r.getModifiedCount());
                })
                .reduce(0L, Long::sum)
                .doOnNext(n -> meters.counter("grid.low.escalations").increment(n));
    }
}
