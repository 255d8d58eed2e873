package org.socialpsych.assessment.risk.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Tiering and rescreen rules of one instrument, as data.
 *
 * @param bandTiers                   band id &rarr; tier; bands not listed are {@link RiskTier#NONE}
 * @param bandTiersWithPriorPositive  band id &rarr; tier when the subject had a positive screen within
 *                                    the rule set's window (e.g. PHQ-9 moderately severe &rarr; MEDIUM)
 * @param positiveScreenTier          tier of a positive screen (default LOW); null = the band decides
 * @param rescreenAfterDays           band id &rarr; days until a rescreen with the same instrument is
 *                                    due; bands not listed get no rescreen date
 */
public record InstrumentTierRule(
        Map<String, RiskTier> bandTiers,
        Map<String, RiskTier> bandTiersWithPriorPositive,
        RiskTier positiveScreenTier,
        Map<String, Integer> rescreenAfterDays) {

    public InstrumentTierRule {
        bandTiers = Map.copyOf(Objects.requireNonNullElse(bandTiers, Map.of()));
        bandTiersWithPriorPositive = Map.copyOf(Objects.requireNonNullElse(bandTiersWithPriorPositive, Map.of()));
        rescreenAfterDays = Map.copyOf(Objects.requireNonNullElse(rescreenAfterDays, Map.of()));
    }

    /** No band tiers, positive screen LOW, no rescreen: the rule for an instrument nobody configured. */
    public static InstrumentTierRule positiveIsLow() {
        return new InstrumentTierRule(Map.of(), Map.of(), RiskTier.LOW, Map.of());
    }
}
