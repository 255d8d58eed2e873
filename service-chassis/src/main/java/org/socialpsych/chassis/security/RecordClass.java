package org.socialpsych.chassis.security;

/** The classes of person-level records the field-view policy distinguishes. */
public enum RecordClass {
    /** a person's record: grid resident, psychological archive */
    PERSON,
    /** a screening result */
    RESULT,
    /** a case about a person: crisis case, referral, SMD follow-up, hotline call */
    CASE,
    /** counselling: appointments and session notes (a counsellor's clinical record, not a crisis line's) */
    SESSION
}
