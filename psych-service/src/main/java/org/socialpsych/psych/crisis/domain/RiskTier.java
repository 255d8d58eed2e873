package org.socialpsych.psych.crisis.domain;

/** Risk tiers of docs/domain.md §4.2, most urgent first. */
public enum RiskTier {
    HIGH, MEDIUM, LOW;

    /** True when this tier is less urgent than {@code other} (a downgrade from {@code other} to this). */
    public boolean isLowerThan(RiskTier other) {
        return ordinal() > other.ordinal();
    }
}
