package org.socialpsych.reporting.report.domain;

import java.util.List;

/**
 * Rules of period reports: who may approve, and the star rating (星级) of an area from the share of
 * indicators met and the inspection deductions.
 */
public final class ReportRules {

    public enum Status {
        DRAFT, SUBMITTED, APPROVED, REJECTED, SUPERSEDED
    }

    /**
     * @param thresholds share of indicators with a target that are met, for 5, 4, 3, 2 stars (1 below)
     * @param pointsPerStar inspection deduction points that cost one star
     */
    public record StarRule(List<Double> thresholds, int pointsPerStar) {
    }

    private ReportRules() {
    }

    /**
     * A star rating and what it rests on.
     *
     * @param stars    1–5, or null when UNRATED (too little data to rate)
     * @param coverage share of the indicators with a target that have data (neither NO_DATA nor SUPPRESSED)
     */
    public record Rating(Integer stars, String status, int met, int withTarget, int withData, double coverage,
            long deductionPoints) {
    }

    /**
     * The rating policy: the share met is met / indicators with a target — an indicator without data
     * (no data, or suppressed) is <b>not met</b>; deductions cost a star per {@code pointsPerStar};
     * the rating states its coverage, and below {@code minCoverage} no stars are given (UNRATED).
     */
    public static Rating rate(StarRule rule, double minCoverage, int met, int withTarget, int withData,
            long deductionPoints) {
        double coverage = withTarget == 0 ? 0 : (double) withData / withTarget;
        coverage = Math.round(coverage * 10000) / 10000.0;
        if (withTarget == 0 || coverage < minCoverage) {
            return new Rating(null, "UNRATED", met, withTarget, withData, coverage, deductionPoints);
        }
        return new Rating(stars(rule, met, withTarget, deductionPoints), "RATED", met, withTarget, withData, coverage,
                deductionPoints);
    }

    public static int stars(StarRule rule, int met, int withTarget, long deductionPoints) {
        double share = withTarget == 0 ? 0 : (double) met / withTarget;
        int stars = 1;
        for (int i = 0; i < rule.thresholds().size(); i++) {
            if (share >= rule.thresholds().get(i)) {
                stars = 5 - i;
                break;
            }
        }
        int penalty = rule.pointsPerStar() <= 0 ? 0 : (int) (deductionPoints / rule.pointsPerStar());
        return Math.max(1, stars - penalty);
    }

    /**
     * A report is approved one level up: the approver's scope covers the parent of the report's area
     * (not only the area itself), and the approver is not the submitter (four eyes).
     */
    public static boolean mayApprove(String approver, String submitter, boolean scopeCoversParent) {
        return scopeCoversParent && approver != null && !approver.equals(submitter);
    }
}
