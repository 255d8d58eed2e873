package org.socialpsych.psych.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.consent.domain.ConsentAction;
import org.socialpsych.psych.consent.domain.ConsentActor;
import org.socialpsych.psych.consent.domain.ConsentEntry;
import org.socialpsych.psych.consent.domain.ConsentPurpose;
import org.socialpsych.psych.consent.domain.ConsentRules;

class ConsentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static String code(Runnable r) {
        try {
            r.run();
        } catch (RuleException e) {
            return e.code() + "/" + e.kind();
        }
        return null;
    }

    static ConsentEntry entry(long seq, ConsentPurpose p, ConsentAction a) {
        return new ConsentEntry("ce-" + seq, "p-1", seq, p, a, ConsentActor.PERSON, null, false, "g1",
                List.of("c", "g1"), Instant.parse("2026-11-01T00:00:00Z").plusSeconds(seq), "u-1");
    }

    @Test
    void shouldTreatAPersonUnderFourteenAsAMinorByBirthDateOrAge() {
        assertThat(ConsentRules.minor(LocalDate.of(2012, 11, 26), null, TODAY, 14)).isTrue();
        assertThat(ConsentRules.minor(LocalDate.of(2012, 11, 25), null, TODAY, 14)).isFalse();
        assertThat(ConsentRules.minor(null, 13, TODAY, 14)).isTrue();
        assertThat(ConsentRules.minor(null, 14, TODAY, 14)).isFalse();
        // the birth date wins over a stated age
        assertThat(ConsentRules.minor(LocalDate.of(2015, 1, 1), 30, TODAY, 14)).isTrue();
        assertThat(code(() -> ConsentRules.minor(null, null, TODAY, 14))).isEqualTo("age-required/INVALID");
        assertThat(code(() -> ConsentRules.minor(TODAY.plusDays(1), null, TODAY, 14)))
                .isEqualTo("invalid-birth-date/INVALID");
    }

    @Test
    void shouldRequireAGuardianForAMinorAndWhenOneIsDeclared() {
        assertThat(code(() -> ConsentRules.actor(true, null, null))).isEqualTo("guardian-required/INVALID");
        assertThat(code(() -> ConsentRules.actor(true, ConsentActor.PERSON, " "))).isEqualTo("guardian-required/INVALID");
        assertThat(ConsentRules.actor(true, ConsentActor.PERSON, "g-9")).isEqualTo(ConsentActor.GUARDIAN);
        assertThat(ConsentRules.actor(false, null, null)).isEqualTo(ConsentActor.PERSON);
        assertThat(code(() -> ConsentRules.actor(false, ConsentActor.GUARDIAN, null)))
                .isEqualTo("guardian-required/INVALID");
        assertThat(ConsentRules.actor(false, ConsentActor.GUARDIAN, "g-9")).isEqualTo(ConsentActor.GUARDIAN);
    }

    @Test
    void shouldTakeTheLatestEntryPerPurposeAsTheCurrentState() {
        List<ConsentEntry> ledger = List.of(entry(3, ConsentPurpose.SHARING_POLICE, ConsentAction.REVOKED),
                entry(1, ConsentPurpose.SHARING_POLICE, ConsentAction.GIVEN),
                entry(2, ConsentPurpose.SCREENING, ConsentAction.GIVEN));
        assertThat(ConsentRules.granted(ledger, ConsentPurpose.SHARING_POLICE)).isFalse();
        assertThat(ConsentRules.granted(ledger, ConsentPurpose.SCREENING)).isTrue();
        assertThat(ConsentRules.granted(ledger, ConsentPurpose.RESEARCH)).isFalse();
        assertThat(ConsentRules.current(ledger)).hasSize(2);
        assertThat(ConsentRules.current(ledger).get(ConsentPurpose.SHARING_POLICE).seq()).isEqualTo(3);

        List<ConsentEntry> again = new java.util.ArrayList<>(ledger);
        again.add(entry(4, ConsentPurpose.SHARING_POLICE, ConsentAction.GIVEN));
        assertThat(ConsentRules.granted(again, ConsentPurpose.SHARING_POLICE)).isTrue();
    }

    @Test
    void shouldOnlyRevokeAConsentInForce() {
        List<ConsentEntry> ledger = List.of(entry(1, ConsentPurpose.SHARING_POLICE, ConsentAction.GIVEN),
                entry(2, ConsentPurpose.SHARING_POLICE, ConsentAction.REVOKED));
        assertThat(code(() -> ConsentRules.checkTransition(ledger, ConsentPurpose.SHARING_POLICE,
                ConsentAction.REVOKED))).isEqualTo("consent-not-given/CONFLICT");
        assertThat(code(() -> ConsentRules.checkTransition(ledger, ConsentPurpose.SHARING_POLICE,
                ConsentAction.GIVEN))).isNull();
        assertThat(code(() -> ConsentRules.checkTransition(ledger.subList(0, 1), ConsentPurpose.SHARING_POLICE,
                ConsentAction.REVOKED))).isNull();
    }
}
