package org.socialpsych.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition.Direction;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition.Target;
import org.socialpsych.reporting.kpi.domain.KpiCalculator;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Status;
import org.socialpsych.reporting.kpi.domain.Periods;

class KpiCalculatorTest {

    static IndicatorDefinition rate(Direction direction, Boolean personBased, List<Target> targets) {
        return new IndicatorDefinition("SMD_MANAGEMENT_RATE", "率", "rate", "n", "d", true, 100, "PERCENT", direction,
                personBased, targets, Map.of());
    }

    final KpiCalculator calc = new KpiCalculator(5, 0.1);

    @Test
    void shouldComputeAPercentageAndItsStatusAgainstTheTarget() {
        IndicatorDefinition d = rate(Direction.HIGHER_IS_BETTER, null, List.of());
        assertThat(calc.compute(d, 90, 100L, 90.0).status()).isEqualTo(Status.MET);
        assertThat(calc.compute(d, 85, 100L, 90.0).status()).isEqualTo(Status.AT_RISK);
        assertThat(calc.compute(d, 80, 100L, 90.0).status()).isEqualTo(Status.MISSED);
        assertThat(calc.compute(d, 2, 3L, 90.0).value()).isNull();
        assertThat(calc.compute(d, 1, 3L, 90.0).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(calc.compute(d, 0, 0L, 90.0).status()).isEqualTo(Status.NO_DATA);
        assertThat(calc.compute(d, 1, 3L, null).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(calc.compute(d, 2, 6L, null).value()).isEqualTo(33.33);
        assertThat(calc.compute(d, 2, 6L, null).status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void shouldNotSuppressFiguresAboutAreasOrStaff() {
        IndicatorDefinition coverage = rate(Direction.HIGHER_IS_BETTER, false, List.of());
        assertThat(calc.compute(coverage, 1, 2L, 80.0).value()).isEqualTo(50.0);
        assertThat(calc.compute(coverage, 1, 2L, 80.0).status()).isEqualTo(Status.MISSED);
    }

    @Test
    void shouldTreatLowerIsBetterIndicatorsTheOtherWayRound() {
        IndicatorDefinition d = rate(Direction.LOWER_IS_BETTER, null, List.of());
        assertThat(calc.compute(d, 10, 100L, 12.0).status()).isEqualTo(Status.MET);
        assertThat(calc.compute(d, 13, 100L, 12.0).status()).isEqualTo(Status.AT_RISK);
        assertThat(calc.compute(d, 20, 100L, 12.0).status()).isEqualTo(Status.MISSED);
    }

    @Test
    void shouldPickTheMostSpecificTargetByAreaYearAndSegment() {
        IndicatorDefinition d = rate(Direction.HIGHER_IS_BETTER, null, List.of(new Target(null, null, null, 80),
                new Target("3303", null, null, 90), new Target("330327", null, null, 95),
                new Target(null, 2025, null, 50), new Target("3303", 2025, "students", 85)));
        assertThat(d.targetFor(List.of("3303", "330327", "330327101"), 2026, null)).isEqualTo(95.0);
        assertThat(d.targetFor(List.of("3303", "330328"), 2026, null)).isEqualTo(90.0);
        assertThat(d.targetFor(List.of("4401"), 2026, null)).isEqualTo(80.0);
        assertThat(d.targetFor(List.of("4401"), 2025, null)).isEqualTo(50.0);
        assertThat(d.targetFor(List.of("3303", "330328"), 2025, "students")).isEqualTo(85.0);
    }

    @Test
    void shouldExpandPeriods() {
        assertThat(Periods.parse("2026-11").months()).containsExactly("2026-11");
        assertThat(Periods.parse("2026-Q4").months()).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(Periods.parse("2026").months()).hasSize(12).endsWith("2026-12");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Periods.parse("Nov"));
    }
}
