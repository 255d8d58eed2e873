package org.socialpsych.psych.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.FieldViewProperties;
import org.socialpsych.chassis.security.RecordClass;
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

    static final FieldViewPolicy POLICY = FieldViewPolicy.defaultPolicy();

    @Test
    void shouldTakeEachRolesArchiveViewFromTheFieldViewPolicyAndDenyEveryoneElse() {
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("CLINICIAN"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("COUNSELLOR"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("GRID_WORKER"))).contains(ArchiveView.GOVERNANCE);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("AREA_ADMIN"))).contains(ArchiveView.GOVERNANCE);
        // platform operators: no clinical content by default (docs/domain.md §1)
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("SYSTEM_ADMIN"))).contains(ArchiveView.GOVERNANCE);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("GRID_WORKER", "COUNSELLOR"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("HOTLINE_OPERATOR"))).contains(ArchiveView.MINIMAL);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("POLICE_LIAISON"))).contains(ArchiveView.MINIMAL);
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of("EXTERNAL_SYSTEM"))).contains(ArchiveView.MINIMAL);
        for (String denied : List.of("ANALYST", "AUDITOR", "RESIDENT")) {
            assertThat(ArchiveAccess.viewFor(POLICY, Set.of(denied))).as(denied).isEmpty();
        }
        assertThat(ArchiveAccess.viewFor(POLICY, Set.of())).isEmpty();
    }

    @Test
    void shouldFollowACountysOverrideOfThePolicy() {
        FieldViewPolicy county = new FieldViewPolicy(new FieldViewProperties(
                Map.of("SYSTEM_ADMIN", Map.of(RecordClass.PERSON, FieldView.CLINICAL),
                        "GRID_WORKER", Map.of(RecordClass.PERSON, FieldView.NONE)), null));
        assertThat(ArchiveAccess.viewFor(county, Set.of("SYSTEM_ADMIN"))).contains(ArchiveView.CLINICAL);
        assertThat(ArchiveAccess.viewFor(county, Set.of("GRID_WORKER"))).isEmpty();
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(county, Set.of("SYSTEM_ADMIN"), "why"))).isNull();
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
    void shouldLetOnlyRolesWithAClinicalViewBreakTheGlassWithAReasonAndASecondPersonReviewing() {
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(POLICY, Set.of("CLINICIAN"), " ")))
                .isEqualTo("reason-required");
        for (String clinical : List.of("CLINICIAN", "COUNSELLOR", "HOTLINE_OPERATOR")) {
            assertThat(code(() -> ArchiveAccess.checkBreakGlass(POLICY, Set.of(clinical), "patient at risk")))
                    .as(clinical).isNull();
        }
        for (String refused : List.of("GRID_WORKER", "POLICE_LIAISON", "EXTERNAL_SYSTEM", "AREA_ADMIN",
                "SYSTEM_ADMIN", "ANALYST", "AUDITOR", "RESIDENT")) {
            assertThat(code(() -> ArchiveAccess.checkBreakGlass(POLICY, Set.of(refused), "why"))).as(refused)
                    .isEqualTo("forbidden");
        }
        assertThat(code(() -> ArchiveAccess.checkBreakGlass(POLICY, Set.of("GRID_WORKER", "COUNSELLOR"), "why")))
                .isNull();
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
