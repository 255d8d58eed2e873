package org.socialpsych.reporting.report.domain;

import java.util.List;

/**
 * Rules of period reports: who may approve, and the star rating (星级) of an area from the share of
 * indicators met and the inspection deductions.
 */
public final class ReportRules {

    public enum Status {
        DRAFT, SUBMITTED, APPROVED, REJECTED
    }

    /**
     * @param thresholds share of indicators with a target that are met, for 5, 4, 3, 2 stars (1 below)
     * @param pointsPerStar inspection deduction points that cost one star
     */
    public record StarRule(List<Double> thresholds, int pointsPerStar) {
    }

    private ReportRules() {
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
