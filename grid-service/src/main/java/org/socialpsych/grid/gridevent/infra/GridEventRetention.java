package org.socialpsych.grid.gridevent.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.socialpsych.chassis.retention.RetentionClass;
import org.socialpsych.chassis.retention.Tombstones;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Retention class {@code grid-event}: a closed grid event is kept for five years after it was
 * closed ({@code closedAt}; {@code socialpsych.retention.classes.grid-event} overrides it), then
 * replaced by a tombstone that keeps the facts the loop's figures are made of and nothing about a
 * person: id, category, grid and path, status, the loop's dates (occurred, reported, opened,
 * dispatched, deadline, feedback, closed), on time, escalation level and supervising area, the
 * deadline's source area, notified grids and the evaluation score. Title, description, location,
 * the subject, every actor (reporter, opener, handler, closer), the step history with its notes and
 * the idempotency key are gone. No event is published: the loop's events never carried the story,
 * and no "grid event purged" type exists in the contract (psych-service's crisis case opened from a
 * PSYCH_CONCERN event has its own retention). Open events are never purged.
 */
@Component
public class GridEventRetention implements RetentionClass {

    public static final String NAME = "grid-event";
    /** Five calendar years are 1826 or 1827 days: never purge before five years have passed. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(5 * 365 + 2);
    /** The fields a tombstone keeps (besides {@code _id}, {@code version}, {@code outbox} and the purge marks). */
    public static final List<String> TOMBSTONE_FIELDS = List.of("category", "gridCode", "gridPath", "status",
            "occurredAt", "reportedAt", "openedAt", "dispatchedAt", "deadlineAt", "deadlineFrom", "feedbackAt",
            "closedAt", "onTime", "inSupervision", "escalationLevel", "escalatedTo", "notifiedGrids",
            "evaluationScore");

    static final Spec SPEC = new Spec(NAME, "grid-event", DEFAULT_KEEP, "grid_events", "closedAt",
            "closedAt: when the supervisor closed the event (open events are kept)", "subjectId");

    private final ReactiveMongoTemplate mongo;

    public GridEventRetention(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        return Tombstones.replace(mongo, collection(), expired, TOMBSTONE_FIELDS, NAME, now, version -> List.of());
    }
}
