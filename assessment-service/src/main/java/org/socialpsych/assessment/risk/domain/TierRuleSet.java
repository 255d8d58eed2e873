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
 * @param priorPositiveInstruments the instruments whose positive screens count as "prior positive"
 *                                 (gate short forms such as PHQ-2 are left out, so the PHQ-2 → PHQ-9
 *                                 flow does not make every moderately severe PHQ-9 MEDIUM); null in an
 *                                 override = inherit, empty = none counts
 */
public record TierRuleSet(Map<String, InstrumentTierRule> instruments, Integer priorPositiveWindowDays,
        java.util.List<String> priorPositiveInstruments) {

    public TierRuleSet {
        instruments = Map.copyOf(Objects.requireNonNullElse(instruments, Map.of()));
        priorPositiveInstruments = priorPositiveInstruments == null ? null : java.util.List.copyOf(priorPositiveInstruments);
    }

    public TierRuleSet(Map<String, InstrumentTierRule> instruments, Integer priorPositiveWindowDays) {
        this(instruments, priorPositiveWindowDays, null);
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
                ? override.priorPositiveWindowDays() : priorPositiveWindowDays,
                override.priorPositiveInstruments() != null ? override.priorPositiveInstruments()
                        : priorPositiveInstruments);
    }
}
