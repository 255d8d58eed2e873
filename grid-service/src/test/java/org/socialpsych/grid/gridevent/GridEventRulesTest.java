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

    private static String code(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (GridEventRules.Violation e) {
            return e.code();
        }
    }

    @Test
    void shouldRedispatchAndSendBackWithAReasonOnly() {
        GridEventStatus d = GridEventStatus.DISPATCHED;
        assertThat(code(() -> GridEventRules.check(Step.REDISPATCH, d, "sup", "sup", "gw1", "gw2", null)))
                .isEqualTo("reason-required");
        assertThat(code(() -> GridEventRules.check(Step.REDISPATCH, d, "sup", "sup", "gw1", "gw1", "r")))
                .isEqualTo("same-handler");
        assertThat(code(() -> GridEventRules.check(Step.REDISPATCH, d, "sup", "sup", "gw1", "sup", "r")))
                .isEqualTo("supervision-separation");
        assertThat(code(() -> GridEventRules.check(Step.REDISPATCH, GridEventStatus.HANDLING, "sup", "sup", "gw1",
                "gw2", "r"))).isEqualTo("ok");
        assertThat(code(() -> GridEventRules.check(Step.REDISPATCH, GridEventStatus.FEEDBACK_GIVEN, "sup", "sup",
                "gw1", "gw2", "r"))).isEqualTo("invalid-transition");
        assertThat(code(() -> GridEventRules.check(Step.SEND_BACK, d, "gw1", "sup", "gw1", null, " ")))
                .isEqualTo("reason-required");
        assertThat(code(() -> GridEventRules.check(Step.SEND_BACK, d, "gw2", "sup", "gw1", null, "r")))
                .isEqualTo("not-the-handler");
        assertThat(code(() -> GridEventRules.check(Step.SEND_BACK, d, "gw1", "sup", "gw1", null, "r"))).isEqualTo("ok");
        assertThat(GridEventRules.to(Step.SEND_BACK)).isEqualTo(GridEventStatus.OPENED);
        assertThat(GridEventRules.to(Step.REDISPATCH)).isEqualTo(GridEventStatus.DISPATCHED);
    }

    @Test
    void shouldEscalateUpThePath() {
        List<String> path = List.of("city", "county", "town", "village", "grid");
        assertThat(GridEventRules.escalationTarget(path, 1)).isEqualTo("village");
        assertThat(GridEventRules.escalationTarget(path, 2)).isEqualTo("town");
        assertThat(GridEventRules.escalationTarget(path, 9)).isEqualTo("city");
    }
}
