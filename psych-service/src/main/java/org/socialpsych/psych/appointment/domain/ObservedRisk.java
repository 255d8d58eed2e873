package org.socialpsych.psych.appointment.domain;

/** The risk a practitioner observed in a session; HIGH opens a crisis case. */
public enum ObservedRisk {
    NONE, LOW, MEDIUM, HIGH
}
