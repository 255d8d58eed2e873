package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * The receiver declined a referral, or did not answer in time; it is re-routed when another receiver exists.
 * Topic {@code psych.referrals.v1}, key = aggregate id.
 *
 * @param referralType type
 * @param toServicePointId receiver that declined
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param attempt offer attempt
 * @param reason reason
 * @param rerouted a new offer to another receiver follows
 */
public record ReferralDeclinedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String referralType,
        String toServicePointId,
        String areaCode,
        List<String> areaPath,
        int attempt,
        String reason,
        boolean rerouted) implements EventPayload {
}
