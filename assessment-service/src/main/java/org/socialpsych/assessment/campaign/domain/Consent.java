package org.socialpsych.assessment.campaign.domain;

/**
 * A person's consent as captured with a submission or recorded separately.
 *
 * @param healthData separate consent to processing health data
 * @param guardian   a guardian's consent (needed under the rule's age)
 * @param ageYears   age in whole years, if known
 */
public record Consent(Boolean healthData, Boolean guardian, Integer ageYears) {
}
