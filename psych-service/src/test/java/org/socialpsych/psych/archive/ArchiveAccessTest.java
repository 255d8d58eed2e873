package org.socialpsych.psych.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.archive.domain.ArchiveAccess;
import org.socialpsych.psych.archive.domain.ArchiveView;
import org.socialpsych.psych.archive.domain.RiskColour;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.consent.domain.ConsentPurpose;

class ArchiveAccessTest {

    static String code(Runnable r) {
        try {
            r.run();
        } catch (RuleException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void shouldGiveEachRoleItsViewAndDenyEveryoneElse() {
        assertThat(ArchiveAccess.viewFor(Set.of("CLINICIAN"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(Set.of("COUNSELLOR"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(Set.of("GRID_WORKER"))).contains(ArchiveView.GOVERNANCE);
        assertThat(ArchiveAccess.viewFor(Set.of("GRID_WORKER", "COUNSELLOR"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(Set.of("POLICE_LIAISON"))).contains(ArchiveView.MINIMAL);
        assertThat(ArchiveAccess.viewFor(Set.of("EXTERNAL_SYSTEM"))).contains(ArchiveView.MINIMAL);
        for (String denied : List.of("ANALYST", "AUDITOR", "RESIDENT")) {
            assertThat(ArchiveAccess.viewFor(Set.of(denied))).as(denied).isEmpty();
        }
        assertThat(ArchiveAccess.viewFor(Set.of())).isEmpty();
    }

    @Test
    void shouldAskSharingCallersForTheMatchingConsentPurpose() {
        assertThat(ArchiveAccess.sharingPurpose(Set.of("POLICE_LIAISON"), "x")).contains(ConsentPurpose.SHARING_POLICE);
        assertThat(ArchiveAccess.sharingPurpose(Set.of("EXTERNAL_SYSTEM"), "SHARING_CIVIL_AFFAIRS"))
                .contains(ConsentPurpose.SHARING_CIVIL_AFFAIRS);
        assertThat(code(() -> ArchiveAccess.sharingPurpose(Set.of("EXTERNAL_SYSTEM"), "unspecified")))
                .isEqualTo("sharing-purpose-required");
        assertThat(ArchiveAccess.sharingPurpose(Set.of("CLINICIAN"), "x")).isEqualTo(Optional.empty());
        assertThat(ArchiveAccess.sharingPurpose(Set.of("GRID_WORKER", "POLICE_LIAISON"), "x")).isEmpty();
    }

    @Test
    void shouldNeedAReasonAndASecondPersonForBreakGlass() {
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(Set.of("CLINICIAN"), " "))).isEqualTo("reason-required");
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(Set.of("ANALYST"), "why"))).isEqualTo("forbidden");
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(Set.of("EXTERNAL_SYSTEM"), "why"))).isEqualTo("forbidden");
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(Set.of("HOTLINE_OPERATOR"), "caller at risk"))).isNull();
        assertThat(code(() -> ArchiveAccess.checkReviewer("u-1", "u-1"))).isEqualTo("second-person-required");
        assertThat(code(() -> ArchiveAccess.checkReviewer("u-1", "aud-1"))).isNull();
    }

    @Test
    void shouldColourThePersonByTheMostUrgentSignal() {
        assertThat(RiskColour.of(List.of("LOW", "HIGH"), "STABLE", "NONE", null, false)).isEqualTo(RiskColour.RED);
        assertThat(RiskColour.of(List.of("MEDIUM"), null, null, null, false)).isEqualTo(RiskColour.ORANGE);
        assertThat(RiskColour.of(List.of(), "UNSTABLE", null, null, false)).isEqualTo(RiskColour.ORANGE);
        assertThat(RiskColour.of(List.of(), null, "HIGH", null, false)).isEqualTo(RiskColour.ORANGE);
        assertThat(RiskColour.of(List.of(), null, null, "MEDIUM", false)).isEqualTo(RiskColour.ORANGE);
        assertThat(RiskColour.of(List.of(), "BASICALLY_STABLE", null, null, false)).isEqualTo(RiskColour.YELLOW);
        assertThat(RiskColour.of(List.of(), null, "LOW", "NONE", false)).isEqualTo(RiskColour.YELLOW);
        assertThat(RiskColour.of(List.of(), null, null, null, true)).isEqualTo(RiskColour.YELLOW);
        assertThat(RiskColour.of(List.of(), "STABLE", "NONE", "NONE", false)).isEqualTo(RiskColour.GREEN);
    }
}
