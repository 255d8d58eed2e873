package org.socialpsych.psych.crisis.domain;

import java.time.Instant;

/** One step up the ladder; {@code targetAreaCode} is the area whose responders the case now reaches. */
public record Escalation(Instant at, EscalationLevel from, EscalationLevel to, EscalationReason reason,
        String targetAreaCode) {
}
