package org.socialpsych.psych.referral.domain;

import java.time.Duration;
import java.util.Map;

/**
 * Due dates per referral type: the receiver answers within {@code respond}, and makes first contact
 * within {@code firstContact} of accepting. Defaults: 24 h / 72 h; the school → hospital green
 * channel 4 h / 24 h. Configurable.
 */
public record ReferralPolicy(Map<ReferralType, Due> dues) {

    public record Due(Duration respond, Duration firstContact) {
        public Due {
            if (respond == null || respond.isNegative() || respond.isZero() || firstContact == null
                    || firstContact.isNegative() || firstContact.isZero()) {
                throw new IllegalArgumentException("referral due times must be positive");
            }
        }
    }

    public ReferralPolicy {
        for (ReferralType t : ReferralType.values()) {
            if (dues == null || !dues.containsKey(t)) {
                throw new IllegalArgumentException("no referral due times for " + t);
            }
        }
        dues = Map.copyOf(dues);
    }

    public Due of(ReferralType type) {
        return dues.get(type);
    }
}
