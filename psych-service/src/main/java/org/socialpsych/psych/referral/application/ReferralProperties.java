package org.socialpsych.psych.referral.application;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.socialpsych.psych.referral.domain.ReferralPolicy;
import org.socialpsych.psych.referral.domain.ReferralType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socialpsych.referrals.*}: default due times, per-type overrides (keys are
 * {@link ReferralType} names in lower case with dashes, e.g. {@code school-to-hospital}) and the
 * timer sweep.
 */
@ConfigurationProperties("socialpsych.referrals")
public record ReferralProperties(Duration respond, Duration firstContact, Map<String, Due> types,
        Duration pollInterval) {

    public record Due(Duration respond, Duration firstContact) {
    }

    public ReferralProperties {
        respond = respond == null ? Duration.ofHours(24) : respond;
        firstContact = firstContact == null ? Duration.ofHours(72) : firstContact;
        types = types == null ? Map.of("school-to-hospital", new Due(Duration.ofHours(4), Duration.ofHours(24)))
                : Map.copyOf(types);
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    }

    public ReferralPolicy toPolicy() {
        Map<ReferralType, ReferralPolicy.Due> m = new EnumMap<>(ReferralType.class);
        for (ReferralType t : ReferralType.values()) {
            Due d = types.get(t.name().toLowerCase().replace('_', '-'));
            m.put(t, new ReferralPolicy.Due(d != null && d.respond() != null ? d.respond() : respond,
                    d != null && d.firstContact() != null ? d.firstContact() : firstContact));
        }
        return new ReferralPolicy(m);
    }
}
