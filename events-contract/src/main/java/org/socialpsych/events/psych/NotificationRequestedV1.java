package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * An outbound message psych-service asks to be delivered to a responder organisation: a unit's
 * assignment to a crisis case, an escalation, a missed deadline, a sign-off request, or a
 * 110/120/12345 dispatch from a hotline call. Minimum necessary: which record, whom (role and
 * organisation), the tier and the deadline; no subject, notes, reasons or scores.
 * Topic {@code psych.notifications.v1}, key = aggregate id (the case or the call).
 *
 * @param aggregate crisis-case or hotline-call
 * @param notificationId the notification's id; delivery receipts name it
 * @param kind ASSIGNED, ESCALATED, BREACHED, SIGN_OFF_REQUESTED or DISPATCH
 * @param role the role told: a responder unit, an escalation rung, SIGN_OFF, or the linkage (POLICE_110, AMBULANCE_120, SERVICE_12345)
 * @param organisationId organisation configured for the role in the area; null when none is
 * @param channel the organisation's on-duty channel kind; null when none is configured
 * @param areaCode area the message is about (the rung's area for an escalation)
 * @param areaPath area codes from the root down to areaCode
 * @param tier risk tier of the case or triage; null when none
 * @param deadline what the recipient is held to (acknowledge or contact by); null when none
 */
public record NotificationRequestedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String aggregate,
        String notificationId,
        String kind,
        String role,
        String organisationId,
        String channel,
        String areaCode,
        List<String> areaPath,
        String tier,
        Instant deadline) implements EventPayload {
}
