package org.socialpsych.events.grid;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * The platform issued an anonymous screening subject ({@code a-<uuid>}, e.g. for a school or kiosk
 * screening) owned by an area. No identity data exists for it anywhere.
 * Topic grid.residents.v1, key = aggregateId (the person id).
 *
 * @param personId the platform-issued person id (= aggregateId, a-<uuid>)
 * @param areaCode the owning area
 * @param areaPath area codes from the root down to the owning area
 */
public record AnonymousSubjectIssuedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String personId,
        String areaCode,
        List<String> areaPath) implements EventPayload {
}
