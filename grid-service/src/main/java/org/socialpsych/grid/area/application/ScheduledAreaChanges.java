package org.socialpsych.grid.area.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.common.GridProperties;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Applies renames and re-parents on their effective day (job {@code area-scheduled-changes}, run
 * under the chassis lease by one replica per tick): pending changes are found through the unique
 * sparse {@code pendingKey}, and a change whose day has come (platform zone) is applied exactly as
 * an immediate one, so the tree, the scopes, residents and staff move together at that moment.
 */
@Component
public class ScheduledAreaChanges implements PeriodicJob {

    private final ReactiveMongoTemplate mongo;
    private final AreaChangeService changes;
    private final Clock clock;
    private final Duration interval;

    public ScheduledAreaChanges(ReactiveMongoTemplate mongo, AreaChangeService changes, Clock clock,
            GridProperties properties) {
        this.mongo = mongo;
        this.changes = changes;
        this.clock = clock;
        this.interval = properties.scheduler().interval();
    }

    @Override
    public String name() {
        return "area-scheduled-changes";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Mono<Long> runOnce(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Query pending = new Query(Criteria.where("pendingKey").regex("^")).limit(100);
        // parents before children: a subtree scheduled to move on one day moves in path order
        return mongo.find(pending, AreaDocument.class)
                .filter(d -> d.pending != null && !d.pending.effectiveFrom().isAfter(today))
                .sort(java.util.Comparator.comparing((AreaDocument d) -> d.pending.effectiveFrom())
                        .thenComparingInt(d -> d.path.size()))
                .concatMap(d -> changes.applyPending(d, today))
                .reduce(0L, Long::sum);
    }
}
