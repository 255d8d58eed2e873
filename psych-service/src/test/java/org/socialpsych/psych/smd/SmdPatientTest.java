package org.socialpsych.psych.smd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.smd.domain.FollowUpSchedule;
import org.socialpsych.psych.smd.domain.SmdClassification;
import org.socialpsych.psych.smd.domain.SmdPatient;

/** Issue 14 item 7 (SMD): late paper entries, no follow-up before the diagnosis, prompts for unstable patients. */
class SmdPatientTest {

    static final FollowUpSchedule SCHEDULE = FollowUpSchedule.defaults();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static SmdPatient patient() {
        return SmdPatient.register("smd-1", "p-1", true, LocalDate.of(2026, 6, 1), "F20", "g01", List.of("g01"),
                "gw-1", List.of(), Instant.parse("2026-06-02T02:00:00Z"), LocalDate.of(2026, 6, 2), SCHEDULE);
    }

    @Test
    void shouldAcceptALatePaperEntryInItsPlaceByDateAndKeepTheLatestFollowUpDecisive() {
        SmdPatient p = patient();
        p.recordFollowUp(LocalDate.of(2026, 12, 1), 1, false, "doc", null, TODAY, SCHEDULE);
        // the October form carried in by hand after the December follow-up
        p.recordFollowUp(LocalDate.of(2026, 10, 1), 4, false, "doc", null, TODAY, SCHEDULE);
        assertThat(p.followUps()).extracting(f -> f.date()).containsExactly(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 1));
        assertThat(p.classification()).as("the latest follow-up by date decides").isNotEqualTo(SmdClassification.UNSTABLE);
        assertThat(p.lastRisk()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAFollowUpBeforeTheDiagnosis() {
        assertThatThrownBy(() -> patient().recordFollowUp(LocalDate.of(2026, 5, 1), 1, false, "doc", null, TODAY,
                SCHEDULE)).isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("follow-up-before-diagnosis"));
    }

    @Test
    void shouldPromptReferralPoliceAndACaseTeamForAnUnstablePatient() {
        SmdPatient p = patient();
        assertThat(p.prompts()).isEmpty();
        p.recordFollowUp(LocalDate.of(2026, 12, 1), 4, false, "doc", null, TODAY, SCHEDULE);
        assertThat(p.prompts()).containsExactly("REFER_AT_ONCE", "NOTIFY_POLICE_IF_NEEDED", "FORM_CASE_TEAM");
        p.assignCaseTeam("gw-1", List.of("police-1", "doc-1"));
        assertThat(p.prompts()).containsExactly("REFER_AT_ONCE", "NOTIFY_POLICE_IF_NEEDED");
        assertThat(p.caseTeam()).containsExactly("police-1", "doc-1");
    }
}
