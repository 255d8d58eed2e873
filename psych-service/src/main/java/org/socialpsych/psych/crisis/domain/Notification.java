package org.socialpsych.psych.crisis.domain;

import java.time.Instant;
import java.util.List;

/**
 * An outbound message the case caused (an assignment, an escalation, a breach, a sign-off request),
 * with the receipts fed back by the delivery adapter or the gateway. Minimum necessary: who is told
 * (role, organisation, area), what kind, the tier and the deadline; never notes, reasons or scores.
 */
public record Notification(String id, Kind kind, String role, String organisationId, String areaCode,
        String channel, Instant at, Instant deadline, Status status, List<Receipt> receipts) {

    public enum Kind {
        ASSIGNED, ESCALATED, BREACHED, SIGN_OFF_REQUESTED
    }

    public enum Status {
        REQUESTED, FAILED, SENT, DELIVERED, READ;

        /** Receipts only move a notification forward: a late SENT does not undo DELIVERED; a retry that got through replaces FAILED. */
        public boolean isAfter(Status other) {
            return ordinal() > other.ordinal();
        }
    }

    public record Receipt(Instant at, Status status, String source, String reference) {
    }

    public Notification {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }
}
