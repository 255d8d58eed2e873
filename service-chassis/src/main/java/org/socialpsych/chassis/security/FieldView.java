package org.socialpsych.chassis.security;

/**
 * How much of a person-level record a caller gets, from most to least detailed. What each view
 * contains per record class is listed in {@code docs/authz/field-views.md}; the services' response
 * types implement it.
 */
public enum FieldView {
    /** scores, bands, item answers, diagnoses, risk grades, free-text notes */
    CLINICAL,
    /** risk colour, what is due when, whom to call; never a score, band, diagnosis or note */
    GOVERNANCE,
    /** that a case exists, its urgency, the area and the contact for it: what a responder outside health needs */
    MINIMAL,
    /** nothing: the record is not shown at all */
    NONE;

    public boolean atLeast(FieldView other) {
        return ordinal() <= other.ordinal();
    }

    public static FieldView richest(FieldView a, FieldView b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
