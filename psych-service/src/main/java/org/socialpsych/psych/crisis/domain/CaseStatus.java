package org.socialpsych.psych.crisis.domain;

/** OPEN → ACKNOWLEDGED → IN_CONTACT → CLOSED (closing is allowed from any open state). */
public enum CaseStatus {
    OPEN, ACKNOWLEDGED, IN_CONTACT, CLOSED
}
