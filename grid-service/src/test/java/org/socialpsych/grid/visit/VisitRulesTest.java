package org.socialpsych.grid.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.visit.domain.Plausibility;
import org.socialpsych.grid.visit.domain.ScheduleStatus;
import org.socialpsych.grid.visit.domain.VisitPolicy;

class VisitRulesTest {

    final VisitPolicy policy = new VisitPolicy(Map.of("LEFT_BEHIND_CHILD", 30, "SMD_PATIENT", 14),
            Map.of("HIGH", 7, "LOW", 90), 7, 3, 14);

    @Test
    void shouldTakeTheShortestIntervalOfTagsAndRisk() {
        assertThat(policy.intervalFor(List.of("LEFT_BEHIND_CHILD", "SMD_PATIENT"), "LOW").days()).isEqualTo(14);
        assertThat(policy.intervalFor(List.of("LEFT_BEHIND_CHILD"), "HIGH").reasons()).containsExactly("RISK_HIGH");
        assertThat(policy.intervalFor(List.of("VETERAN"), "NONE")).isNull();
        assertThat(policy.overriddenBy(Map.of("VETERAN", 60), null, null, null, null)
                .intervalFor(List.of("VETERAN"), "NONE").days()).isEqualTo(60);
    }

    @Test
    void shouldMoveFromDueToOverdueToExpired() {
        Instant due = Instant.parse("2026-12-10T00:00:00Z");
        assertThat(ScheduleStatus.at(due.minus(Duration.ofDays(5)), due, 3, 14)).isEqualTo(ScheduleStatus.UPCOMING);
        assertThat(ScheduleStatus.at(due.minus(Duration.ofDays(2)), due, 3, 14)).isEqualTo(ScheduleStatus.DUE);
        assertThat(ScheduleStatus.at(due.plus(Duration.ofDays(1)), due, 3, 14)).isEqualTo(ScheduleStatus.OVERDUE);
        assertThat(ScheduleStatus.at(due.plus(Duration.ofDays(14)), due, 3, 14)).isEqualTo(ScheduleStatus.EXPIRED);
        assertThat(ScheduleStatus.nextChange(due.minus(Duration.ofDays(2)), due, 3, 14)).isEqualTo(due);
    }

    @Test
    void shouldFlagTravelFasterThanTheLimitButNotGpsNoise() {
        Instant t = Instant.parse("2026-11-25T08:00:00Z");
        var a = new Plausibility.Fix(27.50, 120.50, t);
        assertThat(Plausibility.impossibleTravel(a, new Plausibility.Fix(30.0, 120.5, t.plusSeconds(600)), 120))
                .isTrue();
        assertThat(Plausibility.impossibleTravel(a, new Plausibility.Fix(27.52, 120.50, t.plusSeconds(1800)), 120))
                .isFalse();
        assertThat(Plausibility.impossibleTravel(a, new Plausibility.Fix(27.5001, 120.5, t), 120)).isFalse();
        assertThat(Plausibility.implausiblyShort(1, Duration.ofMinutes(3))).isTrue();
        assertThat(Plausibility.implausiblyShort(null, Duration.ofMinutes(3))).isFalse();
    }

    @Test
    void shouldTellNightHoursAcrossMidnightAndZeroLocations() {
        java.time.LocalTime start = java.time.LocalTime.of(22, 0);
        java.time.LocalTime end = java.time.LocalTime.of(6, 0);
        org.assertj.core.api.Assertions.assertThat(org.socialpsych.grid.visit.domain.Plausibility
                .nightHours(java.time.LocalTime.of(2, 10), start, end)).isTrue();
        org.assertj.core.api.Assertions.assertThat(org.socialpsych.grid.visit.domain.Plausibility
                .nightHours(java.time.LocalTime.of(22, 0), start, end)).isTrue();
        org.assertj.core.api.Assertions.assertThat(org.socialpsych.grid.visit.domain.Plausibility
                .nightHours(java.time.LocalTime.of(6, 0), start, end)).isFalse();
        org.assertj.core.api.Assertions.assertThat(org.socialpsych.grid.visit.domain.Plausibility
                .nightHours(java.time.LocalTime.of(13, 0), start, end)).isFalse();
        org.assertj.core.api.Assertions.assertThat(org.socialpsych.grid.visit.domain.Plausibility
                .zeroLocation(0.0, 0.0)).isTrue();
        org.assertj.core.api.Assertions.assertThat(org.socialpsych.grid.visit.domain.Plausibility
                .zeroLocation(0.0, 120.4)).isFalse();
    }
}
