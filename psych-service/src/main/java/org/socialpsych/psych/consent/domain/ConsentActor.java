package org.socialpsych.psych.consent.domain;

/** Who gave or revoked it: the person, or a guardian (required for a minor). */
public enum ConsentActor {
    PERSON, GUARDIAN
}
