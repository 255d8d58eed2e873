package org.socialpsych.psych.referral.domain;

/** OFFERED → ACCEPTED → IN_CONTACT → CLOSED; a decline re-offers elsewhere or leaves it UNROUTED. */
public enum ReferralStatus {
    OFFERED, ACCEPTED, IN_CONTACT, UNROUTED, CLOSED
}
