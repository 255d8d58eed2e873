package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * Ownership of a resident moved to another grid by an explicit, audited transfer (moving house):
 * from {@code effectiveFrom} the new grid owns the person. The reason given stays in grid-service.
 * Topic grid.residents.v1, key = aggregateId (the person id). Never carries identity data.
 *
 * @param personId the platform-issued person id (= aggregateId)
 * @param fromGridCode the grid that owned the person
 * @param fromGridPath its path
 * @param gridCode the new owning grid
 * @param gridPath its path, root to grid
 * @param areaPath area codes from the root down to the new owning grid (= gridPath)
 * @param effectiveFrom first day owned by the new grid (platform zone)
 */
public record ResidentTransferredV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String personId,
        String fromGridCode,
        List<String> fromGridPath,
        String gridCode,
        List<String> gridPath,
        List<String> areaPath,
        LocalDate effectiveFrom) implements EventPayload {
}
