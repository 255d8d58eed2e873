package org.socialpsych.reporting.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition.Direction;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition.Target;
import org.socialpsych.reporting.targets.domain.AreaTarget;
import org.socialpsych.reporting.targets.domain.TargetBook;

/** Which target is in force: area depth first, admin-set before definition at equal depth, latest date in force. */
class TargetBookTest {

    static final List<String> VILLAGE = List.of("33", "3303", "330327", "330327101", "330327101001");
    static final IndicatorDefinition DEF = new IndicatorDefinition("SMD_MANAGEMENT_RATE", "管理率", "rate", "a", "b",
            true, 100, "PERCENT", Direction.HIGHER_IS_BETTER, true, List.of(new Target(null, null, null, 80),
                    new Target("3303", null, null, 90), new Target("330327", null, null, 95)), Map.of());

    static int seq;

    static AreaTarget set(String area, double value, String from, String segment) {
        int depth = VILLAGE.indexOf(area);
        return new AreaTarget("tg-" + seq, DEF.code(), area, VILLAGE.subList(0, depth + 1), segment, value,
                LocalDate.parse(from), null, null, "admin", Instant.EPOCH, ++seq);
    }

    @Test
    void shouldPreferTheDeeperAreaThenTheAdminsTargetThenTheLatestInForce() {
        LocalDate nov = LocalDate.parse("2026-11-30");
        assertThat(TargetBook.EMPTY.targetFor(DEF, VILLAGE, 2026, nov, null)).isEqualTo(95.0);
        // a town's target (deeper than the county's definition target) wins from its date on
        TargetBook book = new TargetBook(List.of(set("330327101", 97, "2026-11-01", null),
                set("330327101", 99, "2026-12-01", null)));
        assertThat(book.targetFor(DEF, VILLAGE, 2026, nov, null)).isEqualTo(97.0);
        assertThat(book.targetFor(DEF, VILLAGE, 2026, LocalDate.parse("2026-12-31"), null)).isEqualTo(99.0);
        assertThat(book.targetFor(DEF, VILLAGE, 2026, LocalDate.parse("2026-10-31"), null))
                .as("before its date: the definition's").isEqualTo(95.0);
        // a city-level admin target is shallower than the county's definition target: the county's stays
        TargetBook shallow = new TargetBook(List.of(set("3303", 85, "2026-01-01", null)));
        assertThat(shallow.targetFor(DEF, VILLAGE, 2026, nov, null)).isEqualTo(95.0);
        // at the definition's own depth the admin's wins
        TargetBook same = new TargetBook(List.of(set("330327", 93, "2026-01-01", null)));
        assertThat(same.targetFor(DEF, VILLAGE, 2026, nov, null)).isEqualTo(93.0);
        // a segment target applies to its segment only, and beats a general one of the same area
        TargetBook seg = new TargetBook(List.of(set("330327101", 70, "2026-01-01", null),
                set("330327101", 60, "2026-01-01", "students")));
        assertThat(seg.targetFor(DEF, VILLAGE, 2026, nov, "students")).isEqualTo(60.0);
        assertThat(seg.targetFor(DEF, VILLAGE, 2026, nov, null)).isEqualTo(70.0);
        // another village's target does not apply here
        TargetBook elsewhere = new TargetBook(List.of(new AreaTarget("tg-x", DEF.code(), "330327102",
                List.of("33", "3303", "330327", "330327102"), null, 10, LocalDate.parse("2026-01-01"), null, null,
                "admin", Instant.EPOCH, 99)));
        assertThat(elsewhere.targetFor(DEF, VILLAGE, 2026, nov, null)).isEqualTo(95.0);
        assertThat(TargetBook.periodEnd("2026-02")).isEqualTo(LocalDate.parse("2026-02-28"));
    }
}
