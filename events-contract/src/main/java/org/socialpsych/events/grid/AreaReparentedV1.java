package org.socialpsych.events.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An area was moved under another parent from effectiveFrom; descendants get their own AreaReparented with their new paths. Records made before keep the old path (past figures stay attributed).
 * Topic grid.areas.v1, key = aggregateId (a-<code>).
 *
 * @param code area code
 * @param parentCode the new parent
 * @param path the new path root to area
 * @param previousParentCode the parent until effectiveFrom
 * @param previousPath the path until effectiveFrom
 * @param effectiveFrom first day under the new parent
 */
public record AreaReparentedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String code,
        String parentCode,
        List<String> path,
        String previousParentCode,
        List<String> previousPath,
        LocalDate effectiveFrom) implements EventPayload {
}
