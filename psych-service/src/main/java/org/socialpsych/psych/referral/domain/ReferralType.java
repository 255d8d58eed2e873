package org.socialpsych.psych.referral.domain;

/** Referral types of docs/domain.md §3. SCHOOL_TO_HOSPITAL is the green channel. */
public enum ReferralType {
    SCHOOL_TO_HOSPITAL, HOSPITAL_TWO_WAY, HOTLINE_TRANSFER, REHAB_TO_HOSPITAL, OTHER
}
