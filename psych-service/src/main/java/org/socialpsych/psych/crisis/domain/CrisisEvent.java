package org.socialpsych.psych.crisis.domain;

import java.time.Instant;
import java.util.List;

/** What a command did to a case, in order; {@code version} is the case's version after that change. */
public sealed interface CrisisEvent {

    long version();

    Instant at();

    record Opened(long version, Instant at) implements CrisisEvent {
    }

    record Acknowledged(long version, Instant at, boolean onTime) implements CrisisEvent {
    }

    record FirstContactMade(long version, Instant at, boolean onTime, long minutesToFirstContact)
            implements CrisisEvent {
    }

    record Escalated(long version, Instant at, Escalation escalation) implements CrisisEvent {
    }

    record TierChanged(long version, Instant at, RiskTier from, RiskTier to, List<ResponderUnit> assignees)
            implements CrisisEvent {
    }

    record Closed(long version, Instant at, CaseOutcome outcome, boolean seriousIncident) implements CrisisEvent {
    }

    /** A deadline passed unmet; not published on its own (the acknowledge/contact events carry onTime). */
    record SlaBreached(long version, Instant at, String deadline) implements CrisisEvent {
    }

    /** One unit's deadline passed unmet ({@code deadline} ACKNOWLEDGE or FIRST_CONTACT). */
    record UnitSlaBreached(long version, Instant at, ResponderUnit unit, String deadline) implements CrisisEvent {
    }

    /** A unit's receipt: acknowledged ({@code kind} ACKNOWLEDGE) or made contact (FIRST_CONTACT). */
    record UnitResponded(long version, Instant at, ResponderUnit unit, String kind, boolean onTime)
            implements CrisisEvent {
    }

    /** A later trigger of the same person and origin class joined this case. */
    record Joined(long version, Instant at, CaseSource source, String sourceRef) implements CrisisEvent {
    }

    /** An outbound message to send (published on the notifications topic through the case's outbox). */
    record NotificationRequested(long version, Instant at, Notification notification) implements CrisisEvent {
    }
}
