package org.socialpsych.psych.consent.domain;

/** A ledger entry gives or revokes a consent; the latest entry per purpose is the current state. */
public enum ConsentAction {
    GIVEN, REVOKED
}
