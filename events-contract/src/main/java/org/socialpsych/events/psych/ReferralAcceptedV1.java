package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * The receiver accepted a referral.
 * Topic {@code psych.referrals.v1}, key = aggregate id.
 *
 * @param referralType type
 * @param toServicePointId receiver
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param attempt offer attempt
 * @param onTime accepted by respondBy
 * @param firstContactBy first contact due
 */
public record ReferralAcceptedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String referralType,
        String toServicePointId,
        String areaCode,
        List<String> areaPath,
        int attempt,
        boolean onTime,
        Instant firstContactBy) implements EventPayload {
}
