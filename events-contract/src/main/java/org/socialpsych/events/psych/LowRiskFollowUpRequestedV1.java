package org.socialpsych.events.psych;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A LOW risk flag or a LOW hotline triage asks the person's grid team for a first contact: grid-service
 * turns it into a follow-up task due at {@code dueBy} (completion with a visit, overdue, escalation as
 * other grid items); psych-service keeps only the link. Topic {@code psych.crisis-cases.v1}, key =
 * aggregate id (the follow-up link {@code gf-…}).
 *
 * @param subjectId pseudonymous subject id
 * @param origin RISK_FLAG or HOTLINE
 * @param sourceRef the trigger ({@code assessment:<id>} or {@code hotline:<callId>})
 * @param areaCode the person's area (the grid the task goes to)
 * @param areaPath area codes from the root down to areaCode
 * @param dueBy first contact due (the LOW contact SLA, 72 h by default)
 */
public record LowRiskFollowUpRequestedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String subjectId,
        String origin,
        String sourceRef,
        String areaCode,
        List<String> areaPath,
        Instant dueBy) implements EventPayload {
}
