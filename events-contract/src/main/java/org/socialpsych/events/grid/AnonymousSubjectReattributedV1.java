package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An anonymous screening subject's owning area took a new path from effectiveFrom because that
 * area (or one above it) was re-parented: the same area, a new place in the tree. Other services'
 * person indexes move the subject with it. Ids and area codes only: no identity data exists.
 * Topic grid.residents.v1, key = aggregateId (the person id).
 *
 * @param personId the platform-issued person id (= aggregateId, a-<uuid>)
 * @param fromAreaPath the owning area's path before the move
 * @param areaCode the owning area (unchanged)
 * @param areaPath area codes from the root down to the owning area, after the move
 * @param effectiveFrom the day of the move
 * @param reason why: AREA_REPARENTED
 */
public record AnonymousSubjectReattributedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String personId,
        List<String> fromAreaPath,
        String areaCode,
        List<String> areaPath,
        LocalDate effectiveFrom,
        String reason) implements EventPayload {
}
