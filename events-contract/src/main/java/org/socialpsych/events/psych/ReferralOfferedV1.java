package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A referral was offered to a receiving service point (again after a decline or timeout: attempt > 1).
 * Topic {@code psych.referrals.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id
 * @param referralType type
 * @param fromServicePointId sending service point
 * @param toServicePointId receiving service point
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param attempt 1 for the first offer
 * @param respondBy the receiver must accept or decline by then
 * @param crisisCaseId crisis case the referral belongs to
 */
public record ReferralOfferedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String referralType,
        String fromServicePointId,
        String toServicePointId,
        String areaCode,
        List<String> areaPath,
        int attempt,
        Instant respondBy,
        String crisisCaseId) implements EventPayload {
}
