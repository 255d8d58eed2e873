package org.socialpsych.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.reporting.export.domain.ExportProgress;

class ExportProgressTest {

    @Test
    void shouldCountAreasTimesPeriodsAsUnits() {
        assertThat(ExportProgress.units(3, 2)).isEqualTo(6);
        assertThat(ExportProgress.units(0, 12)).isZero();
        assertThat(ExportProgress.units(100_000, 36)).isEqualTo(3_600_000L);
        assertThatThrownBy(() -> ExportProgress.units(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReportWholePercentNeverAboveHundred() {
        assertThat(ExportProgress.percent(0, 6)).isZero();
        assertThat(ExportProgress.percent(1, 6)).isEqualTo(16);
        assertThat(ExportProgress.percent(5, 6)).isEqualTo(83);
        assertThat(ExportProgress.percent(6, 6)).isEqualTo(100);
        assertThat(ExportProgress.percent(7, 6)).isEqualTo(100);
        assertThat(ExportProgress.percent(0, 0)).as("total not known yet").isZero();
    }

    @Test
    void shouldPersistFirstAndLastUnitAndOtherwiseAtMostOncePerInterval() {
        ExportProgress p = new ExportProgress(5, 1000);
        List<Boolean> due = new ArrayList<>();
        due.add(p.advance(10_000)); // first: always
        due.add(p.advance(10_100)); // 100 ms later: not yet
        due.add(p.advance(10_900)); // 900 ms after the last report: not yet
        due.add(p.advance(11_000)); // 1000 ms after: due
        due.add(p.advance(11_001)); // last unit: always
        assertThat(due).containsExactly(true, false, false, true, true);
        assertThat(p.done()).isEqualTo(5);
        assertThat(p.percent()).isEqualTo(100);
        assertThat(p.complete()).isTrue();
    }

    @Test
    void shouldRefuseToCountAUnitTwice() {
        ExportProgress p = new ExportProgress(1, 0);
        p.advance(0);
        assertThatThrownBy(() -> p.advance(1)).isInstanceOf(IllegalStateException.class);
        assertThat(p.done()).isEqualTo(1);
    }

    @Test
    void shouldReportEveryUnitWithAZeroInterval() {
        ExportProgress p = new ExportProgress(3, 0);
        assertThat(List.of(p.advance(5), p.advance(5), p.advance(5))).containsOnly(true);
        assertThat(p.percent()).isEqualTo(100);
    }
}
