package org.socialpsych.grid.visit.infra;

import java.time.Duration;

import org.socialpsych.chassis.retention.DeletingRetentionClass;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Retention class {@code visit}: a visit record is kept for three years after the visit
 * ({@code visitedAt}, the event time, not the entry time), then deleted
 * ({@code socialpsych.retention.classes.visit} overrides the period). No tombstone and no event:
 * nobody holds a copy that names the person (reporting keeps aggregate counts only, from
 * VisitRecorded, which never carried identity data).
 */
@Component
public class VisitRetention extends DeletingRetentionClass {

    public static final String NAME = "visit";
    /** Three calendar years are 1095 or 1096 days: never delete before three years have passed. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);

    public VisitRetention(ReactiveMongoTemplate mongo) {
        super(mongo, new Spec(NAME, "visit", DEFAULT_KEEP, "visits", "visitedAt",
                "visitedAt: when the visit took place (event time)", "residentId"));
    }
}
