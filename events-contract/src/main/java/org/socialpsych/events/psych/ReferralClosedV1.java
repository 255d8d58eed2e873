package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A referral loop was closed and the outcome reported back to the sender.
 * Topic {@code psych.referrals.v1}, key = aggregate id.
 *
 * @param referralType type
 * @param toServicePointId last receiver
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param outcome outcome
 * @param attempts offers made
 * @param firstContactAt first contact by the receiver
 * @param firstContactOnTime first contact by its due date
 */
public record ReferralClosedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String referralType,
        String toServicePointId,
        String areaCode,
        List<String> areaPath,
        String outcome,
        int attempts,
        Instant firstContactAt,
        boolean firstContactOnTime) implements EventPayload {
}
