package org.socialpsych.psych.hotline.domain;

/** The operator's triage of a call; HIGH and MEDIUM open a crisis case. */
public enum TriageTier {
    HIGH, MEDIUM, LOW, NONE;

    public boolean opensCrisisCase() {
        return this == HIGH || this == MEDIUM;
    }
}
