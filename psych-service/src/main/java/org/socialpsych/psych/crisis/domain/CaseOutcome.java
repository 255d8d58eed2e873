package org.socialpsych.psych.crisis.domain;

/** How a crisis case ended. DECEASED is always a serious incident. */
public enum CaseOutcome {
    RESOLVED, REFERRED, HOSPITALISED, HANDED_TO_POLICE, NO_CONTACT_POSSIBLE, DECEASED, OTHER
}
