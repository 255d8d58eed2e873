package org.socialpsych.psych.referral.domain;

import java.time.Instant;

/** What a command did to a referral; {@code version} is the referral's version after the change. */
public sealed interface ReferralEvent {

    long version();

    Instant at();

    record Offered(long version, Instant at, String to, int attempt) implements ReferralEvent {
    }

    record Accepted(long version, Instant at, String to, int attempt, boolean onTime) implements ReferralEvent {
    }

    record Declined(long version, Instant at, String to, int attempt, DeclineReason reason, boolean rerouted)
            implements ReferralEvent {
    }

    record Closed(long version, Instant at, ReferralOutcome outcome) implements ReferralEvent {
    }
}
