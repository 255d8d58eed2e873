package org.socialpsych.psych.referral.domain;

public enum ReferralOutcome {
    TREATED, ONGOING_CARE, RETURNED_TO_SENDER, PERSON_REFUSED, NO_RECEIVER, OTHER
}
