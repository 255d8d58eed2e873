package org.socialpsych.psych.referral.domain;

public enum DeclineReason {
    NO_CAPACITY, NOT_APPROPRIATE, OUT_OF_AREA, PERSON_REFUSED, NO_RESPONSE, OTHER
}
