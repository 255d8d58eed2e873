package org.socialpsych.assessment.risk.domain;

/**
 * Risk tier of a screening result (docs/domain.md §4.2), ordered from lowest to highest. The colour is
 * the governance view shown to grid workers instead of scores.
 */
public enum RiskTier {
    NONE("GREEN"),
    LOW("YELLOW"),
    MEDIUM("ORANGE"),
    HIGH("RED");

    private final String colour;

    RiskTier(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public boolean atLeast(RiskTier other) {
        return compareTo(other) >= 0;
    }

    public static RiskTier max(RiskTier a, RiskTier b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
