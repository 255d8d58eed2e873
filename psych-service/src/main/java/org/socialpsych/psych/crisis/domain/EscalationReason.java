package org.socialpsych.psych.crisis.domain;

public enum EscalationReason {
    ACKNOWLEDGE_OVERDUE, FIRST_CONTACT_OVERDUE, MANUAL
}
