package org.socialpsych.psych.referral.infra;

import java.time.Duration;
import java.time.Instant;

import org.socialpsych.chassis.retention.DeletingRetentionClass;
import org.socialpsych.psych.referral.domain.ReferralStatus;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Retention class {@code referral}: a closed referral (the loop and its notes) is kept as long as the
 * crisis case it usually belongs to, 15 years after it closed
 * ({@code socialpsych.retention.classes.referral} overrides it), then deleted: reporting holds only
 * counts without the person, and no other service copies referrals. Open, offered or unrouted
 * referrals are never purged.
 */
@Component
public class ReferralRetention extends DeletingRetentionClass {

    public static final String NAME = "referral";
    /** 15 years, counted generously (15 × 365 days plus the most leap days 15 years can hold). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(15 * 365 + 4);

    public ReferralRetention(ReactiveMongoTemplate mongo) {
        super(mongo, new Spec(NAME, "referral", DEFAULT_KEEP, ReferralDocument.COLLECTION, "closedAt",
                "closedAt: the referral loop was closed (open referrals are kept)", "subjectId"));
    }

    @Override
    public Criteria expired(Instant cutoff) {
        return Criteria.where("status").is(ReferralStatus.CLOSED.name()).andOperator(super.expired(cutoff));
    }
}
