package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * One responder unit's receipt on a crisis case: it acknowledged its assignment, it made contact with
 * the person, or one of its deadlines passed unmet (a breach, which no later change clears). Each unit
 * of a jointly routed case (police, health office, community …) has its own receipts and deadlines.
 * Topic {@code psych.crisis-cases.v1}, key = aggregate id. No person id.
 *
 * @param tier risk tier
 * @param areaCode area the record belongs to
 * @param areaPath area codes from the root down to areaCode
 * @param unit the responder unit (POLICE, HEALTH_OFFICE, COMMUNITY, GOVERNANCE_OFFICE, GRID_TEAM)
 * @param receipt ACKNOWLEDGED, CONTACTED or BREACHED
 * @param deadline the deadline concerned: ACKNOWLEDGE or FIRST_CONTACT
 * @param onTime met by the deadline (always false for BREACHED)
 */
public record CrisisCaseUnitReceiptV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String tier,
        String areaCode,
        List<String> areaPath,
        String unit,
        String receipt,
        String deadline,
        boolean onTime) implements EventPayload {
}
