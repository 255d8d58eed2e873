package org.socialpsych.psych.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.practitioner.domain.PractitionerCategory;
import org.socialpsych.psych.practitioner.domain.TrainingPlan;
import org.socialpsych.psych.practitioner.domain.TrainingRecord;

/** Issue 14 item 7 (training): a module counts once, no future completions, "8+x" as its two parts. */
class TrainingPlanTest {

    static final TrainingPlan PLAN = new TrainingPlan(32, 4);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void shouldCountAModuleOnceAndRefuseItsSecondRecordAndAFutureCompletion() {
        List<TrainingRecord> done = List.of(new TrainingRecord("CORE-1", 16, TODAY));
        assertThatThrownBy(() -> TrainingPlan.checkNew(new TrainingRecord("core-1", 16, TODAY), done, TODAY))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("module-already-recorded"));
        assertThatThrownBy(() -> TrainingPlan.checkNew(new TrainingRecord("CORE-2", 16, TODAY.plusDays(1)), done,
                TODAY)).isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("completed-in-future"));
        assertThat(TrainingPlan.total(List.of(new TrainingRecord("CORE-1", 16, TODAY),
                new TrainingRecord("CORE-1", 16, TODAY)))).isEqualTo(16);
    }

    @Test
    void shouldNeedTheCoreHoursAndTheExtraHoursEachNotABareTotal() {
        List<TrainingRecord> allExtra = List.of(new TrainingRecord("CORE", 20, TODAY),
                new TrainingRecord("COMMUNITY_PLUS", 16, TODAY));
        assertThat(TrainingPlan.total(allExtra)).isEqualTo(36);
        assertThat(PLAN.complete(PractitionerCategory.COMMUNITY_DOCTOR, allExtra)).as("36 hours, but 20 core").isFalse();
        List<TrainingRecord> eightPlusX = List.of(new TrainingRecord("CORE", 32, TODAY),
                new TrainingRecord("COMMUNITY_PLUS", 4, TODAY));
        assertThat(PLAN.complete(PractitionerCategory.COMMUNITY_DOCTOR, eightPlusX)).isTrue();
        assertThat(TrainingPlan.coreDone(eightPlusX)).isEqualTo(32);
        assertThat(TrainingPlan.extraDone(eightPlusX)).isEqualTo(4);
    }
}
