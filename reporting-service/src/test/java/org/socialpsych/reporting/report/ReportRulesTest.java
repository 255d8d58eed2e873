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
    void shouldCountIndicatorsWithoutDataAsNotMetAndStateTheCoverage() {
        // the village of the issue: 3 met, 12 of 15 targeted indicators without data — not five stars
        ReportRules.Rating village = ReportRules.rate(rule, 0.5, 3, 15, 3, 0);
        assertThat(village.stars()).isNull();
        assertThat(village.status()).isEqualTo("UNRATED");
        assertThat(village.coverage()).isEqualTo(0.2);
        ReportRules.Rating some = ReportRules.rate(rule, 0.5, 3, 10, 6, 0);
        assertThat(some.stars()).as("3 of 10 met: no data is not met").isEqualTo(1);
        assertThat(some.coverage()).isEqualTo(0.6);
        assertThat(ReportRules.rate(rule, 0.5, 10, 10, 10, 25).stars()).as("a 25-point finding").isEqualTo(3);
    }

    @Test
    void shouldApproveOnlyOneLevelUpAndNotByTheSubmitter() {
        assertThat(ReportRules.mayApprove("city", "county", true)).isTrue();
        assertThat(ReportRules.mayApprove("county", "county", true)).isFalse();
        assertThat(ReportRules.mayApprove("peer", "county", false)).isFalse();
    }
}
