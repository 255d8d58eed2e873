package org.socialpsych.psych.smd.domain;

import java.time.LocalDate;
import java.time.Period;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * Risk 0–5 → classification → next follow-up (docs/domain.md §4.4, defaults configurable): risk at or
 * above {@code unstableMinRisk} (3) or marked symptoms → UNSTABLE, follow up within 2 weeks (and
 * refer at once); risk 1–2 → BASICALLY_STABLE, within 2 weeks; risk 0 → STABLE, within 3 months.
 */
public record FollowUpSchedule(int unstableMinRisk, Period unstable, Period basicallyStable, Period stable,
        Period firstFollowUp) {

    public static final int MAX_RISK = 5;

    public FollowUpSchedule {
        if (unstableMinRisk < 1 || unstableMinRisk > MAX_RISK) {
            throw new IllegalArgumentException("unstableMinRisk must be 1..5");
        }
        for (Period p : new Period[] {unstable, basicallyStable, stable, firstFollowUp}) {
            if (p == null || p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("follow-up intervals must be positive");
            }
        }
    }

    public static FollowUpSchedule defaults() {
        return new FollowUpSchedule(3, Period.ofWeeks(2), Period.ofWeeks(2), Period.ofMonths(3), Period.ofWeeks(2));
    }

    public SmdClassification classify(int risk, boolean markedSymptoms) {
        if (risk < 0 || risk > MAX_RISK) {
            throw new RuleException(Kind.INVALID, "invalid-risk-level", "The risk level is on the national 0-5 scale");
        }
        if (risk >= unstableMinRisk || markedSymptoms) {
            return SmdClassification.UNSTABLE;
        }
        return risk > 0 ? SmdClassification.BASICALLY_STABLE : SmdClassification.STABLE;
    }

    public LocalDate nextDue(LocalDate followUpDate, SmdClassification c) {
        return followUpDate.plus(switch (c) {
            case UNSTABLE -> unstable;
            case BASICALLY_STABLE -> basicallyStable;
            case STABLE -> stable;
        });
    }
}
