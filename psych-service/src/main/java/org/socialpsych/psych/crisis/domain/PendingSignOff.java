package org.socialpsych.psych.crisis.domain;

import java.time.Instant;

/**
 * A change waiting for a second person's sign-off: a tier downgrade ({@code toTier}) or the closure
 * of a HIGH case ({@code outcome}, {@code seriousIncident}, {@code review}).
 */
public record PendingSignOff(Kind kind, String requestedBy, Instant requestedAt, String reason, RiskTier toTier,
        CaseOutcome outcome, boolean seriousIncident, Review review) {

    public enum Kind {
        TIER_CHANGE, CLOSURE
    }
}
