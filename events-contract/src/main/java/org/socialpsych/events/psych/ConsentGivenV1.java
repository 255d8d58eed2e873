package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A person (or the guardian of a minor) gave consent for one purpose; the ledger is append-only, keyed by person.
 * Topic {@code psych.consents.v1}, key = aggregate id.
 *
 * @param subjectId pseudonymous subject id of the person
 * @param entryId ledger entry
 * @param purpose purpose consented to
 * @param givenBy who gave it
 * @param minor the person was under the minor age when it was given
 * @param areaCode area the record belongs to (the service point's area for appointments)
 * @param areaPath area codes from the root down to areaCode
 */
public record ConsentGivenV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String entryId,
        String purpose,
        String givenBy,
        boolean minor,
        String areaCode,
        List<String> areaPath) implements EventPayload {
}
