package org.socialpsych.assessment.risk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scored result into a risk tier (docs/domain.md §4.2) with the rules of its area:
 * <ul>
 *   <li>any critical item &rarr; HIGH, always, whatever the rules say;</li>
 *   <li>band tiers from the rules (e.g. severe &rarr; MEDIUM), raised by the prior-positive rules
 *       (e.g. moderately severe with a positive screen in the window &rarr; MEDIUM);</li>
 *   <li>a positive screen &rarr; the rule's positive tier (LOW by default);</li>
 *   <li>a short form (one that asks for a full form when positive, PHQ-2/GAD-2) is never above LOW
 *       unless a critical item fired: it schedules the full form now instead.</li>
 * </ul>
 * Pure and stateless.
 */
public final class RiskTiering {

    /**
     * What tiering needs to know about a result.
     *
     * @param instrument          instrument code
     * @param band                band id
     * @param positiveScreen      whether the screen is positive
     * @param criticalItems       item numbers whose critical rule fired
     * @param criticalKeys        supplementary keys whose critical rule fired
     * @param fullFormOnPositive  the full form a positive short form asks for, or null for full forms
     * @param priorPositive       whether the subject had a positive screen within the window
     */
    public record Input(String instrument, String band, boolean positiveScreen, List<Integer> criticalItems,
            List<String> criticalKeys, String fullFormOnPositive, boolean priorPositive) {

        public Input {
            criticalItems = List.copyOf(criticalItems);
            criticalKeys = List.copyOf(criticalKeys);
        }

        public boolean critical() {
            return !criticalItems.isEmpty() || !criticalKeys.isEmpty();
        }
    }

    public TierDecision decide(Input in, TierRuleSet rules) {
        InstrumentTierRule rule = rules.rule(in.instrument());
        List<String> reasons = new ArrayList<>();
        RiskTier tier = RiskTier.NONE;

        if (in.critical()) {
            tier = RiskTier.HIGH;
            in.criticalItems().forEach(n -> reasons.add(in.instrument() + ".item" + n));
            in.criticalKeys().forEach(k -> reasons.add(in.instrument() + "." + k));
        }

        RiskTier bandTier = rule.bandTiers().getOrDefault(in.band(), RiskTier.NONE);
        RiskTier withPrior = in.priorPositive()
                ? rule.bandTiersWithPriorPositive().getOrDefault(in.band(), RiskTier.NONE) : RiskTier.NONE;
        if (withPrior.compareTo(bandTier) > 0) {
            reasons.add("band:" + in.band() + "+priorPositive");
            bandTier = withPrior;
        } else if (bandTier != RiskTier.NONE) {
            reasons.add("band:" + in.band());
        }
        tier = RiskTier.max(tier, bandTier);

        if (in.positiveScreen() && rule.positiveScreenTier() != null && rule.positiveScreenTier() != RiskTier.NONE) {
            reasons.add("positiveScreen");
            tier = RiskTier.max(tier, rule.positiveScreenTier());
        }

        boolean shortForm = in.fullFormOnPositive() != null;
        if (shortForm && !in.critical() && tier.compareTo(RiskTier.LOW) > 0) {
            tier = RiskTier.LOW; // a positive short form asks for the full form; never a crisis by itself
        }

        String rescreenInstrument = null;
        Integer rescreenAfterDays = null;
        if (shortForm && in.positiveScreen()) {
            reasons.add("followUp:" + in.fullFormOnPositive());
            rescreenInstrument = in.fullFormOnPositive();
            rescreenAfterDays = 0;
        } else if (rule.rescreenAfterDays().containsKey(in.band())) {
            rescreenInstrument = in.instrument();
            rescreenAfterDays = rule.rescreenAfterDays().get(in.band());
        }
        return new TierDecision(tier, reasons, rescreenInstrument, rescreenAfterDays);
    }
}
