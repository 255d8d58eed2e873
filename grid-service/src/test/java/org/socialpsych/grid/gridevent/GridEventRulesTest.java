package org.socialpsych.grid.gridevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.gridevent.domain.GridEventRules;
import org.socialpsych.grid.gridevent.domain.GridEventRules.Step;
import org.socialpsych.grid.gridevent.domain.GridEventStatus;

class GridEventRulesTest {

    @Test
    void shouldKeepTheSupervisorApartFromTheHandler() {
        assertThatThrownBy(() -> GridEventRules.check(Step.DISPATCH, GridEventStatus.OPENED, "sup", "sup", null, "sup"))
                .hasMessageContaining("cannot handle");
        GridEventRules.check(Step.DISPATCH, GridEventStatus.OPENED, "sup", "sup", null, "gw");
        assertThatThrownBy(() -> GridEventRules.check(Step.CLOSE, GridEventStatus.VERIFIED, "gw", "sup", "gw", null))
                .isInstanceOf(GridEventRules.Violation.class);
        assertThatThrownBy(() -> GridEventRules.check(Step.HANDLE, GridEventStatus.DISPATCHED, "x", "sup", "gw", null))
                .hasMessageContaining("handler");
    }

    @Test
    void shouldAllowEachStepFromOneStatusOnly() {
        assertThatThrownBy(() -> GridEventRules.check(Step.CLOSE, GridEventStatus.FEEDBACK_GIVEN, "sup", "sup", "gw",
                null)).extracting(e -> ((GridEventRules.Violation) e).code()).isEqualTo("invalid-transition");
        assertThat(GridEventRules.to(Step.REJECT)).isEqualTo(GridEventStatus.HANDLING);
    }

    @Test
    void shouldEscalateUpThePath() {
        List<String> path = List.of("city", "county", "town", "village", "grid");
        assertThat(GridEventRules.escalationTarget(path, 1)).isEqualTo("village");
        assertThat(GridEventRules.escalationTarget(path, 2)).isEqualTo("town");
        assertThat(GridEventRules.escalationTarget(path, 9)).isEqualTo("city");
    }
}
