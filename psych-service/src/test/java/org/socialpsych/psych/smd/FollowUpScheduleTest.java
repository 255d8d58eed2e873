package org.socialpsych.psych.smd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.smd.domain.FollowUpSchedule;
import org.socialpsych.psych.smd.domain.SmdClassification;
import org.socialpsych.psych.smd.domain.SmdFollowUp;
import org.socialpsych.psych.smd.domain.SmdPatient;

class FollowUpScheduleTest {

    static final FollowUpSchedule SCHEDULE = FollowUpSchedule.defaults();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static SmdPatient patient() {
        return SmdPatient.register("smd-1", "p-1", true, LocalDate.of(2026, 1, 10), "F20", "v1", List.of("c", "v1"),
                "doc-1", List.of(), Instant.parse("2026-11-25T01:00:00Z"), TODAY, SCHEDULE);
    }

    @Test
    void shouldMakeAPatientAtRisk3UnstableAndDueWithinTwoWeeks() {
        SmdPatient p = patient();
        SmdFollowUp f = p.recordFollowUp(TODAY, 3, false, "doc-1", null, TODAY, SCHEDULE);
        assertThat(f.classification()).isEqualTo(SmdClassification.UNSTABLE);
        assertThat(f.nextDue()).isBeforeOrEqualTo(TODAY.plusWeeks(2)).isAfter(TODAY);
        assertThat(p.caseTeamRequired()).isTrue();
        assertThat(f.onTime()).isTrue();
    }

    @Test
    void shouldClassifyByRiskAndMarkedSymptoms() {
        assertThat(SCHEDULE.classify(5, false)).isEqualTo(SmdClassification.UNSTABLE);
        assertThat(SCHEDULE.classify(2, false)).isEqualTo(SmdClassification.BASICALLY_STABLE);
        assertThat(SCHEDULE.classify(1, false)).isEqualTo(SmdClassification.BASICALLY_STABLE);
        assertThat(SCHEDULE.classify(0, false)).isEqualTo(SmdClassification.STABLE);
        assertThat(SCHEDULE.classify(0, true)).isEqualTo(SmdClassification.UNSTABLE);
        assertThat(SCHEDULE.nextDue(TODAY, SmdClassification.BASICALLY_STABLE)).isEqualTo(TODAY.plusWeeks(2));
        assertThat(SCHEDULE.nextDue(TODAY, SmdClassification.STABLE)).isEqualTo(TODAY.plusMonths(3));
        assertThatThrownBy(() -> SCHEDULE.classify(6, false)).isInstanceOf(RuleException.class);
        assertThatThrownBy(() -> SCHEDULE.classify(-1, false)).isInstanceOf(RuleException.class);
    }

    @Test
    void shouldHonourAConfiguredSchedule() {
        FollowUpSchedule strict = new FollowUpSchedule(2, Period.ofWeeks(1), Period.ofWeeks(2), Period.ofMonths(2),
                Period.ofWeeks(1));
        assertThat(strict.classify(2, false)).isEqualTo(SmdClassification.UNSTABLE);
        assertThat(strict.nextDue(TODAY, SmdClassification.UNSTABLE)).isEqualTo(TODAY.plusWeeks(1));
    }

    @Test
    void shouldRegisterConfirmedPatientsOnlyAndTrackLatenessAndYearlyCount() {
        assertThatThrownBy(() -> SmdPatient.register("s", "p", false, null, null, "v1", List.of("v1"), null, null,
                Instant.now(), TODAY, SCHEDULE)).isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("suspected-not-registered"));
        SmdPatient p = patient();
        assertThat(p.nextDue()).isEqualTo(TODAY.plusWeeks(2));
        LocalDate late = TODAY.plusWeeks(3);
        SmdFollowUp f = p.recordFollowUp(late, 0, false, "doc-1", null, late, SCHEDULE);
        assertThat(f.onTime()).isFalse();
        assertThat(p.nextDue()).isEqualTo(late.plusMonths(3));
        assertThat(p.followUpsIn(late.getYear())).isEqualTo(1);
        // a paper form of an earlier date carried in late takes its place; the latest follow-up still decides
        p.recordFollowUp(TODAY, 1, false, "doc-1", null, late, SCHEDULE);
        assertThat(p.followUps()).hasSize(2);
        assertThat(p.nextDue()).isEqualTo(late.plusMonths(3));
    }
}
