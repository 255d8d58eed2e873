package org.socialpsych.assessment.campaign.domain;

/**
 * Consent required before a submission counts in a campaign (PIPL: separate consent for health
 * data; a guardian's consent for minors under {@code guardianConsentUnderAge}).
 */
public record ConsentRule(boolean healthDataConsentRequired, int guardianConsentUnderAge) {

    public static final int DEFAULT_GUARDIAN_AGE = 14;

    public static ConsentRule defaults() {
        return new ConsentRule(true, DEFAULT_GUARDIAN_AGE);
    }

    /** Checks a person's consent; throws {@link CampaignRuleException} naming what is missing. */
    public void check(Consent consent, PopulationType population) {
        Consent c = consent == null ? new Consent(null, null, null) : consent;
        if (healthDataConsentRequired && !Boolean.TRUE.equals(c.healthData())) {
            throw new CampaignRuleException("consent-missing",
                    "The campaign needs the person's separate consent to processing health data");
        }
        if (c.ageYears() == null && population == PopulationType.SCHOOL_CLASSES) {
            throw new CampaignRuleException("age-required",
                    "A school campaign needs the pupil's age to decide whether a guardian must consent");
        }
        if (c.ageYears() != null && c.ageYears() < guardianConsentUnderAge && !Boolean.TRUE.equals(c.guardian())) {
            throw new CampaignRuleException("guardian-consent-missing",
                    "A person under " + guardianConsentUnderAge + " needs a guardian's consent");
        }
    }
}
