package org.socialpsych.grid.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.area.domain.Area;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.domain.AreaRuleException;
import org.socialpsych.grid.area.domain.AreaTimeline;
import org.socialpsych.grid.area.domain.AreaVersion;

class AreaTimelineTest {

    final Area town = new Area("a-t", "t", "New Town", AreaLevel.TOWN, "c2", List.of("c2", "t"), null, null,
            LocalDate.parse("2024-01-01"), null, 3);
    final List<AreaVersion> history = List.of(
            new AreaVersion("Old Town", "c1", List.of("c1", "t"), LocalDate.parse("2020-01-01"),
                    LocalDate.parse("2024-01-01")));

    @Test
    void shouldReturnTheVersionThatHeldOnADay() {
        assertThat(AreaTimeline.view(town, history, LocalDate.parse("2023-12-31")).orElseThrow().name())
                .isEqualTo("Old Town");
        assertThat(AreaTimeline.view(town, history, LocalDate.parse("2023-12-31")).orElseThrow().path())
                .containsExactly("c1", "t");
        assertThat(AreaTimeline.view(town, history, LocalDate.parse("2024-01-01")).orElseThrow().name())
                .isEqualTo("New Town");
        assertThat(AreaTimeline.view(town, history, LocalDate.parse("2019-01-01"))).isEmpty();
    }

    @Test
    void shouldRefuseMergingIntoADifferentLevelOrItsOwnSubtree() {
        Area village = new Area("a-v", "v", "V", AreaLevel.VILLAGE, "t", List.of("c2", "t", "v"), null, null,
                LocalDate.parse("2020-01-01"), null, 1);
        assertThatThrownBy(() -> AreaTimeline.checkMerge(town, village, LocalDate.parse("2025-01-01")))
                .isInstanceOf(AreaRuleException.class);
        assertThatThrownBy(() -> AreaTimeline.checkReparent(town, village, LocalDate.parse("2025-01-01")))
                .isInstanceOf(AreaRuleException.class);
        assertThatThrownBy(() -> AreaTimeline.checkChange(town, LocalDate.parse("2024-01-01")))
                .extracting(e -> ((AreaRuleException) e).code()).isEqualTo("invalid-effective-date");
    }
}
