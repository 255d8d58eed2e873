package org.socialpsych.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.reporting.export.domain.ExportJobRules;
import org.socialpsych.reporting.export.domain.ExportJobRules.Format;
import org.socialpsych.reporting.export.domain.ExportJobRules.Kind;

class ExportJobRulesTest {

    @Test
    void shouldMergePeriodAndPeriodsWithoutDuplicates() {
        assertThat(ExportJobRules.periods("2026-11", null)).containsExactly("2026-11");
        assertThat(ExportJobRules.periods("2026-10", List.of("2026-11", "2026-10", " "))).containsExactly("2026-10",
                "2026-11");
        assertThatThrownBy(() -> ExportJobRules.periods(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= ExportJobRules.MAX_PERIODS; i++) {
            tooMany.add(String.valueOf(2000 + i));
        }
        assertThatThrownBy(() -> ExportJobRules.periods(null, tooMany)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDefaultToTheAreaAndItsChildrenLikeTheSynchronousExport() {
        assertThat(ExportJobRules.depth(null, null)).isEqualTo(1);
        assertThat(ExportJobRules.depth(null, false)).isZero();
        assertThat(ExportJobRules.depth(3, false)).isEqualTo(3);
        assertThatThrownBy(() -> ExportJobRules.depth(-1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportJobRules.depth(ExportJobRules.MAX_DEPTH + 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameFilesByKindAreaAndPeriodSpan() {
        assertThat(ExportJobRules.filename(Kind.KPI, Format.XLSX, "880101", List.of("2026-11")))
                .isEqualTo("kpis-880101-2026-11.xlsx");
        assertThat(ExportJobRules.filename(Kind.PERIOD_REPORT, Format.CSV, "880101", List.of("2026-01", "2026-02",
                "2026-03"))).isEqualTo("period-reports-880101-2026-01_2026-03.csv");
    }
}
