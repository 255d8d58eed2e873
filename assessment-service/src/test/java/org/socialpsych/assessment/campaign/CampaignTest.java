package org.socialpsych.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialpsych.assessment.campaign.domain.Campaign;
import org.socialpsych.assessment.campaign.domain.CampaignRuleException;
import org.socialpsych.assessment.campaign.domain.CampaignStatus;
import org.socialpsych.assessment.campaign.domain.Consent;
import org.socialpsych.assessment.campaign.domain.ConsentRule;
import org.socialpsych.assessment.campaign.domain.PopulationType;
import org.socialpsych.assessment.campaign.domain.TargetPopulation;

class CampaignTest {

    static final Instant OPENS = Instant.parse("2026-11-24T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-05T10:00:00Z");
    static final Set<String> KNOWN = Set.of("PHQA", "GAD7", "PHQ9");

    static Campaign school() {
        return Campaign.draft("cp-1", "School screening", "330327001", List.of("33", "330327", "330327001"),
                new TargetPopulation(PopulationType.SCHOOL_CLASSES, "school-7", List.of("7-1", "7-2"), null),
                List.of("PHQA", "GAD7"), OPENS, CLOSES, null, 1240L, KNOWN);
    }

    static String slug(Runnable r) {
        try {
            r.run();
            return null;
        } catch (CampaignRuleException e) {
            return e.code();
        }
    }

    @Test
    void shouldCreateADraftWithTheDefaultConsentRule() {
        Campaign c = school();
        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.consentRule()).isEqualTo(new ConsentRule(true, 14));
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.open().status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(c.open().version()).isEqualTo(2);
        assertThat(c.open().close().status()).isEqualTo(CampaignStatus.CLOSED);
    }

    @Test
    void shouldRejectInvalidCampaigns() {
        TargetPopulation p = new TargetPopulation(PopulationType.RESIDENTS_60_PLUS, null, null, null);
        assertThat(slug(() -> Campaign.draft("c", "n", "a", List.of("a"), p, List.of(), OPENS, CLOSES, null, null,
                KNOWN))).isEqualTo("invalid-battery");
        assertThat(slug(() -> Campaign.draft("c", "n", "a", List.of("a"), p, List.of("MMSE"), OPENS, CLOSES, null,
                null, KNOWN))).isEqualTo("invalid-battery");
        assertThat(slug(() -> Campaign.draft("c", "n", "a", List.of("a"), p, List.of("PHQ9"), CLOSES, OPENS, null,
                null, KNOWN))).isEqualTo("invalid-window");
        assertThat(slug(() -> Campaign.draft("c", "n", "a", List.of("a"),
                new TargetPopulation(PopulationType.EMPLOYEES_OF_UNIT, " ", null, null), List.of("PHQ9"), OPENS,
                CLOSES, null, null, KNOWN))).isEqualTo("invalid-population");
        assertThat(slug(() -> Campaign.draft("c", "n", "a", List.of("a"),
                new TargetPopulation(PopulationType.KEY_POPULATION_TAG, null, null, null), List.of("PHQ9"), OPENS,
                CLOSES, null, null, KNOWN))).isEqualTo("invalid-population");
    }

    @Test
    void shouldAcceptSubmissionsOnlyWhenOpenInsideTheWindowBatteryAndArea() {
        Campaign draft = school();
        Instant inside = Instant.parse("2026-11-25T09:00:00Z");
        List<String> area = List.of("33", "330327", "330327001", "330327001001");
        assertThat(slug(() -> draft.checkSubmission("PHQA", area, inside))).isEqualTo("campaign-not-open");
        Campaign open = draft.open();
        assertThat(slug(() -> open.checkSubmission("PHQA", area, inside))).isNull();
        assertThat(slug(() -> open.checkSubmission("PHQA", area, OPENS))).isNull();
        assertThat(slug(() -> open.checkSubmission("PHQA", area, OPENS.minusMillis(1))))
                .isEqualTo("campaign-window-closed");
        assertThat(slug(() -> open.checkSubmission("PHQA", area, CLOSES))).isEqualTo("campaign-window-closed");
        assertThat(slug(() -> open.checkSubmission("PHQ9", area, inside))).isEqualTo("instrument-not-in-battery");
        assertThat(slug(() -> open.checkSubmission("PHQA", List.of("33", "330328"), inside)))
                .isEqualTo("area-outside-campaign");
        assertThat(slug(() -> open.close().checkSubmission("PHQA", area, inside))).isEqualTo("campaign-not-open");
    }

    @Test
    void shouldRequireHealthDataConsentAndAGuardianUnder14() {
        ConsentRule rule = ConsentRule.defaults();
        PopulationType school = PopulationType.SCHOOL_CLASSES;
        assertThat(slug(() -> rule.check(null, school))).isEqualTo("consent-missing");
        assertThat(slug(() -> rule.check(new Consent(false, true, 15), school))).isEqualTo("consent-missing");
        assertThat(slug(() -> rule.check(new Consent(true, null, null), school))).isEqualTo("age-required");
        assertThat(slug(() -> rule.check(new Consent(true, null, 13), school))).isEqualTo("guardian-consent-missing");
        assertThat(slug(() -> rule.check(new Consent(true, false, 13), school))).isEqualTo("guardian-consent-missing");
        assertThat(slug(() -> rule.check(new Consent(true, true, 13), school))).isNull();
        assertThat(slug(() -> rule.check(new Consent(true, null, 14), school))).isNull();
        assertThat(slug(() -> rule.check(new Consent(true, null, null), PopulationType.RESIDENTS_60_PLUS))).isNull();
        assertThat(slug(() -> new ConsentRule(false, 14).check(new Consent(null, null, 30),
                PopulationType.EMPLOYEES_OF_UNIT))).isNull();
    }

    @Test
    void shouldRefuseToOpenTwice() {
        assertThatThrownBy(() -> school().open().open()).isInstanceOf(CampaignRuleException.class)
                .matches(e -> ((CampaignRuleException) e).conflict());
    }
}
