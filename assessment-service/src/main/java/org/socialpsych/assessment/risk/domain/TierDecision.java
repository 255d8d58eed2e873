package org.socialpsych.assessment.risk.domain;

import java.util.List;

/**
 * The tier of one result and why.
 *
 * @param tier                the tier
 * @param reasons             e.g. {@code PHQ9.item9}, {@code PHQA.lifetimeSuicideAttempt},
 *                            {@code band:severe}, {@code band:moderately_severe+priorPositive},
 *                            {@code positiveScreen}, {@code followUp:PHQ9}
 * @param rescreenInstrument  instrument to administer next (the full form after a positive short
 *                            form, otherwise the same instrument), or null
 * @param rescreenAfterDays   days until that rescreen is due (0 = now), or null when none is scheduled
 */
public record TierDecision(RiskTier tier, List<String> reasons, String rescreenInstrument,
        Integer rescreenAfterDays) {

    public TierDecision {
        reasons = List.copyOf(reasons);
    }
}
