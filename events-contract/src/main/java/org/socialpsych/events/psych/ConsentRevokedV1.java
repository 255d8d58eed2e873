package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A consent for one purpose was revoked (a new ledger entry; history is kept).
 * Topic {@code psych.consents.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id of the person
 * @param entryId ledger entry
 * @param purpose purpose no longer consented to
 * @param revokedBy who revoked it
 * @param areaCode area the record belongs to (the service point's area for appointments)
 * @param areaPath area codes from the root down to areaCode
 */
public record ConsentRevokedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String entryId,
        String purpose,
        String revokedBy,
        String areaCode,
        List<String> areaPath) implements EventPayload {
}
