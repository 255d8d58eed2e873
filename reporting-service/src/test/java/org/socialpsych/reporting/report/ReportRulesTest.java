package org.socialpsych.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.reporting.report.domain.ReportRules;
import org.socialpsych.reporting.report.domain.ReportRules.StarRule;

class ReportRulesTest {

    final StarRule rule = new StarRule(List.of(0.9, 0.75, 0.6, 0.4), 10);

    @Test
    void shouldRateByShareOfIndicatorsMetMinusInspectionDeductions() {
        assertThat(ReportRules.stars(rule, 9, 10, 0)).isEqualTo(5);
        assertThat(ReportRules.stars(rule, 8, 10, 0)).isEqualTo(4);
        assertThat(ReportRules.stars(rule, 6, 10, 0)).isEqualTo(3);
        assertThat(ReportRules.stars(rule, 4, 10, 0)).isEqualTo(2);
        assertThat(ReportRules.stars(rule, 3, 10, 0)).isEqualTo(1);
        assertThat(ReportRules.stars(rule, 9, 10, 25)).as("25 points cost two stars").isEqualTo(3);
        assertThat(ReportRules.stars(rule, 3, 10, 100)).as("never below one star").isEqualTo(1);
        assertThat(ReportRules.stars(rule, 0, 0, 0)).isEqualTo(1);
    }

    @Test
    void shouldApproveOnlyOneLevelUpAndNotByTheSubmitter() {
        assertThat(ReportRules.mayApprove("city", "county", true)).isTrue();
        assertThat(ReportRules.mayApprove("county", "county", true)).isFalse();
        assertThat(ReportRules.mayApprove("peer", "county", false)).isFalse();
    }
}
