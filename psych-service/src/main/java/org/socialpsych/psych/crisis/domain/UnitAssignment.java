package org.socialpsych.psych.crisis.domain;

import java.time.Instant;

/**
 * One responder unit's task on a case: its own receipt (acknowledgement), its own first contact, its
 * own deadlines and breaches. A breach, once recorded, stays (a fact); a unit released by a re-routing
 * keeps its record but has no deadlines any more.
 *
 * @param organisationId the organisation that played the role when the unit was assigned (null: none configured)
 */
public record UnitAssignment(ResponderUnit unit, String organisationId, String organisationName,
        Instant assignedAt, Instant acknowledgeBy, Instant contactBy, Instant acknowledgedAt, String acknowledgedBy,
        Instant contactedAt, String contactedBy, boolean acknowledgeBreached, boolean contactBreached,
        Instant releasedAt) {

    public boolean active() {
        return releasedAt == null;
    }

    public boolean awaitingAcknowledge() {
        return active() && acknowledgedAt == null && contactedAt == null;
    }

    public boolean awaitingContact() {
        return active() && contactedAt == null;
    }

    UnitAssignment acknowledged(Instant at, String by) {
        return new UnitAssignment(unit, organisationId, organisationName, assignedAt, acknowledgeBy, contactBy, at, by,
                contactedAt, contactedBy, acknowledgeBreached, contactBreached, releasedAt);
    }

    UnitAssignment contacted(Instant at, String by) {
        Instant ack = acknowledgedAt == null ? at : acknowledgedAt;
        String ackBy = acknowledgedBy == null ? by : acknowledgedBy;
        return new UnitAssignment(unit, organisationId, organisationName, assignedAt, acknowledgeBy, contactBy, ack,
                ackBy, at, by, acknowledgeBreached, contactBreached, releasedAt);
    }

    UnitAssignment breached(boolean acknowledge, boolean contact) {
        return new UnitAssignment(unit, organisationId, organisationName, assignedAt, acknowledgeBy, contactBy,
                acknowledgedAt, acknowledgedBy, contactedAt, contactedBy, acknowledgeBreached || acknowledge,
                contactBreached || contact, releasedAt);
    }

    UnitAssignment released(Instant at) {
        return new UnitAssignment(unit, organisationId, organisationName, assignedAt, acknowledgeBy, contactBy,
                acknowledgedAt, acknowledgedBy, contactedAt, contactedBy, acknowledgeBreached, contactBreached, at);
    }

    /** Whether the acknowledgement came in time (false once a breach is recorded, whatever happened later). */
    public boolean acknowledgedOnTime() {
        return acknowledgedAt != null && !acknowledgeBreached
                && (acknowledgeBy == null || !acknowledgedAt.isAfter(acknowledgeBy));
    }
}
