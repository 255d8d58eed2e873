package org.socialpsych.psych.hotline.infra;

import java.time.Duration;

import org.socialpsych.chassis.retention.DeletingRetentionClass;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Retention class {@code hotline-call}: a call record is kept for 3 years after the call
 * ({@code startedAt}; {@code socialpsych.retention.classes.hotline-call} overrides it), then
 * deleted outright. No tombstone is needed: nobody holds a person-level copy of a call (reporting
 * keeps aggregates of {@code HotlineCallRecorded} that carry no person), and the crisis case a call
 * opened has its own, longer retention. A call whose events are still waiting in its outbox is left
 * for a later run, so no event is lost.
 */
@Component
public class HotlineCallRetention extends DeletingRetentionClass {

    public static final String NAME = "hotline-call";
    /** 3 years, counted generously (3 × 365 days plus the one leap day 3 years can hold). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(3 * 365 + 1);

    public HotlineCallRetention(ReactiveMongoTemplate mongo) {
        super(mongo, new Spec(NAME, "hotline-call", DEFAULT_KEEP, HotlineCallDocument.COLLECTION, "startedAt",
                "startedAt: the call began", "callerSubjectId"));
    }
}
