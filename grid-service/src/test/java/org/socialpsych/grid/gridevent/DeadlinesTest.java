package org.socialpsych.grid.gridevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.gridevent.domain.Deadlines;
import org.socialpsych.grid.gridevent.domain.Deadlines.AreaOverrides;
import org.socialpsych.grid.gridevent.domain.Deadlines.Override;

class DeadlinesTest {

    static final Map<String, Override> DEFAULTS = Map.of("CONFLICT_DISPUTE",
            new Override(Duration.ofHours(72), Duration.ofHours(72)), "PETITION", new Override(Duration.ofDays(7), null));
    static final List<String> PATH = List.of("c", "t", "v", "g");

    @Test
    void shouldTakeEachFieldFromTheNearestAreaThatSetsIt() {
        Map<String, AreaOverrides> o = Map.of(
                "c", new AreaOverrides("c", Map.of("CONFLICT_DISPUTE", new Override(Duration.ofHours(48), Duration.ofHours(6)))),
                "v", new AreaOverrides("v", Map.of("CONFLICT_DISPUTE", new Override(Duration.ofHours(24), null))));
        Deadlines.Resolved r = Deadlines.resolve(DEFAULTS, PATH, o).get("CONFLICT_DISPUTE");
        assertThat(r.deadline()).isEqualTo(Duration.ofHours(24));
        assertThat(r.deadlineFrom()).isEqualTo("v");
        assertThat(r.escalateEvery()).isEqualTo(Duration.ofHours(6));
        assertThat(r.escalateEveryFrom()).isEqualTo("c");
    }

    @Test
    void shouldFallBackToTheConfiguredDefaultWhenNoAreaSetsIt() {
        Map<String, AreaOverrides> other = Map.of("x", new AreaOverrides("x",
                Map.of("PETITION", new Override(Duration.ofDays(1), null))));
        Deadlines.Resolved r = Deadlines.resolve(DEFAULTS, PATH, other).get("PETITION");
        assertThat(r.deadline()).isEqualTo(Duration.ofDays(7));
        assertThat(r.escalateEvery()).isEqualTo(Duration.ofDays(7));
        assertThat(r.deadlineFrom()).isNull();
    }

    @Test
    void shouldRejectUnknownCategoriesEmptySettingsAndOutOfRangeDurations() {
        Set<String> known = DEFAULTS.keySet();
        assertThat(Deadlines.invalidField(Map.of("NOPE", new Override(Duration.ofHours(1), null)), known))
                .isEqualTo("categories.NOPE");
        assertThat(Deadlines.invalidField(Map.of("PETITION", new Override(null, null)), known))
                .isEqualTo("categories.PETITION");
        assertThat(Deadlines.invalidField(Map.of("PETITION", new Override(Duration.ofHours(-1), null)), known))
                .isEqualTo("categories.PETITION.deadline");
        assertThat(Deadlines.invalidField(Map.of("PETITION", new Override(null, Duration.ofDays(400))), known))
                .isEqualTo("categories.PETITION.escalateEvery");
        assertThat(Deadlines.invalidField(Map.of("PETITION", new Override(Duration.ofHours(5), null)), known)).isNull();
    }
}
