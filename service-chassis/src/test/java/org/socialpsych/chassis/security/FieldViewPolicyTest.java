package org.socialpsych.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FieldViewPolicyTest {

    private final FieldViewPolicy policy = FieldViewPolicy.defaultPolicy();

    @Test
    void gridWorkersAndPlatformOperatorsNeverGetClinicalContentByDefault() {
        for (RecordClass c : RecordClass.values()) {
            assertThat(policy.viewOf(Set.of(Roles.GRID_WORKER), c)).isEqualTo(FieldView.GOVERNANCE);
            assertThat(policy.viewOf(Set.of(Roles.SYSTEM_ADMIN), c)).isEqualTo(FieldView.GOVERNANCE);
            assertThat(policy.viewOf(Set.of(Roles.ANALYST), c)).isEqualTo(FieldView.NONE);
            assertThat(policy.viewOf(Set.of(Roles.AUDITOR), c)).isEqualTo(FieldView.NONE);
            assertThat(policy.viewOf(Set.of(), c)).isEqualTo(FieldView.NONE);
            assertThat(policy.viewOf(Set.of("SOMETHING_ELSE"), c)).isEqualTo(FieldView.NONE);
        }
    }

    @Test
    void onlyCliniciansCounsellorsAndHotlineCasesAreClinical() {
        policy.table().forEach((role, views) -> views.forEach((c, v) -> {
            if (v == FieldView.CLINICAL) {
                assertThat(Set.of(Roles.CLINICIAN, Roles.COUNSELLOR).contains(role)
                        || role.equals(Roles.HOTLINE_OPERATOR) && c == RecordClass.CASE)
                        .as(role + " " + c).isTrue();
            }
        }));
        assertThat(policy.viewOf(Set.of(Roles.POLICE_LIAISON), RecordClass.RESULT)).isEqualTo(FieldView.NONE);
        assertThat(policy.viewOf(Set.of(Roles.POLICE_LIAISON), RecordClass.CASE)).isEqualTo(FieldView.MINIMAL);
        // a crisis line reads the crisis cases it triages, not counsellors' session notes
        assertThat(policy.viewOf(Set.of(Roles.HOTLINE_OPERATOR), RecordClass.SESSION)).isEqualTo(FieldView.GOVERNANCE);
    }

    @Test
    void severalRolesGetTheRichestViewAndResidentsSeeTheirOwnResults() {
        assertThat(policy.viewOf(Set.of(Roles.GRID_WORKER, Roles.CLINICIAN), RecordClass.RESULT))
                .isEqualTo(FieldView.CLINICAL);
        PlatformPrincipal resident = new PlatformPrincipal("p-1", Set.of(Roles.RESIDENT), Set.of(), Set.of(), "user");
        assertThat(policy.viewOf(resident, RecordClass.RESULT)).isEqualTo(FieldView.NONE);
        assertThat(policy.selfView(resident, RecordClass.RESULT)).isEqualTo(FieldView.CLINICAL);
    }

    @Test
    void aCountyCanOverrideOneCellAndUnknownRolesAreRefused() {
        FieldViewPolicy county = new FieldViewPolicy(new FieldViewProperties(
                Map.of(Roles.SYSTEM_ADMIN, Map.of(RecordClass.RESULT, FieldView.CLINICAL)), null));
        assertThat(county.viewOf(Set.of(Roles.SYSTEM_ADMIN), RecordClass.RESULT)).isEqualTo(FieldView.CLINICAL);
        assertThat(county.viewOf(Set.of(Roles.SYSTEM_ADMIN), RecordClass.CASE)).isEqualTo(FieldView.GOVERNANCE);
        assertThatThrownBy(() -> new FieldViewPolicy(new FieldViewProperties(
                Map.of("ADMIN", Map.of(RecordClass.RESULT, FieldView.CLINICAL)), null)))
                .hasMessageContaining("unknown role");
    }

    /** The default table as approved output: docs/authz/field-views.md ({@code -Dauthz.update=true} rewrites it). */
    @Test
    void theDefaultTableIsTheDocumentedOne() throws IOException {
        StringBuilder md = new StringBuilder("# Field views per role (generated)\n\n")
                .append("Generated from `FieldViewPolicy.DEFAULTS` in service-chassis by `FieldViewPolicyTest` ")
                .append("(regenerate with `-Dauthz.update=true`). Every service asks this policy which view of a ")
                .append("person-level record a caller gets; a caller with several roles gets the richest. Counties ")
                .append("override single cells with `socialpsych.field-views.roles.<ROLE>.<CLASS>=<VIEW>`. ")
                .append("Area scope, task-scoped access and consent are checked on top and never widened by a view.\n\n")
                .append("| role | ").append(String.join(" | ", java.util.Arrays.stream(RecordClass.values())
                        .map(Enum::name).toList())).append(" |\n|---").append("|---".repeat(RecordClass.values().length))
                .append("|\n");
        policy.table().forEach((role, views) -> {
            md.append("| ").append(role);
            for (RecordClass c : RecordClass.values()) {
                md.append(" | ").append(views.getOrDefault(c, FieldView.NONE));
            }
            md.append(" |\n");
        });
        md.append("| *(own records, RESIDENT)* | | ").append(policy.self()).append(" | | |\n\n")
                .append("Views: `CLINICAL` scores, bands, item answers, diagnoses, risk grades, notes; ")
                .append("`GOVERNANCE` risk colour, what is due when, whom to call, never a score, band, diagnosis or note; ")
                .append("`MINIMAL` that a case exists, its urgency, area and contact; `NONE` not shown.\n")
                .append("Record classes: `PERSON` resident, psychological archive; `RESULT` screening result; ")
                .append("`CASE` crisis case, referral, SMD follow-up, hotline call; ")
                .append("`SESSION` counselling appointments and session notes.\n");
        Path file = Path.of("..", "docs", "authz", "field-views.md").toAbsolutePath().normalize();
        if (Boolean.getBoolean("authz.update")) {
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as(file + " exists (generate with -Dauthz.update=true)").isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(md.toString());
    }
}
