package org.socialpsych.assessment.risk.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of one scope (the defaults, or one area's override).
 *
 * @param instruments              instrument code &rarr; its rule
 * @param priorPositiveWindowDays  how far back a positive screen of the same subject counts as a
 *                                 "prior positive"; null in an override = inherit
 */
public record TierRuleSet(Map<String, InstrumentTierRule> instruments, Integer priorPositiveWindowDays) {

    public TierRuleSet {
        instruments = Map.copyOf(Objects.requireNonNullElse(instruments, Map.of()));
    }

    /** The rule of an instrument; an unconfigured instrument only tiers a positive screen as LOW. */
    public InstrumentTierRule rule(String instrumentCode) {
        return instruments.getOrDefault(instrumentCode, InstrumentTierRule.positiveIsLow());
    }

    /** This set with {@code override}'s instruments and window (where given) taking precedence. */
    public TierRuleSet overlaidWith(TierRuleSet override) {
        Map<String, InstrumentTierRule> merged = new HashMap<>(instruments);
        merged.putAll(override.instruments());
        return new TierRuleSet(merged, override.priorPositiveWindowDays() != null
                ? override.priorPositiveWindowDays() : priorPositiveWindowDays);
    }
}
