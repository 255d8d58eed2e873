package org.socialpsych.psych.archive.domain;

import java.util.Collection;

/**
 * The governance colour of a person (what grid workers see instead of scores): RED with an open
 * HIGH crisis case; ORANGE with an open MEDIUM case, an unstable SMD patient, or a latest
 * screening or session at HIGH/MEDIUM; YELLOW with an open LOW case, a basically stable SMD
 * patient, a latest screening or session at LOW, or an open referral; GREEN otherwise.
 */
public enum RiskColour {
    RED, ORANGE, YELLOW, GREEN;

    /**
     * @param openCrisisTiers      tiers of the person's open crisis cases
     * @param smdClassification    UNSTABLE / BASICALLY_STABLE / STABLE, or null when not registered
     * @param latestAssessmentTier NONE / LOW / MEDIUM / HIGH of the latest screening, or null
     * @param latestSessionRisk    NONE / LOW / MEDIUM / HIGH of the latest session, or null
     * @param openReferral         a referral of the person is still open
     */
    public static RiskColour of(Collection<String> openCrisisTiers, String smdClassification,
            String latestAssessmentTier, String latestSessionRisk, boolean openReferral) {
        if (openCrisisTiers.contains("HIGH")) {
            return RED;
        }
        if (openCrisisTiers.contains("MEDIUM") || "UNSTABLE".equals(smdClassification)
                || atLeastMedium(latestAssessmentTier) || atLeastMedium(latestSessionRisk)) {
            return ORANGE;
        }
        if (openCrisisTiers.contains("LOW") || "BASICALLY_STABLE".equals(smdClassification)
                || "LOW".equals(latestAssessmentTier) || "LOW".equals(latestSessionRisk) || openReferral) {
            return YELLOW;
        }
        return GREEN;
    }

    private static boolean atLeastMedium(String tier) {
        return "HIGH".equals(tier) || "MEDIUM".equals(tier);
    }
}
